using ContentLint.Configuration;
using ContentLint.Rules;

namespace ContentLint.Checks;

/// <summary>
/// <c>kind: duplicate-headline</c> — the title repeated in a body line (by default one of the first three),
/// compared after normalising case, quotes, punctuation and white space, with a similarity threshold for small
/// differences.
/// </summary>
internal sealed class DuplicateHeadlineCheck : YamlRule
{
    private static readonly OptionSpec SimilarityOption = OptionSpec.Number(
        "similarity", "How alike a line and the title must be, from 0.5 to 1 (identical after normalising): one minus the edit distance over the longer length.", 0.5, 1.0, 0.9);

    private readonly double similarity;

    private DuplicateHeadlineCheck(RuleDefinition definition, double similarity)
        : base(definition)
    {
        this.similarity = similarity;
    }

    public static IReadOnlyList<OptionSpec> Options { get; } = [SimilarityOption];

    internal override IEnumerable<string> ExtraPlaceholders => ["title"];

    public static YamlRule Create(RuleDefinition definition, YamlMap options) =>
        new DuplicateHeadlineCheck(definition, options.GetDouble(SimilarityOption)!.Value);

    private protected override void AnalyzeDocument(RuleContext context)
    {
        var document = context.Document;
        if (document.Title is not { } title || HeadlineText.Normalize(title) is not { Length: > 0 } normalizedTitle)
        {
            return;
        }

        foreach (var unit in Units(document))
        {
            var text = document.GetText(unit);
            // An edit-distance comparison is only meaningful between texts of similar length.
            if (text.Length > title.Length * 2 + 16)
            {
                continue;
            }

            var normalizedLine = HeadlineText.Normalize(text.TrimStart().TrimStart('#'));
            if (HeadlineText.Similarity(normalizedTitle, normalizedLine) >= similarity)
            {
                Report(context, Trim(document, unit), [KeyValuePair.Create("title", title)]);
            }
        }
    }
}
