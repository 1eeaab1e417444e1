using ContentLint.Configuration;
using ContentLint.Rules;

namespace ContentLint.Checks;

/// <summary>
/// <c>kind: fragments</c> — a line made of several short sentence fragments, the shape of generated author bios
/// ("Proud twitter enthusiast. Introvert. Internet guru.") and tag lists.
/// </summary>
internal sealed class FragmentsCheck : YamlRule
{
    private const string Quotes = "\"'“”„‟«»‘’‚‛";

    private static readonly OptionSpec MinFragmentsOption = OptionSpec.Integer(
        "min-fragments", "The fewest fragments a flagged unit has.", 2, 100, 4);

    private static readonly OptionSpec MaxWordsOption = OptionSpec.Integer(
        "max-words", "The most words a short fragment has.", 1, 20, 3);

    private static readonly OptionSpec MinShareOption = OptionSpec.Number(
        "min-share", "The smallest share of fragments that must be short (and start with a capital letter).", 0.1, 1.0, 0.8);

    private static readonly OptionSpec SeparatorsOption = OptionSpec.String(
        "separators", "The characters that end a fragment when white space or the end follows them.", ".!?…");

    private readonly int minFragments;
    private readonly int maxWords;
    private readonly double minShare;
    private readonly char[] separators;

    private FragmentsCheck(RuleDefinition definition, int minFragments, int maxWords, double minShare, char[] separators)
        : base(definition)
    {
        this.minFragments = minFragments;
        this.maxWords = maxWords;
        this.minShare = minShare;
        this.separators = separators;
    }

    public static IReadOnlyList<OptionSpec> Options { get; } = [MinFragmentsOption, MaxWordsOption, MinShareOption, SeparatorsOption];

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
            separators.ToCharArray());
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
            shortOnes += CountWords(fragment) <= maxWords && char.IsUpper(fragment[0]) ? 1 : 0;
        }

        return (fragments, shortOnes);
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
