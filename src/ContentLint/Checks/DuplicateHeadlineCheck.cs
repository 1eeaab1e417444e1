using ContentLint.Configuration;
using ContentLint.Rules;

namespace ContentLint.Checks;

/// <summary>
/// <c>kind: duplicate-headline</c> — the title repeated in one of the first body lines, compared after normalising
/// case, quotes, punctuation and white space, with a similarity threshold for small differences.
/// </summary>
internal sealed class DuplicateHeadlineCheck : YamlRule
{
    private readonly int lines;
    private readonly double similarity;

    private DuplicateHeadlineCheck(RuleDefinition definition, int lines, double similarity)
        : base(definition, [])
    {
        this.lines = lines;
        this.similarity = similarity;
    }

    internal override IEnumerable<string> ExtraPlaceholders => ["title"];

    public static YamlRule Create(RuleDefinition definition, YamlMap options) =>
        new DuplicateHeadlineCheck(
            definition,
            options.GetInt("lines", 1, 50) ?? 3,
            options.GetDouble("similarity", 0.5, 1.0) ?? 0.9);

    private protected override void AnalyzeDocument(RuleContext context)
    {
        var document = context.Document;
        if (document.Title is not { } title || HeadlineText.Normalize(title) is not { Length: > 0 } normalizedTitle)
        {
            return;
        }

        foreach (var line in ContentLines(document).Take(lines))
        {
            var text = document.GetText(line);
            // An edit-distance comparison is only meaningful between texts of similar length.
            if (text.Length > title.Length * 2 + 16)
            {
                continue;
            }

            var normalizedLine = HeadlineText.Normalize(text.TrimStart('#'));
            if (HeadlineText.Similarity(normalizedTitle, normalizedLine) >= similarity)
            {
                var trimmed = text.Trim();
                var start = line.Start + (text.Length - text.TrimStart().Length);
                Report(context, new Text.TextSpan(start, trimmed.Length), [KeyValuePair.Create("title", title)]);
            }
        }
    }
}
