using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Commands;

public sealed class FixCommandTests
{
    private const string Junked = "Headline of the day\n\nBody text by the TimesThe company.\n\nPopulair\n\nMore body text.\n\nLeave a Reply\n";
    private const string Fixed = "Headline of the day\n\nBody text by the TimesThe company.\n\nMore body text.\n";

    [Fact]
    public void Fix_rewrites_the_file_and_lists_what_remains()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", Junked);

        var run = CliRunner.Run(temp.Path, "fix", "a.txt");

        Assert.Equal(Fixed, File.ReadAllText(Path.Combine(temp.Path, "a.txt")));
        Assert.Equal(
            "a.txt: fixed 2 problems\n"
            + "Fixed 2 problems in 1 of 1 file.\n"
            + "a.txt(3,18,3,26): warning CL2001: Link text glued to the next word: 'TimesThe' [glued-link-text]\n"
            + "1 problem (1 warning) in 1 of 1 file.\n",
            run.Output.ReplaceLineEndings("\n"));
        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var path = temp.Write("a.txt", Junked);
        var stamp = File.GetLastWriteTimeUtc(path);

        var run = CliRunner.Run(temp.Path, "fix", "--dry-run", "a.txt");

        Assert.Equal(Junked, File.ReadAllText(path));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
        Assert.Equal(
            "--- a/a.txt\n+++ b/a.txt\n@@ -2,8 +2,4 @@\n \n Body text by the TimesThe company.\n \n-Populair\n-\n More body text.\n-\n-Leave a Reply\n",
            run.Output);
        Assert.Equal(
            "Would fix 2 problems in 1 of 1 file; nothing was written.\nLeft after fixing: 1 problem (1 warning) in 1 of 1 file.\n",
            run.Error.ReplaceLineEndings("\n"));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void What_remains_at_or_above_the_fail_level_makes_the_exit_code_1()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", Junked);

