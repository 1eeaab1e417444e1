using ContentLint.Benchmarks.Corpus;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Corpora;

/// <summary><c>contentlint merge</c>: the shards' reports put together are, byte for byte, what one whole run writes.</summary>
public sealed class MergeTests
{
    public static TheoryData<string, string> Formats => new()
    {
        { "json", "folder" }, { "sarif", "folder" }, { "jsonl", "folder" }, { "junit", "folder" },
        { "json", "records" }, { "sarif", "records" }, { "jsonl", "records" }, { "junit", "records" },
    };

    /// <summary>Lints <paramref name="input"/> whole and in <paramref name="count"/> shards, merges the shards (given last first) and returns both reports' bytes.</summary>
    private static (byte[] Whole, byte[] Merged) WholeAndMerged(TempFolder temp, string input, string format, int count)
    {
        var whole = CliRunner.Run(temp.Path, input, "--format", format, "--output", "whole." + format);
        Assert.Equal(1, whole.ExitCode);
        var shards = new List<string>();
        for (var k = 0; k < count; k++)
        {
            var shard = $"shard-{k}.{format}";
            Assert.NotEqual(2, CliRunner.Run(temp.Path, input, "--format", format, "--shard", $"{k}/{count}", "--output", shard).ExitCode);
            shards.Add(shard);
        }

        shards.Reverse();
        var merge = CliRunner.Run(temp.Path, ["merge", "--format", format, "--output", "merged." + format, .. shards]);
        Assert.Equal((0, ""), (merge.ExitCode, merge.Error));
        return (File.ReadAllBytes(Path.Combine(temp.Path, "whole." + format)), File.ReadAllBytes(Path.Combine(temp.Path, "merged." + format)));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Merged_shard_reports_are_byte_for_byte_the_whole_runs_report(string format, string corpus)
    {
        using var temp = new TempFolder();
        string input;
        if (corpus == "folder")
        {
            CorpusWriter.WriteMarkdown(new CorpusGenerator(), 60, Path.Combine(temp.Path, "corpus"));
            input = "corpus";
        }
        else
        {
            CorpusWriter.WriteJsonLines(new CorpusGenerator(), 300, Path.Combine(temp.Path, "corpus.jsonl"));
            input = "corpus.jsonl";
        }

        var (whole, merged) = WholeAndMerged(temp, input, format, 4);

        Assert.True(whole.Length > 1000);
        Assert.Equal(whole, merged);
    }

    [Fact]
    public void Merged_seeds_report_keeps_every_finding_and_the_summary()
    {
        using var temp = new TempFolder();
        foreach (var seed in Directory.GetFiles(Path.Combine(Repository.Root, "seeds")))
        {
            temp.Write("seeds/" + Path.GetFileName(seed), File.ReadAllBytes(seed));
        }

        var (whole, merged) = WholeAndMerged(temp, "seeds", "json", 3);

        Assert.Equal(whole, merged);
    }

    [Fact]
    public void A_shard_that_is_not_a_report_of_the_format_exits_2_and_names_the_problem()
    {
        using var temp = new TempFolder();
        temp.Write("a.json", "{\"files\": []");

        var run = CliRunner.Run(temp.Path, "merge", "--format", "json", "a.json");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("contentlint: cannot merge the reports: not a json report", run.Error);
    }

    [Fact]
    public void Formats_that_cannot_be_merged_are_refused()
    {
        var run = CliRunner.RunInRepository("merge", "--format", "text", "report.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("text", run.Error);
    }
}
