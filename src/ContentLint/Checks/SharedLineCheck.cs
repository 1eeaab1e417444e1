using System.Globalization;
using ContentLint.Configuration;
using ContentLint.Corpus;
using ContentLint.Diagnostics;
using ContentLint.Rules;

namespace ContentLint.Checks;

/// <summary>
/// <c>kind: shared-line</c> — a line that many documents of the corpus hold: template text (menus, footers, share and
/// newsletter prompts, site slogans) that no phrase list has to know. The evidence is the corpus run's first pass or a
/// stored profile (<see cref="RuleContext.Corpus"/>): lines are compared lower-cased with white space and digits
/// collapsed, lines of one word or punctuation are never counted, and copies of one article count once.
/// </summary>
internal sealed class SharedLineCheck : YamlRule
{
    /// <summary>
    /// The fewest documents whose holding a line is strong enough evidence to delete it safely. Two documents that
    /// hold the same short lines are as often two articles quoting the same text (a poem, a box score, a spec list,
    /// the clauses of a law) as two pages of one template: such a line is reported, but its fix is unsafe.
    /// </summary>
    private const int MinDocumentsForSafeFix = 3;

    private static readonly OptionSpec MinDocumentsOption = OptionSpec.Integer(
        "min-documents", "The least number of documents (copies of one article counted once) that must hold the line, this one included.", 2, int.MaxValue, 2);

    private static readonly OptionSpec MinDocumentsLongOption = OptionSpec.Integer(
        "min-documents-long", $"The same for a long line ({CorpusLine.LongLineWords} words or more): prose in two documents is more often an article quoted, or copied with changes, than template text.", 2, int.MaxValue, 3);

    private static readonly OptionSpec MinShareOption = OptionSpec.Number(
        "min-share", "The least share of the corpus's documents that must hold the line, from 0 to 1: in a large corpus a few documents may quote the same sentence.", 0, 1, 0);

    private readonly int minDocuments;
    private readonly int minDocumentsLong;
    private readonly double minShare;

    private SharedLineCheck(RuleDefinition definition, int minDocuments, int minDocumentsLong, double minShare)
        : base(definition)
    {
        this.minDocuments = minDocuments;
        this.minDocumentsLong = minDocumentsLong;
        this.minShare = minShare;
    }

    public static IReadOnlyList<OptionSpec> Options { get; } = [MinDocumentsOption, MinDocumentsLongOption, MinShareOption];

    internal override IEnumerable<string> ExtraPlaceholders => ["documents"];

    internal override bool ReadsCorpus => true;

    public static YamlRule Create(RuleDefinition definition, YamlMap options) =>
        new SharedLineCheck(definition, options.GetInt(MinDocumentsOption)!.Value, options.GetInt(MinDocumentsLongOption)!.Value, options.GetDouble(MinShareOption)!.Value);

    private protected override void AnalyzeDocument(RuleContext context)
    {
        if (context.Corpus is not { } corpus)
        {
            return;
        }

        var byShare = (int)Math.Min(int.MaxValue, Math.Ceiling(minShare * corpus.CountedDocuments));
        var document = context.Document;
        foreach (var unit in Units(document))
        {
            if (CorpusLine.Measure(document.GetText(unit)) is not { } line)
            {
                continue;
            }

            var documents = corpus.DocumentsWith(line.Hash);
            if (documents >= Math.Max(byShare, line.Words >= CorpusLine.LongLineWords ? minDocumentsLong : minDocuments))
            {
                Report(context, Trim(document, unit), [KeyValuePair.Create("documents", documents.ToString(CultureInfo.InvariantCulture))],
                    applicability: documents >= MinDocumentsForSafeFix ? FixApplicability.Safe : FixApplicability.Unsafe);
            }
        }
    }
}
