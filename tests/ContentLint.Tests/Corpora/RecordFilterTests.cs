using System.Text;
using ContentLint.Cli;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Corpora;

/// <summary><c>contentlint fix --stdin</c> as a pipeline filter over JSON Lines records.</summary>
public sealed class RecordFilterTests
{
    private const string Junk = "\\n\\nYou May Also Like";

    private sealed record FilterRun(int ExitCode, byte[] Output, string Error)
    {
        public string Text => Encoding.UTF8.GetString(Output);
    }

    private static FilterRun Filter(byte[] input, string? workingDirectory = null, params string[] args)
    {
        using var error = new StringWriter();
        using var output = new MemoryStream();
        var console = new CommandOutput(TextWriter.Null, error, workingDirectory ?? Repository.Root)
        {
            OpenStandardInput = () => new MemoryStream(input),
            OpenStandardOutput = () => new NonClosingStream(output),
        };
        var exitCode = ContentLint.Cli.CommandLine.Run(["fix", "--stdin", .. args], console);
        return new FilterRun(exitCode, output.ToArray(), error.ToString());
    }

    private static FilterRun Filter(string input, params string[] args) => Filter(Encoding.UTF8.GetBytes(input), null, args);

    [Fact]
    public void Only_the_text_value_of_a_fixed_record_changes_and_every_other_byte_stays()
    {
        var input =
            "{ \"meta\" : {\"url\":\"https://x.test/\\u00e9\"},  \"text\":\"Body.\\n\\nYou May Also Like\",\"n\": 1.50e3 ,\"id\":\"a\" }\r\n" +
            "{\"id\":\"b\",\"text\":\"A clean body.\"}   \n" +
            "\n" +
            "{\"id\":\"c\",\"text\":\"Last one." + Junk + "\"}";

        var run = Filter(input);

        Assert.Equal(
            "{ \"meta\" : {\"url\":\"https://x.test/\\u00e9\"},  \"text\":\"Body.\",\"n\": 1.50e3 ,\"id\":\"a\" }\r\n" +
            "{\"id\":\"b\",\"text\":\"A clean body.\"}   \n" +
            "\n" +
            "{\"id\":\"c\",\"text\":\"Last one.\"}",
            run.Text);
        Assert.Contains("Fixed 2 problems in 2 of 3 records; 0 records dropped, 0 records passed through unchanged.", run.Error);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void A_text_escaped_as_ascii_is_written_back_escaped_and_raw_utf8_stays_raw()
    {
        var run = Filter(
            "{\"text\":\"Caf\\u00e9 \\u201cok\\u201d." + Junk + "\"}\n" +
            "{\"text\":\"Café “ok”." + Junk + "\"}\n");

        Assert.Equal("{\"text\":\"Caf\\u00e9 \\u201cok\\u201d.\"}\n{\"text\":\"Café “ok”.\"}\n", run.Text);
    }

    [Fact]
    public void Records_that_cannot_be_read_are_passed_through_unchanged_and_reported()
    {
        var input = "{\"id\":\"a\",\"text\":\"Body." + Junk + "\"}\n{\"id\":\"bad\",\"text\":\"unterminated\n{\"id\":\"t\",\"title\":\"no text\"}\n[1,2]\n";

        var run = Filter(input, "--drop-documents-with", "info");

        Assert.Equal("{\"id\":\"a\",\"text\":\"Body.\"}\n{\"id\":\"bad\",\"text\":\"unterminated\n{\"id\":\"t\",\"title\":\"no text\"}\n[1,2]\n", run.Text);
        Assert.Contains("<stdin>(2): error CL0005: Record cannot be linted: not valid JSON", run.Error);
        Assert.Contains("<stdin>(3): error CL0005: Record cannot be linted: field 'text' must be a string, found nothing [record-malformed] in record 't' (passed through unchanged)", run.Error);
        Assert.Contains("<stdin>(4): error CL0005", run.Error);
        Assert.Contains("3 records passed through unchanged", run.Error);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Records_with_findings_left_at_the_severity_are_dropped()
    {
        // Only the widget heading is fixed; the comment-form heading (an error) stays in the second record.
        var input = "{\"id\":\"a\",\"text\":\"Body." + Junk + "\"}\n{\"id\":\"b\",\"text\":\"Body.\\n\\nGeef een reactie\"}\n{\"id\":\"c\",\"text\":\"Clean body.\"}\n";

        var kept = Filter(input, "--rule", "related-content-widget", "--drop-documents-with", "error");

        Assert.Equal("{\"id\":\"a\",\"text\":\"Body.\"}\n{\"id\":\"c\",\"text\":\"Clean body.\"}\n", kept.Text);
        Assert.Contains("1 record dropped", kept.Error);
        Assert.Equal(0, kept.ExitCode);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("zstd")]
    public void Compressed_records_come_out_compressed_the_same_way(string compression)
    {
        var plain = string.Concat(Enumerable.Range(0, 300).Select(i => $"{{\"id\":\"{i}\",\"text\":\"Record {i}.{(i % 7 == 0 ? Junk : "")}\"}}\n"));
        var compressed = compression == "gzip" ? CorpusFiles.Gzip(plain) : CorpusFiles.Zstandard(plain);

        var run = Filter(compressed, null);

        var output = compression == "gzip" ? CorpusFiles.Gunzip(run.Output) : CorpusFiles.Unzstd(run.Output);
        Assert.Equal(Filter(plain).Text, output);
        Assert.Equal(plain.Replace(Junk, "", StringComparison.Ordinal), output);
    }

    [Fact]
    public void The_last_of_repeated_text_keys_is_the_one_linted_and_fixed()
    {
        var run = Filter("{\"text\":\"First." + Junk + "\",\"text\":\"Second." + Junk + "\"}\n");

        Assert.Equal("{\"text\":\"First." + Junk + "\",\"text\":\"Second.\"}\n", run.Text);
    }

    [Fact]
    public void A_nested_text_field_from_configuration_is_fixed_in_place()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\njsonl:\n  text: body.content\n");

        var run = Filter(Encoding.UTF8.GetBytes("{\"body\":{\"content\":\"Text." + Junk + "\",\"x\":[1]},\"text\":\"You May Also Like\"}\n"), temp.Path);

        Assert.Equal("{\"body\":{\"content\":\"Text.\",\"x\":[1]},\"text\":\"You May Also Like\"}\n", run.Text);
    }

    [Fact]
    public void The_output_keeps_input_order_over_many_parallel_batches()
    {
        var input = string.Concat(Enumerable.Range(0, 500).Select(i => $"{{\"id\":{i},\"text\":\"Record {i} body.{(i % 3 == 0 ? Junk : "")}\"}}\n"));

        var expected = string.Concat(Enumerable.Range(0, 500).Select(i => $"{{\"id\":{i},\"text\":\"Record {i} body.\"}}\n"));
        Assert.Equal(expected, Filter(input).Text);
    }

    /// <summary>Keeps the captured output readable after the command disposes what it was given.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
