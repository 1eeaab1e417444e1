using ContentLint.Documents;
using ContentLint.Files;
using ContentLint.Text;

namespace ContentLint.Tests.Documents;

public sealed class DocumentTests
{
    [Fact]
    public void Plain_text_title_is_the_first_non_empty_line_and_is_not_a_body_line()
    {
        var document = Document.Parse("\nHeadline here\n\nFirst paragraph.\nStill first.\n\nSecond.");

        Assert.Equal("Headline here", document.Title);
        Assert.Equal(2, document.TitleLine?.Number);
        Assert.DoesNotContain(document.BodyLines, l => l.Number == 2);
        Assert.Equal([(4, 5), (7, 7)], document.Paragraphs.Select(p => (p.FirstLine, p.LastLine)));
    }

    [Fact]
    public void Crlf_and_lf_give_the_same_lines_and_columns()
    {
        var lf = ContentText.From("one\ntwo\nthree");
        var crlf = ContentText.From("one\r\ntwo\r\nthree");

        Assert.Equal(lf.Lines.Select(l => l.Length), crlf.Lines.Select(l => l.Length));
        Assert.Equal(new LineColumn(3, 2), lf.GetLinePosition(lf.Text.IndexOf("hree", StringComparison.Ordinal)));
        Assert.Equal(new LineColumn(3, 2), crlf.GetLinePosition(crlf.Text.IndexOf("hree", StringComparison.Ordinal)));
        Assert.Equal(2, crlf.Lines[0].LineBreakLength);
    }

    [Fact]
    public void A_final_line_break_does_not_add_an_empty_line()
    {
        Assert.Equal(2, ContentText.From("a\nb\n").Lines.Length);
        Assert.Single(ContentText.From("").Lines);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_not_part_of_the_text()
    {
        var article = ArticleReader.Decode([0xEF, 0xBB, 0xBF, (byte)'H', (byte)'i']);

        Assert.Equal("Hi", article.Text);
        Assert.True(article.HasByteOrderMark);
    }

    [Fact]
    public void Invalid_utf8_becomes_replacement_characters_instead_of_an_exception()
    {
        // The valid "é" makes it UTF-8 with one broken byte rather than Windows-1252 (where 0xC3 is "Ã").
        var article = ArticleReader.Decode([0xC3, 0xA9, (byte)' ', (byte)'a', 0xC3, (byte)'b']);

        Assert.Equal("é a\uFFFDb", article.Text);
    }

    [Fact]
    public void Markdown_title_and_language_come_from_front_matter_which_is_not_linted()
    {
        var document = Document.Parse(
            "---\ntitle: \"Solar record\"\nlang: de\n---\n\nBody line.\n",
            new DocumentOptions { Path = "a.md" });

        Assert.Equal(DocumentFormat.Markdown, document.Format);
        Assert.Equal("Solar record", document.Title);
        Assert.Equal("de", document.Language);
        Assert.Equal([5, 6], document.BodyLines.Select(l => l.Number));
    }

    [Fact]
    public void Markdown_toml_front_matter_gives_the_title()
    {
        var document = Document.Parse("+++\ntitle = \"From TOML\"\n+++\nBody.\n", new DocumentOptions { Path = "a.md" });

        Assert.Equal("From TOML", document.Title);
        Assert.Equal([4], document.BodyLines.Select(l => l.Number));
    }

    [Fact]
    public void Markdown_fenced_code_is_not_linted()
    {
        var document = Document.Parse("Intro.\n\n```\ncode line\n```\n~~~~\nmore\n~~~~\nAfter.\n", new DocumentOptions { Path = "a.md", FirstLineIsTitle = false });

        Assert.Equal([1, 2, 9], document.BodyLines.Select(l => l.Number));
    }

    [Fact]
    public void Malformed_front_matter_gives_no_title_and_no_exception()
    {
        var document = Document.Parse("---\ntitle: [unclosed\n---\nBody.\n", new DocumentOptions { Path = "a.md" });

        Assert.Null(document.Title);
    }

    [Fact]
    public void A_given_title_keeps_every_line_in_the_body()
    {
        var document = Document.Parse("First line.\nSecond.", new DocumentOptions { Title = "From a field" });

        Assert.Equal("From a field", document.Title);
        Assert.Null(document.TitleLine);
        Assert.Equal(2, document.BodyLines.Length);
    }
}
