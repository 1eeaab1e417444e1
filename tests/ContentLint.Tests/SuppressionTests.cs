using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests;

/// <summary>Inline suppression comments, in plain text and Markdown, and the report of the unused ones.</summary>
public sealed class SuppressionTests
{
    private static IEnumerable<(int Line, string Id)> Lint(string text, string path = "a.txt") =>
        BuiltInPack.Linter.Lint(text, new DocumentOptions { Path = path }).Select(d => (d.Location.Start.Line, d.Id));

    [Fact]
    public void Disable_and_enable_switch_named_rules_off_and_on_between_them()
    {
        var findings = Lint("Title\n\n<!-- contentlint-disable CL3001 -- the site's own menu, kept on purpose -->\nPopulair\n<!-- contentlint-enable CL3001 -->\nPopulair\n");

        Assert.Equal([(6, "CL3001")], findings);
    }

    [Fact]
    public void Disable_by_name_and_several_rules_at_once()
    {
        var findings = Lint("Title\n\n<!-- contentlint-disable navigation-label, CL3003 -->\nPopulair\n\nYou May Also Like\n");

        Assert.Empty(findings);
    }

    [Fact]
    public void Disable_without_ids_switches_every_rule_off_and_enable_by_id_brings_one_back()
    {
        var findings = Lint("Title\n\n<!-- contentlint-disable -->\nPopulair\n<!-- contentlint-enable CL3003 -->\nYou May Also Like\nPopulair\n");

        Assert.Equal([(6, "CL3003")], findings);
    }

    [Fact]
    public void Disable_next_line_covers_the_next_non_blank_line_only()
    {
        var findings = Lint("Title\n\n<!-- contentlint-disable-next-line CL3001 -->\n\nPopulair\n\nPopulair\n");

        Assert.Equal([(7, "CL3001")], findings);
    }

    [Fact]
    public void Disable_file_covers_the_whole_file_wherever_it_stands()
    {
        var findings = Lint("Title\n\nPopulair\n\nPopulair\n\n<!-- contentlint-disable-file CL3001 -->\n");

        Assert.Empty(findings);
    }

    [Fact]
    public void Suppressions_work_in_markdown_and_their_lines_are_not_linted()
    {
        var findings = Lint("---\ntitle: T\n---\n<!-- contentlint-disable-next-line navigation-label -->\nPopulair\n", "a.md");

        Assert.Empty(findings);
    }

    [Fact]
    public void A_suppression_that_suppresses_nothing_is_reported_at_info_level()
    {
        var diagnostics = BuiltInPack.Linter.Lint("Title\n\n<!-- contentlint-disable-next-line CL3001,CL3003 -->\nPopulair\n\n<!-- contentlint-disable-file -->\n", new DocumentOptions { Path = "a.txt" });

        Assert.Equal(
            [
                (3, "CL0004", Severity.Info, "This suppression comment suppresses nothing for 'CL3003'; remove 'CL3003' from it"),
            ],
            diagnostics.Where(d => d.Location.Start.Line == 3).Select(d => (d.Location.Start.Line, d.Id, d.Severity, d.Message)));
        Assert.Equal((6, 1), diagnostics.Where(d => d.Id == "CL0004").Select(d => (d.Location.Start.Line, d.Location.Start.Column)).Last());
    }

    [Fact]
    public void A_suppression_naming_no_rule_says_so_and_suggests_the_nearest_name()
    {
        var diagnostics = BuiltInPack.Linter.Lint("Title\n\n<!-- contentlint-disable-next-line navigation-lable -->\nPopulair\n", new DocumentOptions { Path = "a.txt" });

        Assert.Equal(
            [
                (3, "CL0004", "This suppression comment names 'navigation-lable', which is no rule's id or name, so it suppresses nothing. Did you mean 'navigation-label'?"),
                (4, "CL3001", "Navigation label 'Populair' on its own line"),
            ],
            diagnostics.Select(d => (d.Location.Start.Line, d.Id, d.Message)));
    }

    [Fact]
    public void Disable_by_id_and_enable_by_name_pair_up()
    {
        var findings = Lint("Title\n\n<!-- contentlint-disable CL3001 -->\nPopulair\n<!-- contentlint-enable navigation-label -->\nPopulair\n");

        Assert.Equal([(6, "CL3001")], findings);
    }

    [Fact]
    public void An_enable_comment_with_no_disable_before_it_is_reported()
    {
        var diagnostics = BuiltInPack.Linter.Lint("Title\n\n<!-- contentlint-enable CL3001 -->\nA sentence.\n\n<!-- contentlint-disable CL3003 -->\nYou May Also Like\n<!-- contentlint-enable related-content-widget -->\n", new DocumentOptions { Path = "a.txt" });

        Assert.Equal(
            [(3, "CL0004", "This enable comment turns on 'CL3001', which no disable comment before it turned off; remove it")],
            diagnostics.Select(d => (d.Location.Start.Line, d.Id, d.Message)));
    }

    [Fact]
    public void Unused_suppression_reports_can_be_turned_off()
    {
        var linter = new LinterBuilder().AddBuiltInRules().TurnOff("unused-suppression").Build();

        Assert.Empty(linter.Lint("Title\n\n<!-- contentlint-disable CL3001 -->\nA sentence.\n"));
    }
}
