using ContentLint.Benchmarks.Corpus;
using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Files;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Gates;

/// <summary>
/// The trigger gates (words derived from phrases, literals derived from patterns, words a rule declares) only skip
/// units a rule could not match: the built-in pack finds exactly the same with them as without them, on the seeds,
/// the real pages and generated articles.
/// </summary>
public sealed class TriggerGateTests
{
    private static readonly Linter Ungated = BuiltInPack.Linter.WithoutTriggerGates();

    [Fact]
    public void Gates_change_no_finding_on_the_seeds_and_the_real_pages()
    {
        var files = ArticleFinder.Find([Path.Combine(Repository.Root, "seeds"), Path.Combine(Repository.Root, "tests", "corpus", "real-dev")], Repository.Root).Files;
        Assert.True(files.Count > 600, $"Only {files.Count} files found: not the corpus this test is meant for.");
        AssertSameFindings(files.Select(file => Document.Parse(ArticleReader.Read(file).Text, new DocumentOptions { Path = file })));
    }

    [Fact]
    public void Gates_change_no_finding_on_generated_articles()
    {
        var generator = new CorpusGenerator();
        AssertSameFindings(Enumerable.Range(0, 1500).Select(i => Document.Parse(generator.Generate(i).ToMarkdown(), new DocumentOptions { Path = $"{i}.md" })));
    }

    private static void AssertSameFindings(IEnumerable<Document> documents)
    {
        var findings = 0;
        foreach (var document in documents)
        {
            var gated = BuiltInPack.Linter.Lint(document).Select(Describe).ToList();
            var ungated = Ungated.Lint(document).Select(Describe).ToList();
            Assert.True(ungated.SequenceEqual(gated), $"{document.Path}: only ungated: {string.Join(" / ", ungated.Except(gated))}; only gated: {string.Join(" / ", gated.Except(ungated))}");
            findings += gated.Count;
        }

        // The comparison means something only where the pack finds things.
        Assert.True(findings > 100, $"Only {findings} findings: the documents hold too little junk to compare.");
    }

    /// <summary>A finding as a user sees it: where, what, and the fix it offers.</summary>
    private static string Describe(Finding finding) =>
        $"{finding} | {finding.Fix?.Title} {string.Join(", ", finding.Fix?.Edits.Select(e => $"{e.Span}→{e.NewText}") ?? [])} {finding.Fix?.Applicability}";
}
