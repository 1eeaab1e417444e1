using ContentLint.Configuration;
using ContentLint.Rules;

namespace ContentLint.Checks;

/// <summary>
/// <c>kind: duplicate-headline</c> — the title repeated in a body line (by default one of the first three),
/// compared after normalising case, quotes, punctuation and white space, with a similarity threshold for small
/// differences. With <c>first-copy-within</c>, the first copy further down is taken for the article's own heading
/// and only the copies after it are reported, when the title is a headline of three words or more.
/// </summary>
internal sealed class DuplicateHeadlineCheck : YamlRule
{
    private static readonly OptionSpec SimilarityOption = OptionSpec.Number(
        "similarity", "How alike a line and the title must be, from 0.5 to 1 (identical after normalising): one minus the edit distance over the longer length.", 0.5, 1.0, 0.9);

    private static readonly OptionSpec FirstCopyWithinOption = OptionSpec.Integer(
        "first-copy-within", "The body lines within which the first copy of the title is reported; further down the first copy is taken for the article's own heading (raw page text keeps the page's title and its heading) and only the copies after it are reported. Unset: every copy is reported.", 0, 1000);

    private static readonly OptionSpec AddressesOption = OptionSpec.Boolean(
        "addresses", "Also report a line that is only a web address whose path spells the title, the page's own address: at least three of the title's words, and three in five of them, are words of the path.", false);

    /// <summary>
    /// The fewest words a title has for its copies further down to count: a headline, not a name ("BestCrypt") that
    /// the article repeats as a heading of its own.
    /// </summary>
    private const int MinWordsFurtherDown = 3;

    /// <summary>The fewest title words a web address's path must hold to spell the title.</summary>
    private const int MinAddressWords = 3;

    /// <summary>The smallest share of the title's words a web address's path must hold to spell the title.</summary>
    private const double MinAddressShare = 0.6;

    private readonly double similarity;
    private readonly int? firstCopyWithin;
    private readonly bool addresses;

    private DuplicateHeadlineCheck(RuleDefinition definition, double similarity, int? firstCopyWithin, bool addresses)
        : base(definition)
    {
        this.similarity = similarity;
        this.firstCopyWithin = firstCopyWithin;
        this.addresses = addresses;
    }

    public static IReadOnlyList<OptionSpec> Options { get; } = [SimilarityOption, FirstCopyWithinOption, AddressesOption];

    internal override IEnumerable<string> ExtraPlaceholders => ["title"];

    public static YamlRule Create(RuleDefinition definition, YamlMap options) =>
        new DuplicateHeadlineCheck(definition, options.GetDouble(SimilarityOption)!.Value, options.GetInt(FirstCopyWithinOption), options.GetBool(AddressesOption));

    private protected override void AnalyzeDocument(RuleContext context)
    {
        var document = context.Document;
        if (document.Title is not { } title || HeadlineText.Normalize(title) is not { Length: > 0 } normalizedTitle)
        {
            return;
        }

        var titleWords = normalizedTitle.Split(' ');
        var copiesFurtherDown = titleWords.Length >= MinWordsFurtherDown;
        var copies = 0;
        foreach (var (unit, index) in Units(document).Select((unit, index) => (unit, index)))
        {
            var text = document.GetText(unit);
            if (addresses && SpellsTitle(text.Trim(), titleWords))
            {
                Report(context, Trim(document, unit), [KeyValuePair.Create("title", title)]);
                continue;
            }

            // An edit-distance comparison is only meaningful between texts of similar length.
            if (text.Length > title.Length * 2 + 16)
            {
                continue;
            }

            var normalizedLine = HeadlineText.Normalize(text.TrimStart().TrimStart('#'));
            // The edit distance is at least the difference in length: most lines are ruled out without computing it.
            var longer = Math.Max(normalizedTitle.Length, normalizedLine.Length);
            if ((longer > 0 && 1.0 - (double)Math.Abs(normalizedTitle.Length - normalizedLine.Length) / longer < similarity)
                || HeadlineText.Similarity(normalizedTitle, normalizedLine) < similarity)
            {
                continue;
            }

            copies++;
            if (firstCopyWithin is not { } within || index < within || (copies > 1 && copiesFurtherDown))
            {
                Report(context, Trim(document, unit), [KeyValuePair.Create("title", title)]);
            }
        }
    }

    /// <summary>
    /// True when <paramref name="line"/> is one web address (with a scheme or "www.") whose path holds enough of the
    /// title's words: "https://example.com/sports/Nelson-s-OT-goal-lifts-Isles-123.php" for "Nelson's OT goal lifts Isles".
    /// </summary>
    private static bool SpellsTitle(ReadOnlySpan<char> line, string[] titleWords)
    {
        if (titleWords.Length < MinAddressWords || line.ContainsAny(' ', '\t')
            || !(line.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || line.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || line.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var pathWords = HeadlineText.Normalize(line).Split(' ').ToHashSet(StringComparer.Ordinal);
        var found = titleWords.Count(pathWords.Contains);
        return found >= MinAddressWords && found >= MinAddressShare * titleWords.Length;
    }
}
