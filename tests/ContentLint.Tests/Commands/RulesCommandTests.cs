using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Commands;

public sealed class RulesCommandTests
{
    [Fact]
    public void Rules_lists_every_built_in_rule_with_its_kind_and_severity()
    {
        var run = CliRunner.RunInRepository("rules");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.TrimEnd().Split(Environment.NewLine);
        Assert.StartsWith("ID ", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("CL4001  duplicate-headline", StringComparison.Ordinal) && l.Contains(" error ") && l.Contains(" duplicate-headline "));
        Assert.Equal(ContentLint.Rules.BuiltInRules.Rules.Count + 1, lines.Length);
    }

    [Fact]
    public void Rules_lists_and_shows_rules_that_are_off_with_severity_off()
    {
        // CL4002 is off by default; the configuration turns CL3001 off.
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\nrules:\n  CL3001: off\n");

        var list = CliRunner.Run(temp.Path, "rules");
        var offByDefault = CliRunner.Run(temp.Path, "rules", "CL4002");
        var offByConfig = CliRunner.Run(temp.Path, "rules", "navigation-label");

        Assert.Equal(0, list.ExitCode);
        Assert.Contains(list.Output.Split(Environment.NewLine), l => l.StartsWith("CL4002 ", StringComparison.Ordinal) && l.Contains(" off ", StringComparison.Ordinal));
        Assert.Contains(list.Output.Split(Environment.NewLine), l => l.StartsWith("CL3001 ", StringComparison.Ordinal) && l.Contains(" off ", StringComparison.Ordinal));
        Assert.Equal(0, offByDefault.ExitCode);
        Assert.Contains("here: off", offByDefault.Output);
        Assert.Contains("enabled by default: no", offByDefault.Output);
        Assert.Equal(0, offByConfig.ExitCode);
        Assert.Contains("severity: warning   here: off", offByConfig.Output);
    }

    [Fact]
    public void A_rule_configured_with_options_is_listed_with_its_severity()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\nrules:\n  CL3002:\n    severity: warning\n    exceptions: ['^Lees ook: Correcties']\n");

        var run = CliRunner.Run(temp.Path, "rules", "CL3002");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("here: warning", run.Output);
    }

    [Fact]
    public void Rules_with_a_name_shows_the_description_and_examples()
    {
        var run = CliRunner.RunInRepository("rules", "related-content-widget");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("CL3003 related-content-widget: Related-content widget heading", run.Output);
        Assert.Contains("  - [|Mehr zum Thema|]", run.Output);
        Assert.Contains("Left alone:", run.Output);
    }

    [Fact]
    public void Rules_with_an_unknown_id_exits_2()
    {
        Assert.Equal(2, CliRunner.RunInRepository("rules", "CL9999").ExitCode);
    }
}
