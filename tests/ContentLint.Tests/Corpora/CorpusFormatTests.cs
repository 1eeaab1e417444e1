using System.Text;
using ContentLint.Cli;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Corpora;

/// <summary>Corpora as data teams keep them: gzip- and Zstandard-compressed JSON Lines, and Parquet.</summary>
public sealed class CorpusFormatTests
{
    private const string Corpus =
        "{\"id\": \"a1\", \"title\": \"Council approves budget\", \"lang\": \"en\", \"text\": \"The council approved the budget on Tuesday.\\n\\nYou May Also Like\\n\\nIt takes effect in March.\"}\n" +
        "{\"id\": \"a2\", \"title\": \"Clean record\", \"text\": \"Nothing to see here.\\nJust a plain article body.\"}\n" +
        "{\"id\": \"bad\", \"text\": \"unterminated\n" +
        "{\"id\": 7, \"title\": \"Fietsbrug open\", \"lang\": \"nl\", \"text\": \"De nieuwe fietsbrug is open.\\n\\nGeef een reactie\\n\\nHet e-mailadres wordt niet gepubliceerd.\"}\n";

    private static CliRun RunWithInput(byte[] input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CommandOutput(output, error, Repository.Root) { OpenStandardInput = () => new MemoryStream(input) };
        var exitCode = ContentLint.Cli.CommandLine.Run(args, console);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The report lines without the path before the record's line, which differs by file name.</summary>
    private static string[] Findings(string output, string path) =>
        [.. output.Split('\n').Where(l => l.StartsWith(path + "(", StringComparison.Ordinal)).Select(l => l[path.Length..])];

    [Fact]
    public void Gzip_and_zstandard_json_lines_report_what_the_plain_corpus_reports()
    {
        using var temp = new TempFolder();
        temp.Write("plain/corpus.jsonl", Corpus);
        temp.Write("gz/corpus.jsonl.gz", CorpusFiles.Gzip(Corpus));
        temp.Write("zst/corpus.jsonl.zst", CorpusFiles.Zstandard(Corpus));

        var plain = CliRunner.Run(temp.Path, "plain");
        var gzip = CliRunner.Run(temp.Path, "gz");
        var zstd = CliRunner.Run(temp.Path, "zst");

        var expected = Findings(plain.Output, "plain/corpus.jsonl");
        Assert.Equal(4, expected.Length);
        Assert.Contains(expected, l => l.StartsWith("(3): error CL0005", StringComparison.Ordinal));
        Assert.Equal(expected, Findings(gzip.Output, "gz/corpus.jsonl.gz"));
        Assert.Equal(expected, Findings(zstd.Output, "zst/corpus.jsonl.zst"));
        Assert.Equal((1, 1), (gzip.ExitCode, zstd.ExitCode));
    }

    [Fact]
    public void Compression_is_recognised_from_the_bytes_on_standard_input_and_in_a_misnamed_file()
    {
        using var temp = new TempFolder();
        temp.Write("misnamed.jsonl", CorpusFiles.Zstandard(Corpus));

        var fromStdin = RunWithInput(CorpusFiles.Gzip(Corpus), "--stdin", "--jsonl");
        var misnamed = CliRunner.Run(temp.Path, "misnamed.jsonl");

        var plain = Findings(RunWithInput(Encoding.UTF8.GetBytes(Corpus), "--stdin", "--jsonl").Output, "<stdin>");
        Assert.Equal(4, plain.Length);
        Assert.Equal(plain, Findings(fromStdin.Output, "<stdin>"));
        Assert.Equal(plain, Findings(misnamed.Output, "misnamed.jsonl"));
    }

    [Fact]
    public void A_damaged_gzip_corpus_is_an_unreadable_file_and_the_run_goes_on()
    {
        using var temp = new TempFolder();
        var gzip = CorpusFiles.Gzip(string.Concat(Enumerable.Range(0, 2000).Select(i => $"{{\"id\": \"{i}\", \"text\": \"Record {i * 7919} of the corpus.\"}}\n")));
        for (var i = 100; i < 160; i++)
        {
            gzip[i] ^= 0x55;
        }

        temp.Write("a/broken.jsonl.gz", gzip);
        temp.Write("b/junk.txt", "Title\n\nYou May Also Like\n");

        var run = CliRunner.Run(temp.Path, ".");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("a/broken.jsonl.gz(1,1,1,1): error CL0001: Cannot read the file: the compressed data is damaged", run.Output);
        Assert.Contains("b/junk.txt(3,1,3,18): error CL3003", run.Output);
    }

    [Fact]
    public void A_gzip_corpus_cut_short_reports_the_record_it_ends_in()
    {
        using var temp = new TempFolder();
        var records = string.Concat(Enumerable.Range(0, 3000).Select(i => $"{{\"id\": \"{i}\", \"text\": \"Record {i * 7919 % 10007} of {i * 104729 % 1009} in the corpus.\"}}\n"));
        var gzip = CorpusFiles.Gzip(records);
        temp.Write("cut.jsonl.gz", gzip[..(gzip.Length * 2 / 3)]);

        var run = CliRunner.Run(temp.Path, "cut.jsonl.gz");

        Assert.Matches(@"^cut\.jsonl\.gz\(\d+\): error CL0005: Record cannot be linted: not valid JSON", run.Output);
    }

    [Fact]
    public async Task Parquet_rows_are_documents_with_the_json_lines_field_mapping_and_row_numbers()
    {
        using var temp = new TempFolder();
        var rows = Enumerable.Range(1, 2500).Select(i => new CorpusFiles.Row(i, "Headline " + i, "en", i % 1000 == 0 ? "Body of article.\n\nYou May Also Like\n" : "A clean article body.", "https://example.test/" + i)).ToList();
        rows[1] = rows[1] with { Text = null };
        temp.Write("data/part-0.parquet", await CorpusFiles.ParquetAsync(rows, rowGroupSize: 1000));
        // The generated rows are copies of one another: the corpus rules are not what this reads.
        temp.Write(".contentlint.yaml", "root: true\nrules:\n  CL4006: off\n  CL3040: off\n");

        var run = CliRunner.Run(temp.Path, "data");

        Assert.Equal(
            [
                "data/part-0.parquet(2): error CL0005: Record cannot be linted: field 'text' must be a string, found null [record-malformed] in record '2'",
                "data/part-0.parquet(1000): error CL3003: Related-content widget heading 'You May Also Like' [related-content-widget] in record '1000' at text(3,1,3,18) (safe fix)",
                "data/part-0.parquet(2000): error CL3003: Related-content widget heading 'You May Also Like' [related-content-widget] in record '2000' at text(3,1,3,18) (safe fix)",
            ],
            run.Output.Split('\n').Where(l => l.StartsWith("data/", StringComparison.Ordinal)).Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public async Task Parquet_fields_are_mapped_by_configuration_and_nested_names_reach_into_struct_columns()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\njsonl:\n  text: title\n  id: meta.url\n");
        temp.Write("corpus.parquet", await CorpusFiles.ParquetAsync([new(1, "You May Also Like", "en", "Body.", "https://example.test/a")]));

        var run = CliRunner.Run(temp.Path, "corpus.parquet");

        Assert.Equal("corpus.parquet(1): error CL3003: Related-content widget heading 'You May Also Like' [related-content-widget] in record 'https://example.test/a' at title(1,1,1,18) (safe fix)", run.Output.Split('\n')[0].TrimEnd('\r'));
    }

    [Fact]
    public async Task Parquet_on_standard_input_is_recognised_from_its_bytes()
    {
        var bytes = await CorpusFiles.ParquetAsync([new(1, "T", "en", "Body.\n\nYou May Also Like\n")]);

        var run = RunWithInput(bytes, "--stdin", "--jsonl");

        Assert.StartsWith("<stdin>(1): error CL3003:", run.Output);
    }

    [Fact]
    public void A_file_named_parquet_that_is_not_one_is_an_unreadable_file_and_the_run_goes_on()
    {
        using var temp = new TempFolder();
        temp.Write("fake.parquet", "this is not parquet at all");
        temp.Write("other.txt", "Title\n\nYou May Also Like\n");

        var run = CliRunner.Run(temp.Path, ".");

        Assert.Contains("fake.parquet(1,1,1,1): error CL0001: Cannot read the file: not a parquet file", run.Output);
        Assert.Contains("other.txt(3,1,3,18): error CL3003", run.Output);
    }
}
