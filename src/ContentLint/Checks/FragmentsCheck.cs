using ContentLint.Configuration;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint.Checks;

/// <summary>
/// <c>kind: fragments</c> — a line made of several short sentence fragments, the shape of generated author bios
/// ("Proud twitter enthusiast. Introvert. Internet guru.") and tag lists.
/// </summary>
internal sealed class FragmentsCheck : YamlRule
{
    private const string Quotes = "\"'“”„‟«»‘’‚‛";

    private readonly int minFragments;
    private readonly int maxWords;
    private readonly double minShare;
    private readonly char[] separators;

    private FragmentsCheck(RuleDefinition definition, int minFragments, int maxWords, double minShare, char[] separators)
        : base(definition, [])
    {
        this.minFragments = minFragments;
        this.maxWords = maxWords;
        this.minShare = minShare;
        this.separators = separators;
    }

    internal override IEnumerable<string> ExtraPlaceholders => ["fragments"];

    public static YamlRule Create(RuleDefinition definition, YamlMap options)
    {
        var separators = options.GetString("separators") ?? ".!?…";
        if (separators.Length == 0)
        {
            options.Error(options.Get("separators")!, ConfigurationErrorIds.InvalidValue, "'separators' must list at least one character.");
        }

        return new FragmentsCheck(
            definition,
            options.GetInt("min-fragments", 2, 100) ?? 4,
            options.GetInt("max-words", 1, 20) ?? 3,
            options.GetDouble("min-share", 0.1, 1.0) ?? 0.8,
            separators.ToCharArray());
    }

    private protected override void AnalyzeDocument(RuleContext context)
    {
        var document = context.Document;
        foreach (var line in ContentLines(document))
        {
            var text = document.GetText(line);
            var content = text.Trim().Trim(Quotes).Trim();
            var fragments = Split(content.ToString());
            if (fragments.Count < minFragments)
            {
                continue;
            }

            var shortOnes = fragments.Count(f => CountWords(f) <= maxWords && char.IsUpper(f[0]));
            if (shortOnes >= minShare * fragments.Count)
            {
                var start = line.Start + (text.Length - text.TrimStart().Length);
                Report(context, new TextSpan(start, text.Trim().Length), [KeyValuePair.Create("fragments", fragments.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            }
        }
    }

    /// <summary>
    /// Splits at separators followed by white space or the end, so "U.S." or "3.5" stay whole, and not after a
    /// word of one or two letters, so initials and abbreviations ("G. Petit", "et al.", "Dr.") do not split.
    /// </summary>
    private List<string> Split(string text)
    {
        var fragments = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (Array.IndexOf(separators, text[i]) >= 0 && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && !EndsWithShortWord(text, i))
            {
                AddFragment(text[start..i]);
                start = i + 1;
            }
        }

        AddFragment(text[start..]);
        return fragments;

        void AddFragment(string fragment)
        {
            var trimmed = fragment.Trim().Trim(separators).Trim();
            if (trimmed.Length > 0)
            {
                fragments.Add(trimmed);
            }
        }
    }

    private static bool EndsWithShortWord(string text, int separator)
    {
        var start = separator;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return separator - start is > 0 and <= 2;
    }

    private static int CountWords(string fragment) =>
        fragment.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
