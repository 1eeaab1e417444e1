using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Commands;

public sealed class TestCommandTests
{
    [Fact]
    public void Test_passes_on_the_built_in_rules()
    {
        var run = CliRunner.RunInRepository("test", "rules");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("PASS rules/boilerplate/CL3003-related-content-widget.yaml  CL3003 related-content-widget:", run.Output);
        Assert.Matches(@"\d+ rules, (\d+) checks: \1 passed, 0 failed\.", run.Output);
    }

    [Fact]
    public void Test_fails_with_a_readable_report_on_a_broken_copy()
    {
        using var temp = new TempFolder();
        var original = File.ReadAllText(Path.Combine(Repository.RulesFolder, "boilerplate", "CL3001-navigation-label.yaml"));
        // Break the rule: one of its valid examples now holds a whole-line label, and one invalid example is marked wrong.
        var broken = original
            .Replace("    - \"Home prices rose for the third month in a row.\"", "    - \"Home\"", StringComparison.Ordinal)
            .Replace("    - text: \"[|Most Popular|]\"", "    - text: \"[|Most|] Popular\"", StringComparison.Ordinal);
        temp.Write("rules/CL3001-navigation-label.yaml", broken);

        var run = CliRunner.Run(temp.Path, "test", "rules");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.Split(Environment.NewLine);
        Assert.Contains("FAIL rules/CL3001-navigation-label.yaml  CL3001 navigation-label: 5 passed, 2 failed", lines);
        Assert.Contains(lines, l => l.EndsWith("invalid example: Expected 1 finding, got 1 finding: expected [|Most|] Popular but got [|Most Popular|]", StringComparison.Ordinal));
        Assert.Contains("    expected: [|Most|] Popular", lines);
        Assert.Contains("    actual:   [|Most Popular|]", lines);
        Assert.Contains(lines, l => l.StartsWith("  rules/CL3001-navigation-label.yaml:", StringComparison.Ordinal) && l.EndsWith("valid example: Expected no finding, got 1 finding: [|Home|]", StringComparison.Ordinal));
        Assert.Equal("1 rule, 7 checks: 5 passed, 2 failed.", lines[^2]);
    }

    [Fact]
    public void Test_exits_2_on_an_invalid_rule_file()
    {
        using var temp = new TempFolder();
        temp.Write("rules/bad.yaml", "id: XX1001\nname: bad\n");

        var run = CliRunner.Run(temp.Path, "test", "rules");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("rules/bad.yaml:1:1: error CL0102: Missing required key 'title'.", run.Error);
    }
}
