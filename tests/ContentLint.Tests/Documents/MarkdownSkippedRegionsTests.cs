using ContentLint.Documents;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Documents;

public sealed class MarkdownSkippedRegionsTests
{
    private static Document Markdown(string text) => Document.Parse(text, new DocumentOptions { Path = "a.md", FirstLineIsTitle = false });

    [Fact]
    public void Indented_code_after_a_blank_line_is_not_a_body_line()
    {
        var document = Markdown("Intro.\n\n    You May Also Like\n    more code\n\nAfter.\n");

        Assert.Equal([1, 2, 5, 6], document.BodyLines.Select(l => l.Number));
        Assert.Empty(BuiltInPack.Linter.Lint(document));
    }

    [Fact]
    public void Indented_lines_inside_a_list_item_are_still_linted()
    {
        var document = Markdown("- item one\n\n    You May Also Like\n");

        Assert.Contains(3, document.BodyLines.Select(l => l.Number));
        Assert.Contains(BuiltInPack.Linter.Lint(document), d => d.Id == "CL3003");
    }

    [Fact]
    public void Html_comments_are_not_linted_but_positions_stay_those_of_the_file()
    {
        const string text = "Intro.\n\n<!--\nYou May Also Like\n-->\n\nText <!-- Populair --> more.\n\nYou May Also Like\n";
        var diagnostics = BuiltInPack.Linter.Lint(Markdown(text));

        var finding = Assert.Single(diagnostics);
        Assert.Equal("CL3003", finding.Id);
        Assert.Equal(9, finding.Location.Start.Line);
        Assert.Equal(text.LastIndexOf("You May", StringComparison.Ordinal), finding.Span.Start);
    }

    [Fact]
    public void Contentlint_directive_comments_are_not_skipped()
    {
        var document = Markdown("<!-- contentlint-disable CL3003 -->\nText.\n\n<!-- an editor's note -->\n");

        Assert.Single(document.Directives);
        Assert.DoesNotContain(document.IgnoredSpans, s => s.Start == 0);
        Assert.Contains(document.IgnoredSpans, s => document.GetText(s).StartsWith("<!-- an editor", StringComparison.Ordinal));
    }

    [Fact]
    public void Link_urls_are_not_linted_but_link_text_is()
    {
        var document = Markdown("See [the report](https://example.com/WallStreetJournalHet \"Related Posts\") and https://x.org/NewsHet.\n\n[ref]: https://example.com/FooBar\n");

        Assert.Empty(BuiltInPack.Linter.Lint(document).Where(d => d.Id == "CL2001"));
        Assert.Equal([1, 2], document.BodyLines.Select(l => l.Number));
        Assert.True(document.IsIgnored(new Text.TextRange(document.Text.IndexOf("JournalHet", StringComparison.Ordinal), 10)));
        Assert.False(document.IsIgnored(new Text.TextRange(document.Text.IndexOf("the report", StringComparison.Ordinal), 10)));
    }

    [Fact]
    public void A_line_that_ends_with_a_link_is_not_an_image_credit_but_one_that_ends_with_a_credit_still_is()
    {
        var document = Markdown("The council published the plan, see [the report](https://example.org/reports/budget)\n\nRead more [here](/news/local/budget-plan)\n\nThe mayor opened the bridge. (Photo by John Smith/Getty Images)\n");

        var credits = BuiltInPack.Linter.Lint(document).Where(d => d.Id == "CL3017").ToList();

        Assert.Equal([5], credits.Select(d => d.Location.Start.Line));
        Assert.Equal("Image caption or credit: '(Photo by John Smith/Getty Images)'", credits[0].Message);
    }

    [Fact]
    public void A_finding_only_partly_inside_a_url_is_kept()
    {
        var document = Markdown("Body.\n");
        var withUrl = Markdown("Lees ook: [Ander nieuws](https://example.com/a)\n");

        Assert.False(document.IsIgnored(new Text.TextRange(0, 5)));
        Assert.False(withUrl.IsIgnored(new Text.TextRange(0, withUrl.Text.Length - 1)));
    }

    [Fact]
    public void Plain_text_ignores_nothing()
    {
        var document = Document.Parse("Title\n\n    indented\n<!-- x -->\nhttps://example.com/FooBar\n");

        Assert.Empty(document.IgnoredSpans);
        Assert.Equal(4, document.BodyLines.Length);
    }
}
