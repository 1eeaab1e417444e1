using System.Text.RegularExpressions;
using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Fixing;
using ContentLint.Rules;
using ContentLint.Tests.Infrastructure;
using ContentLint.Text;

namespace ContentLint.Tests.Fixing;

public sealed class FixerTests
{
    private static readonly DocumentOptions NoTitle = new() { FirstLineIsTitle = false };

    private static Fixer BuiltInFixer(FixOptions options) => new(BuiltInPack.Linter, options);

    private static Fixer FixerFor(params IRule[] rules) =>
        new(rules.Aggregate(new LinterBuilder(), (builder, rule) => builder.AddRule(rule)).Build());

    [Fact]
    public void Adjacent_replacements_are_all_applied_in_one_pass()
    {
        // textlint#731: "abc" with C for [2,3), B for [1,2) and A for [0,1) gave "AbC": a range starting where another
        // ended was taken for an overlap. The rules are added last character first, as in that report.
        var fixer = FixerFor(Upper("T0003", 2), Upper("T0002", 1), Upper("T0001", 0));

        var result = fixer.Fix("abc", NoTitle);

        Assert.Equal("ABC", result.Text);
        Assert.Equal(1, result.Passes);
        Assert.Equal(["T0001", "T0002", "T0003"], result.Applied.Select(a => a.Finding.Id));
    }

    [Fact]
    public void Two_insertions_at_the_same_offset_are_both_applied_in_diagnostic_order()
    {
        // markdownlint#968: two rules that both need an edit at the same spot; only one could be applied.
        var fixer = FixerFor(Prefix("T0002", "[B]"), Prefix("T0001", "[A]"));

        var result = fixer.Fix("Body text.\n", NoTitle);

        Assert.Equal("[A][B]Body text.\n", result.Text);
        Assert.Equal(1, result.Passes);
        Assert.Equal(2, result.Applied.Length);
    }

    [Fact]
    public void The_same_line_deleted_by_two_rules_is_deleted_once()
    {
        var fixer = FixerFor(DeleteLinesContaining("T0001", "Populair"), DeleteLinesContaining("T0002", "Populair"));

        var result = fixer.Fix("First paragraph.\n\nPopulair\n\nSecond paragraph.\n", NoTitle);

        Assert.Equal("First paragraph.\n\nSecond paragraph.\n", result.Text);
        Assert.Equal(["T0001", "T0002"], result.Applied.Select(a => a.Finding.Id));
    }

    [Fact]
    public void Overlapping_deletions_merge_into_their_union()
    {
        var fixer = FixerFor(
            new EditRule("T0001", text => text.Length < 20 ? [] : [(new TextRange(5, 10), [TextEdit.Delete(new TextRange(5, 10))])]),
            new EditRule("T0002", text => text.Length < 20 ? [] : [(new TextRange(10, 10), [TextEdit.Delete(new TextRange(10, 10))])]));

        var result = fixer.Fix("01234567890123456789XYZ", NoTitle);

        Assert.Equal("01234XYZ", result.Text);
        Assert.Equal(2, result.Applied.Length);
    }

    [Fact]
    public void A_replacement_inside_a_deleted_line_counts_as_applied()
    {
        var fixer = FixerFor(
            new EditRule("T0001", text => Find(text, "Populair").Select(span => (span, new[] { new TextEdit(span, "Popular") }))),
            DeleteLinesContaining("T0002", "Populair"));

        var result = fixer.Fix("Body.\n\nPopulair\n\nMore body.\n", NoTitle);

        Assert.Equal("Body.\n\nMore body.\n", result.Text);
        Assert.Equal(["T0001", "T0002"], result.Applied.Select(a => a.Finding.Id));
    }

    [Fact]
    public void Overlapping_replacements_are_applied_one_per_pass()
    {
        // "ab" and "bc" share the b: the first (by position) goes now, the other waits for the next pass's lint.
        var fixer = FixerFor(
            new EditRule("T0001", text => Find(text, "ab").Select(span => (span, new[] { new TextEdit(span, "AB") }))),
            new EditRule("T0002", text => Find(text, "bc", RegexOptions.IgnoreCase).Where(s => text.Substring(s.Start, 2) != "BC").Select(span => (span, new[] { new TextEdit(span, "BC") }))));

        var result = fixer.Fix("abcd", NoTitle);

        Assert.Equal("ABCd", result.Text);
        Assert.Equal(2, result.Passes);
        Assert.Equal([(1, "T0001"), (2, "T0002")], result.Applied.Select(a => (a.Pass, a.Finding.Id)));
    }

