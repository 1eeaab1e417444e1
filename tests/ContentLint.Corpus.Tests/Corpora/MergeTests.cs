using System.Text.Json;
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
        return (Report(temp, "whole." + format), Report(temp, "merged." + format));
    }

    /// <summary>A report's bytes; JUnit's run time and start time, which differ from one run to the next, scrubbed.</summary>
    private static byte[] Report(TempFolder temp, string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(temp.Path, name));
        return name.EndsWith(".junit", StringComparison.Ordinal) ? System.Text.Encoding.UTF8.GetBytes(Golden.Scrub(System.Text.Encoding.UTF8.GetString(bytes))) : bytes;
    }

    /// <summary>
    /// Pages of one site whose template lines they share (CL3040), an extract that copies the first page (CL4006),
    /// as files in a folder or as records of one JSON Lines file: the copy and its original in different shards.
    /// </summary>
    private static string WriteSite(TempFolder temp, string corpus)
    {
        (string Name, string Text)[] pages =
        [
            ("bridge", SitePages.Page("Bridge", SitePages.Article("bridge"))),
            ("school", SitePages.Page("School", SitePages.Article("school"))),
            ("pool", SitePages.Page("Pool", SitePages.Article("swimming pool"))),
            ("harbour", SitePages.Page("Harbour", SitePages.Article("harbour"))),
            ("extract", "Bridge\n" + string.Join("\n\n", SitePages.Article("bridge")) + "\n"),
        ];
        if (corpus == "folder")
        {
            foreach (var (name, text) in pages)
            {
                temp.Write($"site/{name}.txt", text);
            }

            return "site";
        }

        temp.Write("site.jsonl", string.Concat(pages.Select(p => JsonSerializer.Serialize(new { id = p.Name, text = p.Text }) + "\n")));
        return "site.jsonl";
    }

    public static TheoryData<string, string> CorpusEvidenceFormats => new()
    {
        { "json", "folder" }, { "sarif", "folder" }, { "jsonl", "folder" }, { "junit", "folder" },
        { "json", "records" }, { "sarif", "records" }, { "jsonl", "records" }, { "junit", "records" },
    };

    [Theory]
    [MemberData(nameof(CorpusEvidenceFormats))]
    public void Shards_count_shared_lines_and_copies_over_the_whole_run_so_their_merged_reports_are_the_whole_runs(string format, string corpus)
    {
        using var temp = new TempFolder();
        var input = WriteSite(temp, corpus);

        var (whole, merged) = WholeAndMerged(temp, input, format, 3);

        var report = System.Text.Encoding.UTF8.GetString(whole);
        Assert.Contains("CL3040", report, StringComparison.Ordinal);
        Assert.Contains("CL4006", report, StringComparison.Ordinal);
        Assert.Equal(report, System.Text.Encoding.UTF8.GetString(merged));
    }

    [Theory]
    [InlineData("folder", 3)]
    [InlineData("records", 2)]
    [InlineData("records", 5)]
    public void Merged_shard_profiles_are_byte_for_byte_the_whole_corpus_profile(string corpus, int count)
    {
        using var temp = new TempFolder();
        var input = WriteSite(temp, corpus);
        Assert.Equal(0, CliRunner.Run(temp.Path, "profile", input, "--output", "whole.profile").ExitCode);
        var shards = new List<string>();
        for (var k = 0; k < count; k++)
        {
            Assert.Equal(0, CliRunner.Run(temp.Path, "profile", input, "--shard", $"{k}/{count}", "--output", $"shard-{k}.profile").ExitCode);
            shards.Add($"shard-{k}.profile");
        }

        var merge = CliRunner.Run(temp.Path, ["merge", "--format", "profile", "--output", "merged.profile", .. shards]);

        Assert.Equal((0, ""), (merge.ExitCode, merge.Error));
        Assert.StartsWith("Wrote merged.profile: 5 documents, 4 counted (copies once)", merge.Output, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(temp.Path, "whole.profile")), File.ReadAllBytes(Path.Combine(temp.Path, "merged.profile")));
    }

    [Fact]
    public void JUnit_shards_of_one_file_with_thousands_of_failing_findings_merge_into_one_case_counting_them_all()
    {
        using var temp = new TempFolder();
        temp.Write("big.jsonl", string.Concat(Enumerable.Range(1, 2_400).Select(i => $"{{\"id\": \"r{i}\", \"text\": \"Story {i}.\\n\\nYou May Also Like\"}}\n")));

        var (whole, merged) = WholeAndMerged(temp, "big.jsonl", "junit", 2);

        var report = System.Text.Encoding.UTF8.GetString(whole);
        Assert.Contains("<failure message=\"2,400 findings at or above error in this file\"", report, StringComparison.Ordinal);
        Assert.Equal(report, System.Text.Encoding.UTF8.GetString(merged));
    }

    [Fact]
    public void A_pruned_shard_profile_is_refused_because_its_counts_are_incomplete()
    {
        using var temp = new TempFolder();
        var input = WriteSite(temp, "folder");

        var run = CliRunner.Run(temp.Path, "profile", input, "--shard", "0/2", "--min-documents", "2");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("prune when merging", run.Error, StringComparison.Ordinal);
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