        Assert.Equal(1, CliRunner.Run(temp.Path, "fix", "--dry-run", "--fail-level", "warning", "a.txt").ExitCode);
        Assert.Equal(0, CliRunner.Run(temp.Path, "fix", "--dry-run", "a.txt").ExitCode);
        Assert.Equal(1, CliRunner.Run(temp.Path, "fix", "--dry-run", "--rule", "navigation-label", "a.txt").ExitCode);
    }

    [Fact]
    public void Rule_option_applies_only_the_named_rules_fixes()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", Junked);

        var run = CliRunner.Run(temp.Path, "fix", "--rule", "CL3001", "a.txt");

        Assert.Equal("Headline of the day\n\nBody text by the TimesThe company.\n\nMore body text.\n\nLeave a Reply\n", File.ReadAllText(Path.Combine(temp.Path, "a.txt")));
        Assert.Contains("error CL3006: Comment form heading 'Leave a Reply'", run.Output, StringComparison.Ordinal);
        Assert.Equal(1, run.ExitCode);
    }

    [Theory]
    [InlineData("CL9999", "no rule has the id or name 'CL9999'")]
    [InlineData("glued-link-text", "rule CL2001 (glued-link-text) offers no fix")]
    public void Rule_option_naming_an_unknown_or_unfixable_rule_exits_2(string rule, string message)
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", Junked);

        var run = CliRunner.Run(temp.Path, "fix", "--rule", rule, "a.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Equal(Junked, File.ReadAllText(Path.Combine(temp.Path, "a.txt")));
    }

    [Fact]
    public void Missing_path_exits_2()
    {
        using var temp = new TempFolder();

        var run = CliRunner.Run(temp.Path, "fix", "missing.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file or folder: missing.txt", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_rewritten_exactly_is_reported_and_exits_2()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "bad.txt");
        byte[] bytes = [.. "Headline\n\nBody "u8.ToArray(), 0xFF, .. " text.\n\nPopulair\n"u8.ToArray()];
        File.WriteAllBytes(path, bytes);
        temp.Write("good.txt", Junked);

        var run = CliRunner.Run(temp.Path, "fix", ".");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.txt was not fixed: the file is not valid UTF-8", run.Error, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Equal(Fixed, File.ReadAllText(Path.Combine(temp.Path, "good.txt")));
        Assert.Contains("bad.txt(5,1,5,9): warning CL3001", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_written_is_reported_with_its_findings_and_exits_2()
    {
        using var temp = new TempFolder();
        var path = temp.Write("a.txt", Junked);
        var before = File.ReadAllBytes(path);
        File.SetAttributes(path, FileAttributes.ReadOnly);

        var run = CliRunner.Run(temp.Path, "fix", "a.txt");

        File.SetAttributes(path, FileAttributes.Normal);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("a.txt was not fixed (the file is unchanged): The file is read-only.", run.Error, StringComparison.Ordinal);
        Assert.Equal(Junked, File.ReadAllText(path));
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Contains("Fixed 0 problems in 0 of 1 file.", run.Output, StringComparison.Ordinal);
        Assert.Contains("a.txt(5,1,5,9): warning CL3001", run.Output, StringComparison.Ordinal);
        Assert.Equal(["a.txt"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_rule_the_configuration_turns_off_is_not_fixed()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "rules:\n  navigation-label: off\n");
        temp.Write("a.txt", Junked);

        CliRunner.Run(temp.Path, "fix", "a.txt");

        Assert.Equal("Headline of the day\n\nBody text by the TimesThe company.\n\nPopulair\n\nMore body text.\n", File.ReadAllText(Path.Combine(temp.Path, "a.txt")));
    }

    [Fact]
    public void A_suppressed_line_is_not_fixed()
    {
        using var temp = new TempFolder();
        const string Article = "# Headline of the day\n\nBody text.\n\n<!-- contentlint-disable-next-line navigation-label -- the paper's own section name -->\nPopulair\n\nMore body text.\n\nMeistgelesen\n";
        temp.Write("a.md", Article);

        var run = CliRunner.Run(temp.Path, "fix", "a.md");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Article.Replace("\n\nMeistgelesen\n", "\n", StringComparison.Ordinal), File.ReadAllText(Path.Combine(temp.Path, "a.md")));
    }

    [Fact]
    public void Rules_from_a_folder_fix_too()
    {
        using var temp = new TempFolder();
        temp.Write("my-rules/MY3001-sponsored.yaml", "id: MY3001\nname: sponsored\ntitle: Sponsored\nmessage: \"Sponsored label '{match}'\"\nseverity: error\ncategory: house\ndescription: House style.\nkind: phrase\nmatch: whole-line\nphrases: [Gesponsord]\nfix: delete-line\n");
        temp.Write("a.txt", "Headline\n\nText.\n\nGesponsord\n");

        var run = CliRunner.Run(temp.Path, "fix", "a.txt", "--rules", "my-rules", "--no-builtin");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Headline\n\nText.\n", File.ReadAllText(Path.Combine(temp.Path, "a.txt")));
    }

    [Fact]
    public void Fix_says_so_when_fixes_did_not_settle_within_the_pass_limit()
    {
        // Each pass of the entity fix uncovers the next level of escaping.
        using var temp = new TempFolder();
        temp.Write("a.txt", "Title\n\nDeep &amp;" + string.Concat(Enumerable.Repeat("amp;", 12)) + " end.\n");

        var first = CliRunner.Run(temp.Path, "fix", "a.txt");
        var second = CliRunner.Run(temp.Path, "fix", "a.txt");

        Assert.Contains("contentlint: a.txt: fixes did not settle after 10 passes; run 'contentlint fix' again to go on.", first.Error);
        Assert.DoesNotContain("did not settle", second.Error);
        Assert.Equal("Title\n\nDeep & end.\n", File.ReadAllText(Path.Combine(temp.Path, "a.txt")));
    }
}
