using System.Text.Json;
using ContentLint.Baselines;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Baselines;

public sealed class BaselineTests
{
    private const string Junk = "Title\n\nBody.\n\nYou May Also Like\n\nGeef een reactie\n";

    [Fact]
    public void Baseline_command_writes_entries_by_file_rule_and_text_hash_without_line_numbers()
    {
        using var temp = new TempFolder();
        temp.Write("articles/a.txt", Junk + "\nYou May Also Like\n");

        var run = CliRunner.Run(temp.Path, "baseline", "articles");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Wrote .contentlint-baseline.json: 3 finding(s) in 2 entries." + Environment.NewLine, run.Output);
        var text = File.ReadAllText(Path.Combine(temp.Path, Baseline.DefaultFileName));
        using var json = JsonDocument.Parse(text);
        var entries = json.RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal([("articles/a.txt", "CL3003", 2), ("articles/a.txt", "CL3006", 1)], entries.Select(e => (e.GetProperty("file").GetString(), e.GetProperty("rule").GetString(), e.GetProperty("count").GetInt32())));
        Assert.DoesNotContain("line", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Baselined_findings_are_hidden_even_after_edits_elsewhere_and_new_ones_are_reported()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", Junk);
        CliRunner.Run(temp.Path, "baseline", "a.txt");

        var unchanged = CliRunner.Run(temp.Path, "a.txt", "--baseline", Baseline.DefaultFileName);
        temp.Write("a.txt", "Title\n\nA new paragraph on top.\n\nMore.\n\n" + Junk[7..] + "\nRelated Posts\n");
        var edited = CliRunner.Run(temp.Path, "a.txt", "--baseline", Baseline.DefaultFileName);

        Assert.Equal(0, unchanged.ExitCode);
        Assert.Equal("No problems in 1 file." + Environment.NewLine, unchanged.Output);
        Assert.Equal(1, edited.ExitCode);
        Assert.StartsWith("a.txt(13,1,13,14): error CL3003: Related-content widget heading 'Related Posts'", edited.Output);
        Assert.Contains("1 problem (1 error)", edited.Output);
    }

    [Fact]
    public void Entries_that_no_longer_match_are_reported_as_info_and_do_not_fail_the_run()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", Junk);
        CliRunner.Run(temp.Path, "baseline", ".");
        temp.Write("a.txt", "Title\n\nBody.\n\nGeef een reactie\n");

        var run = CliRunner.Run(temp.Path, ".", "--baseline", Baseline.DefaultFileName);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("a.txt(1,1,1,1): info CL0005: 1 baselined CL3003 finding(s) no longer found in this file; run 'contentlint baseline' to update the baseline [baseline-entry-unmatched]", run.Output);
    }

    [Fact]
    public void The_baseline_works_from_another_folder_and_for_json_lines_records()
    {
        using var temp = new TempFolder();
        temp.Write("data/feed.jsonl", "{\"id\":\"1\",\"title\":\"T\",\"text\":\"Body.\\n\\nYou May Also Like\"}\n{\"id\":\"2\",\"title\":\"T\",\"text\":\"Clean.\"}\n");
        CliRunner.Run(temp.Path, "baseline", "data", "--output", "ci/baseline.json");
        temp.Write("data/feed.jsonl", "{\"id\":\"0\",\"title\":\"T\",\"text\":\"Clean.\"}\n{\"id\":\"1\",\"title\":\"T\",\"text\":\"Body.\\n\\nYou May Also Like\"}\n");

        var run = CliRunner.Run(Path.Combine(temp.Path, "data"), "feed.jsonl", "--baseline", "../ci/baseline.json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("No problems in 1 file." + Environment.NewLine, run.Output);
    }

    [Fact]
    public void A_missing_or_invalid_baseline_file_is_a_usage_error()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", "Title\n\nBody.\n");
        temp.Write("bad.json", "{\"entries\": 3}");

        Assert.Equal(2, CliRunner.Run(temp.Path, "a.txt", "--baseline", "missing.json").ExitCode);
        var invalid = CliRunner.Run(temp.Path, "a.txt", "--baseline", "bad.json");
        Assert.Equal(2, invalid.ExitCode);
        Assert.Contains("not a ContentLint baseline", invalid.Error);
    }
}
