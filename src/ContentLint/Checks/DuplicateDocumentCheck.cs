using System.Globalization;
using ContentLint.Configuration;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint.Checks;

/// <summary>
/// <c>kind: duplicate-document</c> — a document that copies an earlier one of the corpus run: the same article, the
/// same with a few lines changed, or an extractor's output next to the page it came from. The finding is about the
/// whole document (it flags no line) and names the earlier one, which is not reported, so a corpus keeps one of each.
/// </summary>
internal sealed class DuplicateDocumentCheck : YamlRule
{
    private DuplicateDocumentCheck(RuleDefinition definition)
        : base(definition)
    {
    }

    public static IReadOnlyList<OptionSpec> Options { get; } = [];

    internal override IEnumerable<string> ExtraPlaceholders => ["original", "shared", "lines"];

    internal override bool ReadsCorpus => true;

    public static YamlRule Create(RuleDefinition definition, YamlMap options) => new DuplicateDocumentCheck(definition);

    private protected override void AnalyzeDocument(RuleContext context)
    {
        // An exception found anywhere in the document keeps it from being reported (a republished correction, say).
        if (context.Corpus?.Copy is { } copy && !IsException(context, new TextRange(0, context.Document.Text.Length)))
        {
            var arguments = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["original"] = copy.Original,
                ["shared"] = copy.SharedLines.ToString(CultureInfo.InvariantCulture),
                ["lines"] = copy.ShorterLines.ToString(CultureInfo.InvariantCulture),
            };

            // The original's name is what a data team acts on: it is given whole, however long.
            context.ReportDocument(MessageTemplate.Format(Descriptor.MessageFormat, arguments, uncut: "original"));
        }
    }
}
