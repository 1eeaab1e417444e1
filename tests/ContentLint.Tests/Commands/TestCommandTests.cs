using System.Globalization;
using System.Text.RegularExpressions;
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
        temp.Write("intact/CL3001-navigation-label.yaml", original);
        var checks = int.Parse(Regex.Match(CliRunner.Run(temp.Path, "test", "intact").Output, @"1 rule, (\d+) checks: \1 passed, 0 failed\.").Groups[1].Value, CultureInfo.InvariantCulture);

        var run = CliRunner.Run(temp.Path, "test", "rules");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.Split(Environment.NewLine);
        Assert.Contains($"FAIL rules/CL3001-navigation-label.yaml  CL3001 navigation-label: {checks - 2} passed, 2 failed", lines);
        Assert.Contains(lines, l => l.EndsWith("invalid example: Expected 1 finding, got 1 finding: expected [|Most|] Popular but got [|Most Popular|]", StringComparison.Ordinal));
        Assert.Contains("    expected: [|Most|] Popular", lines);
        Assert.Contains("    actual:   [|Most Popular|]", lines);
        Assert.Contains(lines, l => l.StartsWith("  rules/CL3001-navigation-label.yaml:", StringComparison.Ordinal) && l.EndsWith("valid example: Expected no finding, got 1 finding: [|Home|]", StringComparison.Ordinal));
        Assert.Equal($"1 rule, {checks} checks: {checks - 2} passed, 2 failed.", lines[^2]);
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

    [Fact]
    public void Test_without_a_path_runs_the_rule_folders_the_configuration_extends_and_skips_hidden_and_build_files()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\nextends: [builtin:recommended, house-rules]\n");
        temp.Write(".pre-commit-hooks.yaml", "- id: not-a-rule\n");
        temp.Write("house-rules/MY3001-partner-label.yaml", PartnerLabelRule);
        temp.Write("house-rules/.hidden/MY3002-broken.yaml", "id: broken\n");
        temp.Write("house-rules/bin/Debug/MY3003-copied.yaml", "id: broken\n");
        temp.Write("other/MY3004-elsewhere.yaml", "id: broken\n");

        var run = CliRunner.Run(temp.Path, "test");

        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["PASS house-rules/MY3001-partner-label.yaml  MY3001 partner-label: 2 passed, 0 failed", "1 rule, 2 checks: 2 passed, 0 failed."], run.Output.TrimEnd().Split(Environment.NewLine));
    }

    [Fact]
    public void A_failing_multi_line_example_is_reported_on_one_line_per_item()
    {
        using var temp = new TempFolder();
        temp.Write("rules/MY3001-partner-label.yaml", PartnerLabelRule.Replace("\"[|Partnerbijdrage|]\"", "\"Title\\n\\n[|Partner|]bijdrage\"", StringComparison.Ordinal));

        var run = CliRunner.Run(temp.Path, "test", "rules");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "FAIL rules/MY3001-partner-label.yaml  MY3001 partner-label: 1 passed, 1 failed",
                "  rules/MY3001-partner-label.yaml:13:7: invalid example: Expected 1 finding, got 1 finding: expected Title⏎⏎[|Partner|]bijdrage but got Title⏎⏎[|Partnerbijdrage|]",
                "    expected: Title⏎⏎[|Partner|]bijdrage",
                "    actual:   Title⏎⏎[|Partnerbijdrage|]",
                "1 rule, 2 checks: 1 passed, 1 failed.",
            ],
            run.Output.TrimEnd().Split(Environment.NewLine));
    }

    [Fact]
    public void A_rule_without_examples_fails_once_and_its_line_counts_it_as_the_total_does()
    {
        using var temp = new TempFolder();
        temp.Write("rules/MY3001-partner-label.yaml", PartnerLabelRule[..PartnerLabelRule.IndexOf("examples:", StringComparison.Ordinal)]);

        var run = CliRunner.Run(temp.Path, "test", "rules");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "FAIL rules/MY3001-partner-label.yaml  MY3001 partner-label: 0 passed, 1 failed; needs at least one invalid and one valid example (or 'enabled: false')",
                "1 rule, 1 check: 0 passed, 1 failed.",
            ],
            run.Output.TrimEnd().Split(Environment.NewLine));
    }

    private const string PartnerLabelRule = """
        id: MY3001
        name: partner-label
        title: Partner content label
        message: "Partner content label '{match}'"
        severity: error
        category: boilerplate
        description: A sponsor label standing alone on a line.
        kind: phrase
        match: whole-line
        phrases: [Partnerbijdrage]
        examples:
          invalid:
            - "[|Partnerbijdrage|]"
          valid:
            - "De partnerbijdrage van de gemeente steeg."
        """;
}
