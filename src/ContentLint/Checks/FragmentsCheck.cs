using ContentLint.Configuration;
using ContentLint.Rules;

namespace ContentLint.Checks;

/// <summary>
/// <c>kind: fragments</c> — a line made of several short sentence fragments, the shape of generated author bios
/// ("Proud twitter enthusiast. Introvert. Internet guru.") and tag lists. With <c>words</c>, a short fragment counts
/// only when it holds one of them: a bio is a run of self-descriptions, which a review ("Great product. Fast
/// delivery.") or a box score ("Toronto 3. Boston 2.") is not.
/// </summary>
internal sealed class FragmentsCheck : YamlRule
{
    private const string Quotes = "\"'“”„‟«»‘’‚‛";

    /// <summary>A word of the list ends a compound only when it is this long: shorter ones end too many words ("fan" in "Stefan").</summary>
    private const int MinCompoundTail = 5;

    private static readonly OptionSpec MinFragmentsOption = OptionSpec.Integer(
        "min-fragments", "The fewest fragments a flagged unit has.", 2, 100, 4);

    private static readonly OptionSpec MaxWordsOption = OptionSpec.Integer(
        "max-words", "The most words a short fragment has.", 1, 20, 3);

    private static readonly OptionSpec MinShareOption = OptionSpec.Number(
        "min-share", "The smallest share of fragments that must be short (and start with a capital letter).", 0.1, 1.0, 0.8);

    private static readonly OptionSpec SeparatorsOption = OptionSpec.String(
        "separators", "The characters that end a fragment when white space or the end follows them.", ".!?…");

    private static readonly OptionSpec WordsOption = OptionSpec.StringList(
        "words", "Words of which a short fragment must hold one to count, case-insensitive: as a word of its own or, for words of five letters or more, as the end of a compound ('liebhaber' in 'Kaffeeliebhaber'). None: every short fragment counts.");

    private readonly int minFragments;
    private readonly int maxWords;
    private readonly double minShare;
    private readonly char[] separators;
    private readonly string[] words;

    private FragmentsCheck(RuleDefinition definition, int minFragments, int maxWords, double minShare, char[] separators, string[] words)
        : base(definition)
    {
        this.minFragments = minFragments;
        this.maxWords = maxWords;
        this.minShare = minShare;
        this.separators = separators;
        this.words = words;
    }

    public static IReadOnlyList<OptionSpec> Options { get; } = [MinFragmentsOption, MaxWordsOption, MinShareOption, SeparatorsOption, WordsOption];

    internal override IEnumerable<string> ExtraPlaceholders => ["fragments"];

    public static YamlRule Create(RuleDefinition definition, YamlMap options)
    {
        var separators = options.GetString(SeparatorsOption)!;
        if (separators.Length == 0)
        {
            options.ErrorAt(SeparatorsOption.Name, ConfigurationErrorIds.InvalidValue, "'separators' must list at least one character.");
        }

        return new FragmentsCheck(
            definition,
            options.GetInt(MinFragmentsOption)!.Value,
            options.GetInt(MaxWordsOption)!.Value,
            options.GetDouble(MinShareOption)!.Value,
            separators.ToCharArray(),
            [.. options.GetStrings(WordsOption).Select(w => w.Value.Trim()).Where(w => w.Length > 0)]);
    }

    private protected override void AnalyzeDocument(RuleContext context)
    {
        var document = context.Document;
        foreach (var unit in Units(document))
        {
            var content = document.GetText(unit).Trim().Trim(Quotes).Trim();
            var (fragments, shortOnes) = CountFragments(content);
            if (fragments >= minFragments && shortOnes >= minShare * fragments)
            {
                Report(context, Trim(document, unit), [KeyValuePair.Create("fragments", fragments.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            }
        }
    }

    /// <summary>
    /// Counts the fragments of <paramref name="text"/>, and the short ones among them (at most <c>max-words</c> words,
    /// starting with a capital). Splits at separators followed by white space or the end, so "U.S." or "3.5" stay
    /// whole, and not after a word of one or two letters, so initials and abbreviations ("G. Petit", "et al.",
    /// "Dr.") do not split.
    /// </summary>
    private (int Fragments, int Short) CountFragments(ReadOnlySpan<char> text)
    {
        int fragments = 0, shortOnes = 0, start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var ends = i == text.Length
                || (Array.IndexOf(separators, text[i]) >= 0 && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && !EndsWithShortWord(text, i));
            if (!ends)
            {
                continue;
            }

            var fragment = text[start..i].Trim().Trim(separators).Trim();
            start = i + 1;
            if (fragment.IsEmpty)
            {
                continue;
            }

            fragments++;
            shortOnes += CountWords(fragment) <= maxWords && char.IsUpper(fragment[0]) && HoldsListedWord(fragment) ? 1 : 0;
        }

        return (fragments, shortOnes);
    }

    /// <summary>True when there is no word list, or a word of <paramref name="fragment"/> is a listed word or ends with a long one.</summary>
    private bool HoldsListedWord(ReadOnlySpan<char> fragment)
    {
        if (words.Length == 0)
        {
            return true;
        }

        var start = -1;
        for (var i = 0; i <= fragment.Length; i++)
        {
            if (i < fragment.Length && char.IsLetter(fragment[i]))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0 && IsListed(fragment[start..i]))
            {
                return true;
            }

            start = -1;
        }

        return false;
    }

    private bool IsListed(ReadOnlySpan<char> word)
    {
        foreach (var listed in words)
        {
            if (word.Equals(listed, StringComparison.OrdinalIgnoreCase)
                || (listed.Length >= MinCompoundTail && word.Length >= listed.Length + 3 && word.EndsWith(listed, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithShortWord(ReadOnlySpan<char> text, int separator)
    {
        var start = separator;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return separator - start is > 0 and <= 2;
    }

    private static int CountWords(ReadOnlySpan<char> fragment)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in fragment)
        {
            var wordChar = !char.IsWhiteSpace(c);
            words += wordChar && !inWord ? 1 : 0;
            inWord = wordChar;
        }

        return words;
    }
}
