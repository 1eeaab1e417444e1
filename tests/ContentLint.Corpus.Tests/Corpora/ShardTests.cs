using ContentLint.Benchmarks.Corpus;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Corpora;

/// <summary><c>--shard K/N</c>: N workers of a job array each lint a part, and together every document exactly once.</summary>
public sealed class ShardTests
{
    /// <summary>The per-document lines of a <c>jsonl</c> report, one per document linted.</summary>
    private static string[] Documents(CliRun run) => run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static List<string> AllShards(string folder, int count, params string[] args) =>
        [.. Enumerable.Range(0, count).SelectMany(k => Documents(CliRunner.Run(folder, [.. args, "--format", "jsonl", "--shard", $"{k}/{count}"])))];

    [Fact]
    public void Shards_of_a_folder_cover_every_file_once_and_each_shard_holds_some()
    {
        using var temp = new TempFolder();
        CorpusWriter.WriteMarkdown(new CorpusGenerator(), 80, Path.Combine(temp.Path, "corpus"));

        var whole = Documents(CliRunner.Run(temp.Path, "corpus", "--format", "jsonl"));
        var shards = Enumerable.Range(0, 4).Select(k => Documents(CliRunner.Run(temp.Path, "corpus", "--format", "jsonl", "--shard", $"{k}/4"))).ToList();

        Assert.Equal(80, whole.Length);
        Assert.All(shards, shard => Assert.InRange(shard.Length, 5, 40));
        Assert.Equal(whole.Order(StringComparer.Ordinal), shards.SelectMany(s => s).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(7)]
    public void Shards_of_one_json_lines_file_divide_its_records_in_order(int count)
    {
        using var temp = new TempFolder();
        CorpusWriter.WriteJsonLines(new CorpusGenerator(), 101, Path.Combine(temp.Path, "corpus.jsonl"));

        var whole = Documents(CliRunner.Run(temp.Path, "corpus.jsonl", "--format", "jsonl"));

        Assert.Equal(101, whole.Length);
        Assert.Equal(whole, AllShards(temp.Path, count, "corpus.jsonl"));
    }

    [Fact]
    public void More_shards_than_records_leave_some_shards_empty_and_miss_nothing()
    {
        using var temp = new TempFolder();
        temp.Write("small.jsonl.gz", CorpusFiles.Gzip("{\"id\": \"a\", \"text\": \"One.\\n\\nYou May Also Like\"}\n\n{\"id\": \"b\", \"text\": \"Two.\"}\n"));

        var whole = Documents(CliRunner.Run(temp.Path, "small.jsonl.gz", "--format", "jsonl"));

        Assert.Equal(2, whole.Length);
        Assert.Equal(whole, AllShards(temp.Path, 5, "small.jsonl.gz"));
    }

    [Fact]
    public async Task Shards_of_one_parquet_file_divide_its_rows_across_row_groups()
    {
        using var temp = new TempFolder();
        var rows = Enumerable.Range(1, 2500).Select(i => new CorpusFiles.Row(i, "Headline " + i, "en", i % 300 == 0 ? "Body.\n\nYou May Also Like\n" : "A clean body.")).ToList();
        temp.Write("part.parquet", await CorpusFiles.ParquetAsync(rows, rowGroupSize: 700));

        var whole = Documents(CliRunner.Run(temp.Path, "part.parquet", "--format", "jsonl"));

        Assert.Equal(2500, whole.Length);
        Assert.Equal(whole, AllShards(temp.Path, 3, "part.parquet"));
    }

    [Fact]
    public void An_unreadable_corpus_file_is_reported_by_the_first_shard_only()
    {
        using var temp = new TempFolder();
        temp.Write("fake.parquet", "this is not parquet at all");

        var shards = Enumerable.Range(0, 3).Select(k => CliRunner.Run(temp.Path, "fake.parquet", "--shard", $"{k}/3")).ToList();

        Assert.Contains("fake.parquet(1,1,1,1): error CL0001", shards[0].Output);
        Assert.All(shards.Skip(1), shard => Assert.DoesNotContain("CL0001", shard.Output));
    }

    [Theory]
    [InlineData("4/4")]
    [InlineData("-1/4")]
    [InlineData("1/0")]
    [InlineData("one/4")]
    [InlineData("1")]
    public void A_shard_that_is_not_K_of_N_exits_2(string shard)
    {
        var run = CliRunner.RunInRepository("lint", "seeds", "--shard", shard);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--shard", run.Error);
    }

    [Fact]
    public void Standard_input_cannot_be_sharded()
    {
        var run = CliRunner.RunInRepository("lint", "--stdin", "--shard", "0/2");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("A stream cannot be divided into shards", run.Error);
    }
}
