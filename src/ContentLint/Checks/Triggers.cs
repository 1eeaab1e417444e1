using System.Buffers;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint.Checks;

/// <summary>
/// Literal words of which a unit must hold at least one for a rule to look at it: the cheap test that lets most
/// rules skip most lines. Phrase rules derive theirs (the longest word of each phrase); pattern rules declare
/// them (<c>triggers</c>).
/// </summary>
internal sealed class TriggerSet
{
    /// <summary>What may stick to a word of a phrase without being part of its trigger.</summary>
    private static readonly char[] WordPunctuation = ".,:;!?¿¡\"'“”‘’«»()[]".ToCharArray();

    private TriggerSet(string[] literals)
    {
        Literals = literals;
    }

    public IReadOnlyList<string> Literals { get; }

    /// <summary>The literals, without empty ones and repeats (case-insensitively).</summary>
    public static TriggerSet Of(IEnumerable<string> literals) => new([.. literals.Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)]);

    /// <summary>One word: nothing to sort out, so a phrase rule's many groups cost little to load.</summary>
    public static TriggerSet OfWord(string word) => new(word.Length == 0 ? [] : [word]);

    /// <summary>The longest word of each phrase: the rarest, so the fewest false hits.</summary>
    public static TriggerSet FromPhrases(IEnumerable<string> phrases) => Of(phrases.Select(TriggerWord));

    /// <summary>The longest word of <paramref name="phrase"/> (the first of the longest), without the punctuation around it.</summary>
    public static string TriggerWord(string phrase)
    {
        var longest = "";
        foreach (var word in phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = word.Trim(WordPunctuation);
            if (trimmed.Length > longest.Length)
            {
                longest = trimmed;
            }
        }

        return longest;
    }
}

/// <summary>A rule that can skip units holding none of its trigger words.</summary>
internal interface ITriggeredRule
{
    IEnumerable<TriggerSet> TriggerSets { get; }
}

/// <summary>
/// Every trigger word of a linter's rules in one multi-string matcher (<see cref="SearchValues{T}"/>): a document
/// is scanned once, case-insensitively, and each hit is dispatched to the trigger sets that hold the word.
/// Immutable and thread-safe; built once per linter.
/// </summary>
internal sealed class TriggerIndex
{
#if NET9_0_OR_GREATER
    private readonly SearchValues<string>? words;
#else
    /// <summary>.NET 8 has no search for many strings at once: the first letters of the words, either case, find the candidates.</summary>
    private readonly SearchValues<char>? words;
#endif
    private readonly Dictionary<string, List<int>> setsByWord;
    /// <summary>The words by their first two characters (<see cref="PrefixKey"/>): where the scan stops, only these few are compared.</summary>
    private readonly Dictionary<int, string[]> wordsByPrefix;
    private readonly Dictionary<TriggerSet, int> ids;

    private TriggerIndex(IReadOnlyList<TriggerSet> sets)
    {
        ids = sets.Select((set, id) => (set, id)).ToDictionary(s => s.set, s => s.id);
        setsByWord = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (set, id) in ids)
        {
            foreach (var literal in set.Literals)
            {
                if (!setsByWord.TryGetValue(literal, out var list))
                {
                    setsByWord[literal] = list = [];
                }

                list.Add(id);
            }
        }

        wordsByPrefix = setsByWord.Keys
            .GroupBy(w => PrefixKey(w[0], w.Length > 1 && !char.IsSurrogate(w[1]) ? w[1] : null))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray());
#if NET9_0_OR_GREATER
        words = setsByWord.Count == 0 ? null : SearchValues.Create([.. setsByWord.Keys], StringComparison.OrdinalIgnoreCase);
#else
        words = setsByWord.Count == 0 ? null : SearchValues.Create(string.Concat(setsByWord.Keys.SelectMany(w => new[] { char.ToLowerInvariant(w[0]), char.ToUpperInvariant(w[0]) }).Distinct()));
#endif
    }

    public int SetCount => ids.Count;

    public static TriggerIndex Build(IEnumerable<IRule> rules) =>
        new([.. rules.OfType<ITriggeredRule>().SelectMany(r => r.TriggerSets).Distinct()]);

    /// <summary>Where in <paramref name="text"/> each trigger set has hits, found in one pass.</summary>
    public DocumentTriggers Scan(string text)
    {
        var hits = new List<int>?[ids.Count];
        if (words is not null)
        {
            var span = text.AsSpan();
            var offset = 0;
            while (offset < span.Length)
            {
                var found = span[offset..].IndexOfAny(words);
                if (found < 0)
                {
                    break;
                }

                var position = offset + found;
                var rest = span[position..];
                Record(rest, PrefixKey(rest[0], null), position, hits);
                if (rest.Length > 1)
                {
                    Record(rest, PrefixKey(rest[0], rest[1]), position, hits);
                }

                offset = position + 1;
            }
        }

        return new DocumentTriggers(this, hits);
    }

    /// <summary>
    /// The key of the words that start with <paramref name="first"/> and <paramref name="second"/> (null: words of one
    /// character, or whose second is half of a surrogate pair). Upper case, as ordinal case-insensitive comparison
    /// folds: "ı" and "i" both find the words of "I".
    /// </summary>
    private static int PrefixKey(char first, char? second) =>
        (char.ToUpperInvariant(first) << 16) | (second is { } c ? char.ToUpperInvariant(c) : 0);

    /// <summary>Adds <paramref name="position"/> to the sets of the words under <paramref name="key"/> that <paramref name="rest"/> starts with.</summary>
    private void Record(ReadOnlySpan<char> rest, int key, int position, List<int>?[] hits)
    {
        if (!wordsByPrefix.TryGetValue(key, out var words))
        {
            return;
        }

        foreach (var word in words)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                foreach (var id in setsByWord[word])
                {
                    (hits[id] ??= []).Add(position);
                }
            }
        }
    }

    internal int IdOf(TriggerSet set) => ids.TryGetValue(set, out var id) ? id : -1;
}

/// <summary>The trigger hits of one document.</summary>
internal sealed class DocumentTriggers(TriggerIndex index, List<int>?[] hits)
{
    /// <summary>True when <paramref name="set"/> has a hit inside <paramref name="unit"/>; true for a set the index does not know, so nothing is skipped wrongly.</summary>
    public bool Any(TriggerSet set, TextRange unit)
    {
        var id = index.IdOf(set);
        if (id < 0)
        {
            return true;
        }

        if (hits[id] is not { } positions)
        {
            return false;
        }

        // Positions are in ascending order: find the first at or after the unit's start.
        var at = positions.BinarySearch(unit.Start);
        at = at < 0 ? ~at : at;
        return at < positions.Count && positions[at] < unit.End;
    }

    /// <summary>True when <paramref name="set"/> has a hit anywhere in the document.</summary>
    public bool Any(TriggerSet set)
    {
        var id = index.IdOf(set);
        return id < 0 || hits[id] is not null;
    }
}
