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
    /// <summary>The apostrophes, straight, typographic and the modifier letter: a trigger is never a word that holds one.</summary>
    private static readonly char[] Apostrophes = ['\'', '’', 'ʼ'];

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

    /// <summary>The rarest word of each phrase (<see cref="TriggerWord"/>), so the fewest false hits.</summary>
    public static TriggerSet FromPhrases(IEnumerable<string> phrases) => Of(phrases.Select(TriggerWord));

    /// <summary>
    /// The longest word of <paramref name="phrase"/> of three letters or more that is no function word of any language
    /// (the first of the longest; the longest of all words when there is none), without the punctuation around it:
    /// "Artikel" of "Weitere Artikel zum Thema", not "Weitere", which a German page holds in every other line. A word
    /// with an apostrophe counts as the words on either side ("d'actualités" as "d" and "actualités"), since a page may
    /// write the apostrophe in another way than the phrase.
    /// </summary>
    public static string TriggerWord(string phrase)
    {
        const int MinRareLength = 3;
        var longest = "";
        var longestIsRare = false;
        foreach (var word in phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).SelectMany(w => w.Split(Apostrophes)))
        {
            var trimmed = word.Trim(WordPunctuation);
            var isRare = trimmed.Length >= MinRareLength && !StopWords.IsFunctionWord(trimmed);
            if ((isRare && !longestIsRare) || (isRare == longestIsRare && trimmed.Length > longest.Length))
            {
                longest = trimmed;
                longestIsRare = isRare;
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
/// Every trigger word of a linter's rules, found in one pass over a document, case-insensitively (ordinal), each hit
/// dispatched to the trigger sets that hold the word. Immutable and thread-safe; built once per linter.
/// </summary>
/// <remarks>
/// The pass folds each character to upper case once and tests the first one to four characters at each position
/// against bit tables of the words' starts; only where a table says yes are the few words that start with
/// those characters compared. A multi-string matcher (<see cref="System.Buffers.SearchValues{T}"/> of strings) took 12–16 % of a
/// native run's CPU on the built-in pack: with words outside ASCII and ignoring case it walks an automaton
/// character by character with a dictionary per node. Words holding a surrogate pair are looked for one by one, and
/// only in a text that holds one: upper-casing code unit by code unit does not fold their letters.
/// </remarks>
internal sealed class TriggerIndex
{
    /// <summary>Bits of each table of words' first three or four characters (hashed); a few per thousand are set by a pack of 2,000 words.</summary>
    private const int HashBits = 18;

    /// <summary>The words by their first four characters, folded (<see cref="PrefixKey"/>; shorter words by all of theirs), longest first: where a table says yes, only these few are compared.</summary>
    private readonly Dictionary<long, IndexedWord[]> wordsByPrefix;

    private readonly Dictionary<TriggerSet, int> ids;

    /// <summary>The folded characters that are words of one character, and the hashes of the starts of the longer words, by length: two, three, four or more.</summary>
    private readonly ulong[] oneCharacterWords = new ulong[(char.MaxValue + 1) / 64];
    private readonly ulong[] twoCharacterWords = new ulong[(1 << HashBits) / 64];
    private readonly ulong[] threeCharacterWords = new ulong[(1 << HashBits) / 64];
    private readonly ulong[] longerWordStarts = new ulong[(1 << HashBits) / 64];
    private readonly IndexedWord[] surrogateWords;

    /// <remarks>
    /// Built at every start of the tool, so built without LINQ's sorting and grouping and without case-insensitive
    /// hashing: each word is folded once (<see cref="string.ToUpperInvariant"/>, the mapping ordinal case-insensitive
    /// comparison uses) and handled by its folded spelling. Built the simple way, this was a sixth of a one-file run.
    /// </remarks>
    private TriggerIndex(IReadOnlyList<TriggerSet> sets)
    {
        ids = new Dictionary<TriggerSet, int>(sets.Count);
        var setsByWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < sets.Count; id++)
        {
            ids.Add(sets[id], id);
            foreach (var literal in sets[id].Literals)
            {
                var folded = literal.ToUpperInvariant();
                if (!setsByWord.TryGetValue(folded, out var list))
                {
                    setsByWord[folded] = list = [];
                }

                list.Add(id);
            }
        }

        var surrogates = new List<IndexedWord>();
        var byPrefix = new Dictionary<long, List<IndexedWord>>();
        foreach (var (text, setIds) in setsByWord)
        {
            var word = new IndexedWord(text, [.. setIds]);
            if (text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
            {
                surrogates.Add(word);
                continue;
            }

            var (first, second, third, fourth) = (FoldedAt(text, 0), FoldedAt(text, 1), FoldedAt(text, 2), FoldedAt(text, 3));
            var key = PrefixKey(first, second, third, fourth);
            if (!byPrefix.TryGetValue(key, out var group))
            {
                byPrefix[key] = group = [];
            }

            group.Add(word);
            switch (text.Length)
            {
                case 1:
                    Set(oneCharacterWords, first);
                    break;
                case 2:
                    Set(twoCharacterWords, Hash(first, second, '\0', '\0'));
                    break;
                case 3:
                    Set(threeCharacterWords, Hash(first, second, third, '\0'));
                    break;
                default:
                    Set(longerWordStarts, Hash(first, second, third, fourth));
                    break;
            }
        }

        surrogateWords = [.. surrogates];
        wordsByPrefix = new Dictionary<long, IndexedWord[]>(byPrefix.Count);
        foreach (var (key, group) in byPrefix)
        {
            var words = group.ToArray();
            if (words.Length > 1)
            {
                // Longest first, ties in the order the words came (a stable sort): as they were compared before.
                var order = words.Select((w, i) => (Length: -w.Text.Length, Index: i)).ToArray();
                Array.Sort(order, words);
            }

            wordsByPrefix.Add(key, words);
        }
    }

    public int SetCount => ids.Count;

    public static TriggerIndex Build(IEnumerable<IRule> rules) => Of(rules.OfType<ITriggeredRule>().SelectMany(r => r.TriggerSets));

    /// <summary>The index of <paramref name="sets"/>, each once.</summary>
    internal static TriggerIndex Of(IEnumerable<TriggerSet> sets) => new([.. sets.Distinct()]);

    /// <summary>Where in <paramref name="text"/> each trigger set has hits, found in one pass.</summary>
    /// <remarks>Optimised from its first call: the loop runs over every character of every document, and a run over a few thousand ends before tiered compilation would get to it.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public DocumentTriggers Scan(string text)
    {
        var hits = new List<int>?[ids.Count];
        var span = text.AsSpan();
        if (wordsByPrefix.Count > 0)
        {
            // The characters at the position and the three after it, folded once each ('\0' past the end).
            var (first, second, third) = (FoldedAt(span, 0), FoldedAt(span, 1), FoldedAt(span, 2));
            for (var position = 0; position < span.Length; position++)
            {
                var fourth = FoldedAt(span, position + 3);
                if (Has(oneCharacterWords, first))
                {
                    Record(span[position..], PrefixKey(first, '\0', '\0', '\0'), position, hits);
                }

                if (position + 1 < span.Length && Has(twoCharacterWords, Hash(first, second, '\0', '\0')))
                {
                    Record(span[position..], PrefixKey(first, second, '\0', '\0'), position, hits);
                }

                if (position + 2 < span.Length && Has(threeCharacterWords, Hash(first, second, third, '\0')))
                {
                    Record(span[position..], PrefixKey(first, second, third, '\0'), position, hits);
                }

                if (position + 3 < span.Length && Has(longerWordStarts, Hash(first, second, third, fourth)))
                {
                    Record(span[position..], PrefixKey(first, second, third, fourth), position, hits);
                }

                (first, second, third) = (second, third, fourth);
            }
        }

        if (surrogateWords.Length > 0 && span.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            RecordSurrogateWords(span, hits);
        }

        return new DocumentTriggers(this, hits);
    }

    /// <summary>
    /// The character at <paramref name="index"/> in upper case, as ordinal case-insensitive comparison folds (so "ı"
    /// and "i" both find the words of "I"): ASCII by a subtraction, the rest by the invariant culture's mapping; '\0'
    /// past the end.
    /// </summary>
    private static char FoldedAt(ReadOnlySpan<char> text, int index)
    {
        if (index >= text.Length)
        {
            return '\0';
        }

        var c = text[index];
        return c < 128 ? (c is >= 'a' and <= 'z' ? (char)(c - 32) : c) : char.ToUpperInvariant(c);
    }

    /// <summary>The key of the words whose first four characters fold to these ('\0' past the end of a shorter word).</summary>
    private static long PrefixKey(char first, char second, char third, char fourth) =>
        ((long)first << 48) | ((long)second << 32) | ((long)third << 16) | fourth;

    private static int Hash(char first, char second, char third, char fourth) =>
        (int)((((uint)first * 0x9E3779B1u) ^ ((uint)second * 0x85EBCA77u) ^ ((uint)third * 0xC2B2AE3Du) ^ ((uint)fourth * 0x27D4EB2Fu)) >> (32 - HashBits));

    private static void Set(ulong[] bits, int index) => bits[index >> 6] |= 1UL << index;

    private static bool Has(ulong[] bits, int index) => (bits[index >> 6] & (1UL << index)) != 0;

    /// <summary>Adds <paramref name="position"/> to the sets of the words under <paramref name="key"/> that <paramref name="rest"/> starts with.</summary>
    private void Record(ReadOnlySpan<char> rest, long key, int position, List<int>?[] hits)
    {
        if (!wordsByPrefix.TryGetValue(key, out var words))
        {
            return;
        }

        foreach (var word in words)
        {
            if (rest.StartsWith(word.Text, StringComparison.OrdinalIgnoreCase))
            {
                foreach (var id in word.Sets)
                {
                    (hits[id] ??= []).Add(position);
                }
            }
        }
    }

    /// <summary>Adds every hit of the words holding a surrogate pair; the sets they touch are sorted again, since their hits came after the pass.</summary>
    private void RecordSurrogateWords(ReadOnlySpan<char> text, List<int>?[] hits)
    {
        var touched = new HashSet<int>();
        foreach (var word in surrogateWords)
        {
            for (var offset = 0; offset < text.Length;)
            {
                var found = text[offset..].IndexOf(word.Text, StringComparison.OrdinalIgnoreCase);
                if (found < 0)
                {
                    break;
                }

                foreach (var id in word.Sets)
                {
                    (hits[id] ??= []).Add(offset + found);
                    touched.Add(id);
                }

                offset += found + 1;
            }
        }

        foreach (var id in touched)
        {
            hits[id]!.Sort();
        }
    }

    internal int IdOf(TriggerSet set) => ids.TryGetValue(set, out var id) ? id : -1;

    /// <summary>A trigger word, folded, and the ids of the sets that hold it.</summary>
    private sealed record IndexedWord(string Text, int[] Sets);
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