    [Fact]
    public void Insertions_at_either_end_of_a_deleted_line_are_kept()
    {
        var fixer = FixerFor(
            DeleteLinesContaining("T0001", "junk"),
            new EditRule("T0002", text => text.Contains("A ", StringComparison.Ordinal) ? [] : [(new TextRange(6, 0), [new TextEdit(new TextRange(6, 0), "A ")])]),
            new EditRule("T0003", text => text.Contains("B ", StringComparison.Ordinal) ? [] : [(new TextRange(11, 0), [new TextEdit(new TextRange(11, 0), "B ")])]));

        // "line1\n" ends at 6, where the junk line starts; the junk line ends at 11, where "line3" starts.
        var result = fixer.Fix("line1\njunk\nline3\n", NoTitle);

        Assert.Equal("line1\nA B line3\n", result.Text);
        Assert.Equal(3, result.Applied.Length);
    }

    [Fact]
    public void Fixes_stop_after_ten_passes_when_they_never_settle()
    {
        var fixer = FixerFor(new EditRule("T0001", text => [(new TextRange(0, 0), [new TextEdit(new TextRange(0, 0), "x")])]));

        var result = fixer.Fix("text", NoTitle);

        Assert.True(result.ReachedPassLimit);
        Assert.Equal(10, result.Passes);
        Assert.Equal("xxxxxxxxxxtext", result.Text);
        Assert.Single(result.Remaining);
    }

    [Fact]
    public void A_fix_that_changes_nothing_ends_the_run()
    {
        var fixer = FixerFor(new EditRule("T0001", text => Find(text, "same").Select(span => (span, new[] { new TextEdit(span, "same") }))));

        var result = fixer.Fix("the same text", NoTitle);

        Assert.False(result.IsChanged);
        Assert.Same("the same text", result.Text);
        Assert.Equal(0, result.Passes);
        Assert.False(result.ReachedPassLimit);
    }

    [Fact]
    public void A_fix_with_an_edit_outside_the_text_is_ignored()
    {
        var fixer = FixerFor(new EditRule("T0001", text => [(new TextRange(0, 1), [TextEdit.Delete(new TextRange(2, 100))])]));

        var result = fixer.Fix("short", NoTitle);

        Assert.Equal("short", result.Text);
        Assert.Empty(result.Applied);
        Assert.Single(result.Remaining);
    }

    [Fact]
    public void A_match_deletion_that_empties_a_line_removes_the_line_and_its_blank_separator()
    {
        var fixer = FixerFor(new EditRule("T0001", text => Find(text, "Populair").Select(span => (span, new[] { TextEdit.Delete(span) }))));

        var result = fixer.Fix("Body.\n\n  Populair \n\nMore body.\n", NoTitle);

        Assert.Equal("Body.\n\nMore body.\n", result.Text);
    }

    [Fact]
    public void A_match_deletion_inside_a_sentence_keeps_the_rest_of_the_line()
    {
        var fixer = FixerFor(new EditRule("T0001", text => Find(text, "\u200b").Select(span => (span, new[] { TextEdit.Delete(span) }))));

        var result = fixer.Fix("Zero\u200bwidth here.\n\nNext.\n", NoTitle);

        Assert.Equal("Zerowidth here.\n\nNext.\n", result.Text);
    }

    [Fact]
    public void Only_the_selected_rules_are_fixed_and_the_others_remain()
    {
        var fixer = BuiltInFixer(new FixOptions { Rules = new HashSet<string> { "navigation-label" } });

        var result = fixer.Fix("Headline of the day\n\nBody text of the article.\n\nPopulair\n\nLeave a Reply\n");

        Assert.Equal("Headline of the day\n\nBody text of the article.\n\nLeave a Reply\n", result.Text);
        Assert.Equal(["CL3006"], result.Remaining.Select(d => d.Id));
        Assert.False(fixer.IsFixable(result.Remaining[0]));
    }

