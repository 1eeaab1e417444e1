using ContentLint.Scoring;
using ContentLint.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ContentLint.Tests;

/// <summary>
/// The built-in pack measured on labelled corpora (positive = junk, a finding flags every line it covers, any
/// severity): real extractor output must keep its precision and recall targets, and every planted artefact of
/// the seeds must be found with no seed body line flagged.
/// </summary>
public sealed class CorpusScoreTests(ITestOutputHelper output)
{
    private CorpusScore Score(string root, string labels)
    {
        var score = CorpusScorer.Score(root, CorpusScorer.ReadLabels(labels), BuiltInPack.Linter);
        output.WriteLine($"precision {score.Overall.Precision:0.000}, recall {score.Overall.Recall:0.000} ({score.Overall.TruePositives} TP, {score.Overall.FalsePositives} FP, {score.Overall.FalseNegatives} FN)");
        foreach (var rule in score.ByRule)
        {
            output.WriteLine($"  {rule.Id} {rule.Name}: {rule.TruePositives} TP, {rule.FalsePositives} FP");
        }

        foreach (var (line, rules) in score.FalsePositives)
        {
            output.WriteLine($"  FP {line.File}:{line.Line} [{rules}] {line.Text}");
        }

        return score;
    }

    [Fact]
    public void Real_extractor_output_keeps_precision_at_least_0_97_and_recall_at_least_0_60()
    {
        var corpus = Path.Combine(Repository.Root, "tests", "corpus", "real-dev");

        var score = Score(corpus, Path.Combine(corpus, "labels.jsonl"));

        Assert.True(score.Overall.Precision >= 0.97, $"Precision {score.Overall.Precision:0.000} < 0.97 on real-dev: {score.Overall.FalsePositives} body lines flagged.");
        Assert.True(score.Overall.Recall >= 0.60, $"Recall {score.Overall.Recall:0.000} < 0.60 on real-dev.");
    }

    [Fact]
    public void Every_planted_seed_artefact_is_found_and_no_seed_body_line_is_flagged()
    {
        var score = Score(Repository.Root, Path.Combine(Repository.Root, "tests", "corpus", "seeds-labels.jsonl"));

        Assert.Empty(score.FalseNegatives.Select(l => $"{l.File}:{l.Line} {l.Text}"));
        Assert.Empty(score.FalsePositives.Select(f => $"{f.Line.File}:{f.Line.Line} [{f.Rules}] {f.Line.Text}"));
    }
}
