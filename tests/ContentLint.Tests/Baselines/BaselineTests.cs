using System.Text.Json;
using ContentLint.Baselines;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Baselines;

/// <summary>Baselines, with a house rule only, so that the built-in pack can grow without changing these tests.</summary>
public sealed class BaselineTests
{
    private const string Junk = "Title\n\nBody.\n\nGesponsord\n\nAdvertentie\n";

    private static readonly string[] HouseRules = ["--no-builtin", "--rules", "my-rules"];

    private static TempFolder WithHouseRule()
    {
        var temp = new TempFolder();
        temp.Write("my-rules/MY3001-sponsored.yaml", "id: MY3001\nname: sponsored\ntitle: Sponsored\nmessage: \"Sponsored label '{match}'\"\nseverity: error\ncategory: house\ndescription: House style.\nkind: phrase\nmatch: whole-line\nphrases: [Gesponsord]\n");
        temp.Write("my-rules/MY3002-advert.yaml", "id: MY3002\nname: advert\ntitle: Advert\nmessage: \"Advert label '{match}'\"\nseverity: error\ncategory: house\ndescription: House style.\nkind: phrase\nmatch: whole-line\nphrases: [Advertentie]\n");
        return temp;
    }

    private static CliRun Run(string folder, params string[] args) => CliRunner.Run(folder, [.. args, .. HouseRules]);

    [Fact]
    public void Baseline_command_writes_entries_by_file_rule_and_text_hash_without_line_numbers()
    {
        using var temp = WithHouseRule();
        temp.Write("articles/a.txt", Junk + "\nGesponsord\n");

        var run = Run(temp.Path, "baseline", "articles");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Wrote .contentlint-baseline.json: 3 finding(s) in 2 entries." + Environment.NewLine, run.Output);
        var text = File.ReadAllText(Path.Combine(temp.Path, Baseline.DefaultFileName));
        using var json = JsonDocument.Parse(text);
        var entries = json.RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal([("articles/a.txt", "MY3001", 2), ("articles/a.txt", "MY3002", 1)], entries.Select(e => (e.GetProperty("file").GetString(), e.GetProperty("rule").GetString(), e.GetProperty("count").GetInt32())));
        Assert.DoesNotContain("line", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Baselined_findings_are_hidden_even_after_edits_elsewhere_and_new_ones_are_reported()
    {
        using var temp = WithHouseRule();
        temp.Write("a.txt", Junk);
        Run(temp.Path, "baseline", "a.txt");

        var unchanged = Run(temp.Path, "a.txt", "--baseline", Baseline.DefaultFileName);
        temp.Write("a.txt", "Title\n\nA new paragraph on top.\n\nMore.\n\n" + Junk[7..] + "\nGesponsord\n");
        var edited = Run(temp.Path, "a.txt", "--baseline", Baseline.DefaultFileName);

        Assert.Equal(0, unchanged.ExitCode);
        Assert.Equal("No problems in 1 file." + Environment.NewLine, unchanged.Output);
        Assert.Equal(1, edited.ExitCode);
        Assert.StartsWith("a.txt(13,1,13,11): error MY3001: Sponsored label 'Gesponsord'", edited.Output);
        Assert.Contains("1 problem (1 error)", edited.Output);
    }

    [Fact]
    public void Entries_that_no_longer_match_are_reported_as_info_and_do_not_fail_the_run()
    {
        using var temp = WithHouseRule();
        temp.Write("a.txt", Junk);
        Run(temp.Path, "baseline", ".");
        temp.Write("a.txt", "Title\n\nBody.\n\nAdvertentie\n");

        var run = Run(temp.Path, ".", "--baseline", Baseline.DefaultFileName);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("a.txt(1,1,1,1): info CL0006: 1 baselined MY3001 finding(s) no longer found in this file; run 'contentlint baseline' to update the baseline [baseline-entry-unmatched]", run.Output);
    }

    [Fact]
    public void A_stale_entry_note_sorts_in_with_the_findings_of_its_file()
    {
        using var temp = WithHouseRule();
        temp.Write("a.txt", Junk);
        Run(temp.Path, "baseline", ".");
        temp.Write("a.txt", "Title\n\nBody.\n\nGesponsord\n\nGesponsord\n");

        var run = Run(temp.Path, "a.txt", "--baseline", Baseline.DefaultFileName);

        Assert.Equal(
            [
                "a.txt(1,1,1,1): info CL0006",
                "a.txt(7,1,7,11): error MY3001",
            ],
            run.Output.Split(Environment.NewLine).Where(l => l.StartsWith("a.txt(", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(':', l.IndexOf(')', StringComparison.Ordinal) + 2)]));
    }

    [Fact]
    public void The_baseline_works_from_another_folder_and_for_json_lines_records()
    {
        using var temp = WithHouseRule();
        temp.Write("data/feed.jsonl", "{\"id\":\"1\",\"title\":\"T\",\"text\":\"Body.\\n\\nGesponsord\"}\n{\"id\":\"2\",\"title\":\"T\",\"text\":\"Clean.\"}\n");
        Run(temp.Path, "baseline", "data", "--output", "ci/baseline.json");
        temp.Write("data/feed.jsonl", "{\"id\":\"0\",\"title\":\"T\",\"text\":\"Clean.\"}\n{\"id\":\"1\",\"title\":\"T\",\"text\":\"Body.\\n\\nGesponsord\"}\n");

        var run = CliRunner.Run(Path.Combine(temp.Path, "data"), "feed.jsonl", "--baseline", "../ci/baseline.json", "--no-builtin", "--rules", "../my-rules");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("No problems in 1 file." + Environment.NewLine, run.Output);
    }

    [Fact]
    public void A_missing_or_invalid_baseline_file_is_a_usage_error()
    {
        using var temp = WithHouseRule();
        temp.Write("a.txt", "Title\n\nBody.\n");
        temp.Write("bad.json", "{\"entries\": 3}");

        Assert.Equal(2, Run(temp.Path, "a.txt", "--baseline", "missing.json").ExitCode);
        var invalid = Run(temp.Path, "a.txt", "--baseline", "bad.json");
        Assert.Equal(2, invalid.ExitCode);
        Assert.Contains("not a ContentLint baseline", invalid.Error);
    }

    [Fact]
    public void A_baseline_named_in_the_configuration_is_written_by_baseline_and_used_by_lint()
    {
        using var temp = WithHouseRule();
        temp.Write(".contentlint.yaml", "root: true\nbaseline: ci/accepted.json\n");
        temp.Write("articles/a.txt", Junk);
        var articles = Path.Combine(temp.Path, "articles");
        var missing = CliRunner.Run(articles, "a.txt", "--no-builtin", "--rules", "../my-rules");

        var written = Run(temp.Path, "baseline", "articles");
        var fromSubFolder = CliRunner.Run(articles, "a.txt", "--no-builtin", "--rules", "../my-rules");
        var overridden = Run(temp.Path, "articles", "--baseline", "none.json");

        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith("contentlint: cannot read the baseline ", missing.Error);
        Assert.Contains("ci/accepted.json: ", missing.Error);
        Assert.Equal("Wrote ci/accepted.json: 2 finding(s) in 2 entries." + Environment.NewLine, written.Output);
        Assert.Equal(0, fromSubFolder.ExitCode);
        Assert.Equal("No problems in 1 file." + Environment.NewLine, fromSubFolder.Output);
        Assert.Equal(2, overridden.ExitCode);
    }
}
