using System.Text;
using ContentLint.Files;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Files;

public sealed class JsonLinesReaderTests
{
    private static List<JsonLinesRecord> Read(string text, JsonLinesOptions? options = null) =>
        [.. JsonLinesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), options)];

    [Fact]
    public void Each_line_is_a_record_with_its_line_number_and_blank_lines_are_skipped()
    {
        var records = Read("{\"id\":\"a\",\"text\":\"one\"}\n\n  \n{\"id\":2,\"text\":\"two\",\"title\":\"T\",\"lang\":\"nl\"}");

        Assert.Equal([(1, "a", "one"), (4, "2", "two")], records.Select(r => (r.Line, r.Id, r.Text)));
        Assert.Equal(("T", "nl"), (records[1].Title, records[1].Language));
    }

    [Fact]
    public void A_malformed_record_is_reported_and_reading_goes_on()
    {
        var records = Read("{\"text\": \"ok\"}\n{\"text\": \"unterminated\n[1,2]\n{\"id\":\"x\",\"text\":5}\n{\"text\": \"after\"}\n");

        Assert.Equal([null, "not valid JSON", "a record must be a JSON object, found an array", "field 'text' must be a string, found a number", null], records.Select(r => r.Error is { } e && e.StartsWith("not valid JSON", StringComparison.Ordinal) ? "not valid JSON" : r.Error));
        Assert.Equal("after", records[^1].Text);
        Assert.Equal("x", records[3].Id);
    }

    [Fact]
    public void Field_mapping_chooses_the_fields_and_dots_reach_into_nested_objects()
    {
        var options = new JsonLinesOptions { TextField = "body", TitleField = "headline", IdField = "meta.url", LanguageField = "meta.lang" };

        var record = Assert.Single(Read("{\"body\":\"b\",\"headline\":\"h\",\"meta\":{\"url\":\"https://x\",\"lang\":\"de\"}}", options));

        Assert.Equal(("b", "h", "https://x", "de"), (record.Text, record.Title, record.Id, record.Language));
    }

    [Fact]
    public void Crlf_line_ends_a_byte_order_mark_and_lines_longer_than_the_read_buffer_are_read()
    {
        var longText = new string('x', 200_000);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($"{{\"text\":\"a\"}}\r\n{{\"text\":\"{longText}\"}}\r\n")).ToArray();

        var records = JsonLinesReader.Read(new MemoryStream(bytes)).ToList();

        Assert.Equal(["a", longText], records.Select(r => r.Text));
        Assert.All(records, r => Assert.Null(r.Error));
    }

    [Fact]
    public void Jsonl_files_found_in_folders_and_the_jsonl_option_reads_any_file_as_records()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.jsonl", "{\"id\":\"r1\",\"title\":\"T\",\"text\":\"Body.\\n\\nYou May Also Like\"}\n");
        temp.Write("export.txt", "{\"id\":\"r2\",\"title\":\"T\",\"text\":\"Body.\\n\\nYou May Also Like\"}\n");

        var folder = CliRunner.Run(temp.Path, "corpus");
        var forced = CliRunner.Run(temp.Path, "export.txt", "--jsonl");

        Assert.StartsWith("corpus/a.jsonl(1): error CL3003: Related-content widget heading 'You May Also Like' [related-content-widget] in record 'r1' at text(3,1,3,18)", folder.Output);
        Assert.StartsWith("export.txt(1): error CL3003:", forced.Output);
    }

    [Fact]
    public void Markdown_format_for_the_text_field_skips_code_in_records()
    {
        var options = new JsonLinesOptions { Format = ContentLint.Documents.DocumentFormat.Markdown };
        var linter = new LinterBuilder().AddBuiltInRules().Build();
        var source = ArticleSource.ReadStream(new MemoryStream(Encoding.UTF8.GetBytes("{\"title\":\"T\",\"text\":\"Body.\\n\\n    You May Also Like\\n\"}\n")), "a.jsonl", options).Single();

        Assert.Empty(linter.Lint(source));
    }
}
