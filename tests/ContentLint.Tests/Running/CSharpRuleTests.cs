using ContentLint.Cli;
using ContentLint.Testing;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Running;

/// <summary>A rule written in C# goes through the paths a YAML rule does: loaded, listed, tested and fixed.</summary>
public sealed class CSharpRuleTests
{
    private const string Article = "Council budget\n\nThe council approved the budget.\n\nPartner content\n\nIt takes effect in May.\n";

    [Fact]
    public async Task A_csharp_rule_in_a_session_reports_where_a_yaml_rule_would_and_suppressions_and_the_baseline_apply()
    {
        using var temp = new TempFolder();
        temp.Write("articles/a.txt", Article);
        temp.Write("articles/b.md", "---\ntitle: Budget\nlang: en\n---\nThe council approved it.\n\n<!-- contentlint-disable-next-line partner-label-code -->\nPartner content\n");
        temp.Write("articles/c.md", "---\ntitle: Begroting\nlang: nl\n---\nDe raad keurde het goed.\n\nPartner content\n");
        var options = new LintSessionOptions { WorkingDirectory = temp.Path, Paths = ["articles"], Rules = [new PartnerLabelRule()], BuiltInRules = false };

        var files = await Lint(new LintSession(options));
        var baseline = await new LintSession(options).CreateBaselineAsync(temp.Path);
        baseline.Save(Path.Combine(temp.Path, "baseline.json"));
        var afterBaseline = await Lint(new LintSession(options with { BaselineFile = "baseline.json" }));

        Assert.Equal(["articles/a.txt(5,1,5,16): error XX3001: Partner content label 'Partner content' [partner-label-code]"], files["articles/a.txt"]);
        Assert.Empty(files["articles/b.md"]);   // suppressed inline
        Assert.Empty(files["articles/c.md"]);   // a Dutch article: the rule is for English
        Assert.All(afterBaseline.Values, Assert.Empty);
    }

    [Fact]
    public void RuleTester_runs_a_csharp_rules_examples_and_its_fix()
    {
        var results = RuleTester.Run(new PartnerLabelRule());

        Assert.Equal(2, results.Count);
        Assert.All(results, result => Assert.True(result.Passed, result.Failure));
    }

    [Fact]
    public void Contentlint_rules_lists_a_csharp_rule_a_host_adds_and_shows_its_metadata_and_examples()
    {
        using var temp = new TempFolder();
        var console = (Output: new StringWriter(), Error: new StringWriter());
        var host = new CommandOutput(console.Output, console.Error, temp.Path) { Session = options => options with { Rules = [new PartnerLabelRule()] } };

        var listed = Cli.CommandLine.Run(["rules"], host);
        var list = console.Output.ToString();
        console.Output.GetStringBuilder().Clear();
        var shown = Cli.CommandLine.Run(["rules", "XX3001"], host);

        Assert.Equal((0, 0), (listed, shown));
        Assert.Contains(list.Split(Environment.NewLine), line => line.StartsWith("XX3001  partner-label-code", StringComparison.Ordinal) && line.Contains(" code ", StringComparison.Ordinal) && line.Contains(" en ", StringComparison.Ordinal));
        Assert.Contains("kind: code   languages: en   fix: delete-line", console.Output.ToString());
        Assert.Contains("defined in: ContentLint.Tests.Running.PartnerLabelRule", console.Output.ToString());
        Assert.Contains("  - Body.", console.Output.ToString());
    }

    [Fact]
    public async Task A_csharp_rules_fix_is_applied_by_a_session_and_shown_as_a_diff_in_a_dry_run()
    {
        using var temp = new TempFolder();
        var path = temp.Write("a.txt", Article);
        var session = new LintSession(new LintSessionOptions { WorkingDirectory = temp.Path, Rules = [new PartnerLabelRule()], BuiltInRules = false });

        var preview = await Single(session.FixAsync(new FixRunOptions { DryRun = true }));
        var unchanged = File.ReadAllText(path);
        var written = await Single(session.FixAsync());

        Assert.Equal(Article, unchanged);
        Assert.Contains("-Partner content\n", preview.Diff, StringComparison.Ordinal);
        Assert.StartsWith("--- a/a.txt\n+++ b/a.txt\n", preview.Diff, StringComparison.Ordinal);
        Assert.True(written.Written);
        Assert.Equal("Council budget\n\nThe council approved the budget.\n\nIt takes effect in May.\n", File.ReadAllText(path));
        Assert.Empty(written.Remaining);
    }

    private static async Task<Dictionary<string, string[]>> Lint(LintSession session)
    {
        var files = new Dictionary<string, string[]>(StringComparer.Ordinal);
        await foreach (var file in session.LintAsync())
        {
            files[file.Path] = [.. file.Diagnostics.Select(d => d.ToString())];
        }

        return files;
    }

    private static async Task<T> Single<T>(IAsyncEnumerable<T> items)
    {
        var all = new List<T>();
        await foreach (var item in items)
        {
            all.Add(item);
        }

        return Assert.Single(all);
    }
}