    [Fact]
    public void Naming_a_rule_the_linter_does_not_run_is_rejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => BuiltInFixer(new FixOptions { Rules = new HashSet<string> { "CL9999" } }));

        Assert.Contains("'CL9999'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deleting_a_line_takes_the_blank_line_that_separated_it()
    {
        var result = BuiltInPack.Fixer.Fix("Headline of the day\n\nFirst paragraph.\n\nYou May Also Like\n\nSecond paragraph.\n");

        Assert.Equal("Headline of the day\n\nFirst paragraph.\n\nSecond paragraph.\n", result.Text);
    }

    [Fact]
    public void Runs_of_blank_lines_away_from_deleted_lines_are_kept()
    {
        var result = BuiltInPack.Fixer.Fix("Headline of the day\n\nFirst paragraph.\n\n\n\nSecond paragraph.\n\nPopulair\n\nThird paragraph.\n");

        Assert.Equal("Headline of the day\n\nFirst paragraph.\n\n\n\nSecond paragraph.\n\nThird paragraph.\n", result.Text);
    }

    [Fact]
    public void Deleted_trailing_junk_leaves_no_blank_lines_the_file_did_not_have()
    {
        var withNewline = BuiltInPack.Fixer.Fix("Headline of the day\n\nBody text.\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n");
        var withoutNewline = BuiltInPack.Fixer.Fix("Headline of the day\n\nBody text.\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *");
        var withTrailingBlank = BuiltInPack.Fixer.Fix("Headline of the day\n\nBody text.\n\nLeave a Reply\n\n");

        Assert.Equal("Headline of the day\n\nBody text.\n", withNewline.Text);
        Assert.Equal("Headline of the day\n\nBody text.", withoutNewline.Text);
        Assert.Equal("Headline of the day\n\nBody text.\n\n", withTrailingBlank.Text);
    }

    [Fact]
    public void Crlf_line_breaks_are_kept()
    {
        var result = BuiltInPack.Fixer.Fix("Headline of the day\r\n\r\nFirst paragraph.\r\n\r\nPopulair\r\n\r\nSecond paragraph.\r\n");

        Assert.Equal("Headline of the day\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n", result.Text);
    }

    [Fact]
    public void An_article_of_nothing_but_junk_becomes_empty()
    {
        var result = BuiltInPack.Fixer.Fix("Populair\n\nLeave a Reply\n", NoTitle);

        Assert.Equal("", result.Text);
        Assert.Equal(2, result.Applied.Length);
    }

    [Fact]
    public void A_lone_carriage_return_line_is_not_joined_to_a_following_empty_line()
    {
        // Deleting "Populair" would put "Body.\r" right before "\n", which reads as one CRLF line; the empty line goes.
        var result = BuiltInPack.Fixer.Fix("Headline\nBody.\rPopulair\n\nMore.\n");

        Assert.Equal("Headline\nBody.\rMore.\n", result.Text);
    }

    [Fact]
    public void Glued_link_text_has_no_fix_and_stays()
    {
        const string Text = "Headline of the day\n\nAs first reported by the TimesThe company denied the claims.\n";

        var result = BuiltInPack.Fixer.Fix(Text);

        Assert.Same(Text, result.Text);
        Assert.Equal(["CL2001"], result.Remaining.Select(d => d.Id));
        Assert.Null(result.Remaining[0].Fix);
    }

    [Fact]
    public void Markdown_front_matter_and_code_blocks_are_never_touched()
    {
        const string Text = "---\ntitle: Solar record\n---\n\n# Solar record\n\nBody text.\n\n```\nLesen Sie auch: code, not junk\n```\n\nMeistgelesen\n\nMore body text.\n";

        var result = BuiltInPack.Fixer.Fix(Text, new DocumentOptions { Path = "article.md" });

        Assert.Equal("---\ntitle: Solar record\n---\n\nBody text.\n\n```\nLesen Sie auch: code, not junk\n```\n\nMore body text.\n", result.Text);
    }

    [Fact]
    public void Applied_fixes_are_positioned_in_the_text_of_their_pass_and_remaining_ones_in_the_fixed_text()
    {
        var result = BuiltInPack.Fixer.Fix("Headline of the day\n\nBody by the TimesThe company.\n\nPopulair\n");

        var applied = Assert.Single(result.Applied);
        Assert.Equal((1, "CL3001", 5), (applied.Pass, applied.Finding.Id, applied.Finding.Location.Start.Line));
        var remaining = Assert.Single(result.Remaining);
        Assert.Equal(("CL2001", 3), (remaining.Id, remaining.Location.Start.Line));
        Assert.Equal(["CL2001", "CL3001"], result.Found.Select(d => d.Id));
    }

    private static IEnumerable<TextRange> Find(string text, string pattern, RegexOptions options = RegexOptions.None) =>
        Regex.Matches(text, Regex.Escape(pattern), options | RegexOptions.CultureInvariant).Select(m => new TextRange(m.Index, m.Length));

    private static EditRule Upper(string id, int index) => new(id, text =>
        index < text.Length && char.IsLower(text[index])
            ? [(new TextRange(index, 1), [new TextEdit(new TextRange(index, 1), char.ToUpperInvariant(text[index]).ToString())])]
            : []);

    private static EditRule Prefix(string id, string prefix) => new(id, text =>
        text.Contains(prefix, StringComparison.Ordinal) ? [] : [(new TextRange(0, 0), [new TextEdit(new TextRange(0, 0), prefix)])]);

    private static EditRule DeleteLinesContaining(string id, string phrase) => new(id, text =>
    {
        var source = ContentText.From(text);
        return source.Lines
            .Where(line => source.Slice(line).Contains(phrase, StringComparison.Ordinal))
            .Select(line => (line.Span, new[] { TextEdit.Delete(line.SpanIncludingLineBreak) }));
    });
}

/// <summary>A rule written in C# that reports, for each span <c>find</c> returns, a finding with the given edits as its fix.</summary>
internal sealed class EditRule(string id, Func<string, IEnumerable<(TextRange Span, TextEdit[] Edits)>> find) : IRule
{
    public RuleDefinition Definition { get; } = new() { Descriptor = new(id, "test-" + id.ToLowerInvariant(), "Test rule", "Test finding", "test", Severity.Error), Fix = FixKind.DeleteMatch };

    public void Analyze(RuleContext context)
    {
        foreach (var (span, edits) in find(context.Document.Text))
        {
            context.ReportMessage(span, "Test finding", new Fix("Test fix", edits));
        }
    }
}
