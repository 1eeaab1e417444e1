using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Rules;
using ContentLint.Tests.Infrastructure;
using ContentLint.Text;

namespace ContentLint.Tests;

public sealed class LinterTests
{
    private static readonly RuleDescriptor ShoutingDescriptor =
        new("XX9001", "shouting-line", "Line in capitals", "Line in capitals", "test", Severity.Info);

    /// <summary>A rule written in C#, against the same contract the YAML kinds implement.</summary>
    private sealed class ShoutingLineRule : IRule
    {
        public RuleDefinition Definition { get; } = new() { Descriptor = ShoutingDescriptor, Scope = RuleScope.Line };

        public void Analyze(RuleContext context)
        {
            foreach (var line in context.Document.BodyLines)
            {
                var text = context.Document.GetText(line);
                if (text.Length > 3 && text.ToString() == text.ToString().ToUpperInvariant())
                {
                    context.Report(line.Span, new Dictionary<string, string>());
                }
            }
        }
    }

    private sealed class ThrowingRule : IRule
    {
        public RuleDefinition Definition { get; } = new() { Descriptor = new("XX9002", "throwing-rule", "Throws", "Throws", "test", Severity.Error) };

        public void Analyze(RuleContext context) => throw new InvalidOperationException("boom");
    }

    [Fact]
    public void A_csharp_rule_runs_beside_the_built_in_rules()
    {
        var linter = new LinterBuilder().AddBuiltInRules().AddRule(new ShoutingLineRule()).Build();

        var diagnostics = linter.Lint("Title\n\nNormal text here.\nBREAKING NEWS\n");

        var finding = Assert.Single(diagnostics, d => d.Id == "XX9001");
        Assert.Equal(new LineColumnSpan(new LineColumn(4, 1), new LineColumn(4, 14)), finding.Location);
        Assert.Equal(Severity.Info, finding.Severity);
    }

    [Fact]
    public void A_rule_that_throws_becomes_a_finding_and_the_other_rules_still_run()
    {
        var linter = new LinterBuilder().AddRule(new ThrowingRule()).AddRule(new ShoutingLineRule()).Build();

        var diagnostics = linter.Lint("Title\n\nBREAKING NEWS\n");

        Assert.Equal(["CL0002", "XX9001"], diagnostics.Select(d => d.Id).Order());
        Assert.Equal("Rule XX9002 failed on this document: InvalidOperationException: boom", diagnostics.Single(d => d.Id == "CL0002").Message);
    }

    [Fact]
    public void Configured_severity_replaces_the_default_by_id_or_name()
    {
        var linter = new LinterBuilder().AddRule(new ShoutingLineRule()).SetSeverity("shouting-line", Severity.Error).Build();

        Assert.Equal(Severity.Error, Assert.Single(linter.Lint("T\n\nLOUD LINE\n")).Severity);
    }

    [Fact]
    public void Findings_carry_a_fix_that_deletes_the_whole_line()
    {
        var linter = new LinterBuilder().AddBuiltInRules().Build();
        const string Text = "Headline\n\nBody sentence here.\n\nYou May Also Like\n\nMore body.\n";

        var finding = Assert.Single(linter.Lint(Text), d => d.Descriptor.Name == "related-content-widget");

        var edit = Assert.Single(finding.Fix!.Edits);
        Assert.Equal("You May Also Like\n", Text.Substring(edit.Span.Start, edit.Span.Length));
        Assert.Equal("", edit.NewText);
    }

    [Fact]
    public void Soft_hyphens_and_zero_width_spaces_inside_words_hide_no_phrase_and_findings_point_at_the_text_as_written()
    {
        const string Text = "Headline\n\nBody sentence here.\n\nYou May Also Li\u00ADke\n\nWe use cook\u200Bies to improve your experience.\n\nMore body.\n";

        var findings = BuiltInPack.Linter.Lint(Text);

        var widget = Assert.Single(findings, d => d.Descriptor.Name == "related-content-widget");
        Assert.Equal(new LineColumnSpan(new LineColumn(5, 1), new LineColumn(5, 19)), widget.Location);
        Assert.Equal("You May Also Li\u00ADke\n", Text[Assert.Single(widget.Fix!.Edits).Span.Start..Assert.Single(widget.Fix.Edits).Span.End]);
        Assert.Equal("'You May Also Like'", widget.Message[widget.Message.IndexOf('\'', StringComparison.Ordinal)..]);
        var cookie = Assert.Single(findings, d => d.Descriptor.Name == "cookie-notice");
        Assert.Equal("We use cook\u200Bies to improve your experience.", Text[cookie.Span.Start..cookie.Span.End]);
    }

    [Fact]
    public void A_finding_takes_in_the_invisible_characters_at_the_edges_of_its_line_as_it_did_when_rules_read_them()
    {
        // A baseline made when rules read the text as written holds this span; it must still match.
        const string Text = "Headline\n\nBody sentence here.\n\n\u200BYou May Also Like\u200D\n\nMore body.\n";

        var widget = Assert.Single(BuiltInPack.Linter.Lint(Text), d => d.Descriptor.Name == "related-content-widget");

        Assert.Equal("\u200BYou May Also Like\u200D", Text[widget.Span.Start..widget.Span.End]);
    }

    [Fact]
    public void The_encoding_rules_still_see_the_invisible_characters_as_written()
    {
        var linter = new LinterBuilder().AddBuiltInRules().SetSeverity("invisible-character", Severity.Warning).Build();
        const string Text = "Headline\n\nThe mayor\u200B said the plan was ready.\n";

        var finding = Assert.Single(linter.Lint(Text), d => d.Descriptor.Name == "invisible-character");

        Assert.Equal(new TextRange(Text.IndexOf('\u200B', StringComparison.Ordinal), 1), finding.Span);
    }

    [Fact]
    public void Unreadable_file_is_a_finding_not_an_exception()
    {
        var linter = new LinterBuilder().AddBuiltInRules().Build();

        var result = linter.LintFile(Path.Combine(Path.GetTempPath(), "does-not-exist-" + Guid.NewGuid() + ".txt"), "missing.txt");

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("CL0001", finding.Id);
        Assert.Equal("missing.txt", finding.Path);
    }

    [Fact]
    public void Rules_apply_only_to_their_languages_when_the_language_is_known()
    {
        var rule = RuleLoader.LoadText(
            """
            id: XX1002
            name: dutch-only
            title: t
            message: m
            severity: error
            category: test
            description: d
            languages: [nl]
            kind: phrase
            phrases: [lees ook]
            """,
            "nl.yaml");
        var linter = new LinterBuilder().AddRule(rule).Build();

        Assert.Single(linter.Lint("Lees ook dit.", new DocumentOptions { FirstLineIsTitle = false, Language = "nl" }));
        Assert.Empty(linter.Lint("Lees ook dit.", new DocumentOptions { FirstLineIsTitle = false, Language = "en" }));
        Assert.Single(linter.Lint("Lees ook dit.", new DocumentOptions { FirstLineIsTitle = false }));
    }
}
