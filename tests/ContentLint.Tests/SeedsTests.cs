using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests;

/// <summary>
/// The seed articles as a regression suite of the built-in rules: what users see when they run the README's command.
/// (Each report format's golden files are made with the fixture pack instead: <see cref="Formatting.ReportFormatTests"/>.)
/// </summary>
public sealed class SeedsTests
{
    [Fact]
    public void Lint_report_of_all_seeds_matches_the_golden_file()
    {
        var run = CliRunner.RunInRepository("lint", "seeds");

        Golden.Verify("seeds.lint", run.Output);
    }

    [Fact]
    public void Clean_seed_articles_have_no_findings()
    {
        foreach (var clean in new[] { "en-river-restoration.txt", "nl-fietsbrug.txt", "de-energiewende.md", "fr-vendanges.txt", "es-olivares.txt" })
        {
            var run = CliRunner.RunInRepository("lint", "seeds/" + clean, "--fail-level", "info");
            Assert.True(run.ExitCode == 0, clean + ":\n" + run.Output);
        }
    }
}
