using ContentLint.Scoring;
using ContentLint.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ContentLint.Tests;

/// <summary>
/// The built-in pack measured on labelled corpora (positive = junk, a finding flags every line it covers, any
/// severity). The real pages of <c>tests/corpus/real-dev</c> hold their precision and recall per kind of input —
/// an extractor's output and all text of a page need different evidence — and per source within each; every
/// planted artefact of the seeds must be found with no seed body line flagged.
/// </summary>
public sealed class CorpusScoreTests(CorpusScoreTests.RealPages realPages, ITestOutputHelper output) : IClassFixture<CorpusScoreTests.RealPages>
{
    /// <summary>The real pages linted and scored once for every test of the class.</summary>
    public sealed class RealPages
    {
        public CorpusScore Score { get; } = Lint(Path.Combine(Repository.Root, "tests", "corpus", "real-dev"), "labels.jsonl");
    }

    private static CorpusScore Lint(string root, string labels) =>
        CorpusScorer.Score(root, CorpusScorer.ReadLabels(Path.Combine(root, labels)), BuiltInPack.Linter);

    /// <summary>
    /// The floors the pack reaches today (issue 13's targets are extractor output P ≥ 0.97, R ≥ 0.70 and page text
    /// P ≥ 0.97, R ≥ 0.85: not all are reached yet). An empty source means every source of the kind of input.
    /// Scrapinghub's precision floors sit below what the pack reached before CL3030 was turned on: one of its pages
    /// lists 23 portraits, each with "Фото:" and "личный архив &lt;name&gt;", and its clean text drops the first 17 pairs
    /// but keeps the last 6, so 12 lines of each kind of input count as false flags there.
    /// </summary>
    [Theory]
    [InlineData(LabelledLine.ExtractorOutput, "", 0.92, 0.74)]
    [InlineData(LabelledLine.ExtractorOutput, "scrapinghub", 0.93, 0.80)]
    [InlineData(LabelledLine.ExtractorOutput, "trafilatura", 0.90, 0.59)]
    [InlineData(LabelledLine.PageText, "", 0.99, 0.88)]
    [InlineData(LabelledLine.PageText, "scrapinghub", 0.994, 0.90)]
    [InlineData(LabelledLine.PageText, "trafilatura", 0.93, 0.71)]
    public void Real_pages_keep_their_precision_and_recall_per_kind_of_input_and_source(string variant, string source, double minPrecision, double minRecall)
    {
        var counts = source.Length == 0 ? realPages.Score.ForVariant(variant) : realPages.Score.For(variant, source);
        var what = $"{variant}{(source.Length == 0 ? "" : "/" + source)}";
        output.WriteLine($"{what}: precision {counts.Precision:0.000}, recall {counts.Recall:0.000} ({counts.TruePositives} TP, {counts.FalsePositives} FP, {counts.FalseNegatives} FN)");
        foreach (var (line, rules) in realPages.Score.FalsePositives.Where(f => f.Line.Variant == variant && (source.Length == 0 || f.Line.Source == source)).Take(40))
        {
            output.WriteLine($"  FP {line.File}:{line.Line} [{rules}] {line.Text}");
        }

        Assert.True(counts.HasJunk, $"No junk labelled for {what}: the corpus is not the one these floors were measured on.");
        Assert.True(counts.Precision >= minPrecision, $"Precision {counts.Precision:0.000} < {minPrecision} on {what}: {counts.FalsePositives} body lines flagged.");
        Assert.True(counts.Recall >= minRecall, $"Recall {counts.Recall:0.000} < {minRecall} on {what}.");
    }

    [Fact]
    public void Every_planted_seed_artefact_is_found_and_no_seed_body_line_is_flagged()
    {
        var score = CorpusScorer.Score(Repository.Root, CorpusScorer.ReadLabels(Path.Combine(Repository.Root, "tests", "corpus", "seeds-labels.jsonl")), BuiltInPack.Linter);
        foreach (var rule in score.ByRule)
        {
            output.WriteLine($"  {rule.Id} {rule.Name}: {rule.TruePositives} TP, {rule.FalsePositives} FP");
        }

        Assert.Empty(score.FalseNegatives.Select(l => $"{l.File}:{l.Line} {l.Text}"));
        Assert.Empty(score.FalsePositives.Select(f => $"{f.Line.File}:{f.Line.Line} [{f.Rules}] {f.Line.Text}"));
    }
}
