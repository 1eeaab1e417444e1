using System.Collections.Frozen;

namespace ContentLint.Text;

/// <summary>
/// The stop-word lists of <c>Text/StopWords/*.txt</c> (sources and licences in the folder's README), one per
/// language, for measuring how much of a line is function words. Every word maps to a bit mask of the languages
/// whose list holds it, so one look-up per word serves every language.
/// </summary>
internal static class StopWords
{
    private const string ResourcePrefix = "stopwords/";

    /// <summary>The longest stop word of any list is shorter than this: a longer word is looked up by no list.</summary>
    private const int MaxWordLength = 32;

    private static readonly Lazy<(string[] Codes, SpanLookup<ulong> Masks)> Table = new(Load);

    /// <summary>The ISO 639-1 codes of the languages with a list, in a fixed order: bit <c>i</c> of a mask is language <c>i</c>.</summary>
    public static IReadOnlyList<string> Languages => Table.Value.Codes;

    /// <summary>The position of <paramref name="code"/> in <see cref="Languages"/>, or -1 when there is no list for it.</summary>
    public static int IndexOf(string? code) => code is null ? -1 : Array.IndexOf(Table.Value.Codes, code.ToLowerInvariant());

    /// <summary>The languages whose lists hold <paramref name="word"/> (any case), as a bit mask; 0 for no stop word.</summary>
    // Fully optimised from the first call: it runs once per word of every measured line, and a short run (one
    // commit's files) would otherwise spend most of its time in the unoptimised tiers before the JIT tiers it up.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static ulong MaskOf(ReadOnlySpan<char> word)
    {
        if (word.Length >= MaxWordLength)
        {
            return 0;
        }

        // The lists are held in lower case under ordinal comparison: lowering a short word is cheaper than hashing
        // and comparing it case-insensitively in full Unicode, which every word of every measured line would pay.
        Span<char> lower = stackalloc char[MaxWordLength];
        var length = word.ToLowerInvariant(lower);
        return Table.Value.Masks.TryGetValue(lower[..length], out var mask) ? mask : 0;
    }

    /// <summary>True when some language's list holds <paramref name="word"/> (any case): a word too common to search for.</summary>
    public static bool IsFunctionWord(ReadOnlySpan<char> word) => MaskOf(word) != 0;

    /// <summary>
    /// The language whose list covers the most words of <paramref name="text"/>, when its words are at least
    /// <paramref name="minShare"/> of all words: the list that fits the document's prose best. -1 when none does.
    /// </summary>
    public static int BestCovering(ReadOnlySpan<char> text, double minShare)
    {
        Span<int> hits = stackalloc int[Table.Value.Codes.Length];
        var words = Count(text, hits);
        var best = -1;
        for (var language = 0; language < hits.Length; language++)
        {
            best = best < 0 || hits[language] > hits[best] ? language : best;
        }

        return best >= 0 && words > 0 && hits[best] >= minShare * words ? best : -1;
    }

    /// <summary>
    /// Adds to <paramref name="hits"/> (one count per language of <see cref="Languages"/>) how many words of
    /// <paramref name="text"/> each language's list holds; returns the number of words.
    /// </summary>
    public static int Count(ReadOnlySpan<char> text, Span<int> hits)
    {
        var words = 0;
        foreach (var word in new WordEnumerator(text))
        {
            words++;
            var mask = word.HasDigit ? 0 : MaskOf(word.Text);
            for (var language = 0; mask != 0; language++, mask >>= 1)
            {
                hits[language] += (int)(mask & 1);
            }
        }

        return words;
    }

    private static (string[] Codes, SpanLookup<ulong> Masks) Load()
    {
        var assembly = typeof(StopWords).Assembly;
        var resources = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (resources.Length > 64)
        {
            throw new InvalidOperationException("A stop-word mask holds at most 64 languages.");
        }

        var codes = resources.Select(n => n[ResourcePrefix.Length..^".txt".Length]).ToArray();
        var masks = new Dictionary<string, ulong>(StringComparer.Ordinal);
        for (var language = 0; language < resources.Length; language++)
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resources[language])!);
            for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
            {
                var word = line.Trim().ToLowerInvariant();
                if (word.Length is > 0 and < MaxWordLength)
                {
                    masks[word] = masks.GetValueOrDefault(word) | (1UL << language);
                }
            }
        }

        return (codes, new SpanLookup<ulong>(masks.ToFrozenDictionary(StringComparer.Ordinal)));
    }
}

/// <summary>One word of a text: a run of letters and digits, and whether it holds a digit (such runs are never stop words).</summary>
internal readonly ref struct Word(ReadOnlySpan<char> text, bool hasDigit)
{
    public ReadOnlySpan<char> Text { get; } = text;

    public bool HasDigit { get; } = hasDigit;
}

/// <summary>Enumerates the words of a text: runs of letters and digits, as <see cref="LanguageProfiles"/> counts them.</summary>
internal ref struct WordEnumerator(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> text = text;
    private int position;

    public Word Current { get; private set; }

    public readonly WordEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        while (position < text.Length && !char.IsLetterOrDigit(text[position]))
        {
            position++;
        }

        if (position >= text.Length)
        {
            return false;
        }

        var start = position;
        var hasDigit = false;
        while (position < text.Length && char.IsLetterOrDigit(text[position]))
        {
            hasDigit |= char.IsAsciiDigit(text[position]);
            position++;
        }

        Current = new Word(text[start..position], hasDigit);
        return true;
    }
}
