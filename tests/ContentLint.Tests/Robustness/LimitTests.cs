using System.Text;
using ContentLint.Configuration;
using ContentLint.Fixing;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Robustness;

/// <summary><c>max-file-size</c> and <c>max-findings-per-rule</c>: what is too big to lint is skipped with a finding, what is too many to list is counted.</summary>
public sealed class LimitTests
{
    private const string Junk = "You May Also Like";

    private static string JunkLines(int count) => "Title\n\nBody.\n" + string.Concat(Enumerable.Repeat($"\n{Junk}\n", count));

    [Fact]
    public void A_file_over_max_file_size_is_skipped_with_an_info_finding_and_the_other_files_are_linted()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\nmax-file-size: 1KB\n");
        temp.Write("big.txt", JunkLines(100));
        temp.Write("small.txt", JunkLines(1));

        var run = CliRunner.Run(temp.Path, ".");

        Assert.Equal(1, run.ExitCode);
        var findings = run.Output.Split('\n').Where(line => line.Contains(" CL", StringComparison.Ordinal)).ToList();
        Assert.Equal("big.txt(1,1,1,1): info CL0009: File skipped: 1,913 bytes is more than max-file-size (1,024 bytes) [file-too-large]", findings[0]);
        Assert.StartsWith("small.txt(5,1,5,18): error CL3003", findings[1], StringComparison.Ordinal);
        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public void The_library_reads_whole_files_within_the_linters_max_file_size_as_lint_file_does()
    {
        using var temp = new TempFolder();
        var path = temp.Write("big.txt", JunkLines(100));
        var linter = new LinterBuilder().AddBuiltInRules().SetMaxFileSize(1024).Build();

        var skipped = Assert.Single(linter.LintSourceFile(path, "big.txt").Diagnostics);

        Assert.Equal("CL0009", skipped.Id);
        Assert.Equal(linter.LintFile(path, "big.txt").Diagnostics.AsEnumerable(), linter.LintSourceFile(path, "big.txt").Diagnostics.AsEnumerable());
    }

    [Fact]
    public void A_file_over_the_default_max_file_size_of_10_MiB_is_skipped()
    {
        using var temp = new TempFolder();
        var path = temp.Write("dump.txt", new string('x', (10 * 1024 * 1024) + 1));

        var finding = Assert.Single(BuiltInPack.Linter.LintFile(path, "dump.txt").Diagnostics);

        Assert.Equal("File skipped: 10,485,761 bytes is more than max-file-size (10,485,760 bytes)", finding.Message);
    }

    [Fact]
    public void Standard_input_over_max_file_size_is_skipped_too()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\nmax-file-size: 100\n");
        using var output = new StringWriter();
        var console = new ContentLint.Cli.CommandOutput(output, TextWriter.Null, temp.Path) { OpenStandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(JunkLines(10))) };

        var exitCode = ContentLint.Cli.CommandLine.Run(["--stdin", "--stdin-filename", "in.txt"], console);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("in.txt(1,1,1,1): info CL0009: File skipped: 203 bytes is more than max-file-size (100 bytes)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void For_json_lines_max_file_size_bounds_each_record_and_the_other_records_are_linted()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\nmax-file-size: 200\n");
        temp.Write("corpus.jsonl", $"{{\"id\":\"big\",\"text\":\"{JunkLines(20).Replace("\n", "\\n", StringComparison.Ordinal)}\"}}\n{{\"id\":\"small\",\"text\":\"{JunkLines(1).Replace("\n", "\\n", StringComparison.Ordinal)}\"}}\n");

        var run = CliRunner.Run(temp.Path, "corpus.jsonl");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("corpus.jsonl(1): info CL0009: Record skipped: 393 bytes is more than max-file-size (200 bytes) [file-too-large] in record 'big'", run.Output, StringComparison.Ordinal);
        Assert.Contains("corpus.jsonl(2): error CL3003: Related-content widget heading 'You May Also Like' [related-content-widget] in record 'small' at text(5,1,5,18)", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10 parsecs")]
    [InlineData("0")]
    [InlineData("3GB")]
    public void A_max_file_size_that_is_not_a_size_is_refused_with_its_position(string value)
    {
        using var temp = new TempFolder();
        var path = temp.Write(".contentlint.yaml", $"root: true\nmax-file-size: {value}\n");

        var error = Assert.Single(Assert.Throws<ConfigurationException>(() => ContentLintConfig.Load(path)).Errors);

        Assert.Equal(new SourceLocation(path, 2, 16), error.Location);
        Assert.Equal("'max-file-size' must be a size from 1 byte to 2GB: a number of bytes, or a number with KB, MB or GB (such as 10MB).", error.Message);
    }

    [Theory]
    [InlineData("2048", 2048L)]
    [InlineData("64KB", 64L * 1024)]
    [InlineData("10 MB", 10L * 1024 * 1024)]
    [InlineData("1GB", 1024L * 1024 * 1024)]
    public void Max_file_size_is_bytes_or_a_number_with_a_unit_counted_in_1024s(string value, long bytes)
    {
        using var temp = new TempFolder();
        var path = temp.Write(".contentlint.yaml", $"root: true\nmax-file-size: {value}\n");

        Assert.Equal(bytes, ContentLintConfig.Load(path).MaxFileSize);
        Assert.Equal(bytes, new ConfigResolver().LinterFor(Path.Combine(temp.Path, "a.txt")).ReadOptions.MaxFileSize);
    }

    [Fact]
    public void Findings_past_max_findings_per_rule_are_counted_in_one_summary_finding_at_the_first_left_out()
    {
        var linter = new LinterBuilder().AddBuiltInRules().SetMaxFindingsPerRule(3).Build();

        var findings = linter.Lint(JunkLines(5), new ContentLint.Documents.DocumentOptions { Path = "a.txt" });

        Assert.Equal(
            [
                "a.txt(5,1,5,18): error CL3003: Related-content widget heading 'You May Also Like' [related-content-widget]",
                "a.txt(7,1,7,18): error CL3003: Related-content widget heading 'You May Also Like' [related-content-widget]",
                "a.txt(9,1,9,18): error CL3003: Related-content widget heading 'You May Also Like' [related-content-widget]",
                "a.txt(11,1,11,1): info CL0010: 2 more CL3003 finding(s) in this document are not listed (max-findings-per-rule: 3) [findings-limited]",
            ],
            findings.Where(d => d.Id is "CL3003" or "CL0010").Select(d => d.ToString()));
    }

    [Fact]
    public void The_default_max_findings_per_rule_lists_100_findings_of_a_rule_per_file()
    {
        var findings = BuiltInPack.Linter.Lint(JunkLines(150));

        Assert.Equal(100, findings.Count(d => d.Id == "CL3003"));
        Assert.Equal("50 more CL3003 finding(s) in this document are not listed (max-findings-per-rule: 100)", Assert.Single(findings, d => d.Id == "CL0010").Message);
    }

    [Fact]
    public void A_rule_with_its_own_max_findings_keeps_it_and_configuration_can_change_it_per_rule()
    {
        using var temp = new TempFolder();
        temp.Write("my-rules/MY3001-widget.yaml", "id: MY3001\nname: widget\ntitle: t\nmessage: m\nseverity: error\ncategory: house\ndescription: d\nkind: phrase\nphrases: [You May Also Like]\nscope: line\nmax-findings: 4\n");
        temp.Write(".contentlint.yaml", "root: true\nextends: [./my-rules]\nmax-findings-per-rule: 2\n");
        temp.Write("sub/.contentlint.yaml", "rules:\n  widget:\n    max-findings: 1\n");
        temp.Write("a.txt", JunkLines(6));
        temp.Write("sub/b.txt", JunkLines(6));

        var run = CliRunner.Run(temp.Path, ".");

        Assert.Equal(4, run.Output.Split('\n').Count(line => line.StartsWith("a.txt(", StringComparison.Ordinal) && line.Contains("error MY3001", StringComparison.Ordinal)));
        Assert.Contains("a.txt(13,1,13,1): info CL0010: 2 more MY3001 finding(s) in this document are not listed (max-findings: 4) [findings-limited]", run.Output, StringComparison.Ordinal);
        Assert.Contains("sub/b.txt(7,1,7,1): info CL0010: 5 more MY3001 finding(s) in this document are not listed (max-findings: 1) [findings-limited]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void CL3040_A_page_dump_lists_more_than_100_shared_lines()
    {
        using var temp = new TempFolder();
        var menu = string.Join("\n", Enumerable.Range(0, 150).Select(i => $"Menu entry {new string((char)('a' + (i % 26)), 1 + (i / 26))} of the site"));
        temp.Write("a.txt", $"Bridge\n{menu}\nThe bridge opens in May.\n");
        temp.Write("b.txt", $"School\n{menu}\nThe school closes in June.\n");

        var run = CliRunner.Run(temp.Path, ".");

        Assert.Equal(150, run.Output.Split('\n').Count(line => line.StartsWith("a.txt(", StringComparison.Ordinal) && line.Contains("CL3040", StringComparison.Ordinal)));
        Assert.DoesNotContain("CL0010", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_findings_per_rule_from_configuration_applies_to_each_json_lines_record()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\nmax-findings-per-rule: 1\n");
        var record = JunkLines(3).Replace("\n", "\\n", StringComparison.Ordinal);
        temp.Write("corpus.jsonl", $"{{\"id\":\"a\",\"text\":\"{record}\"}}\n{{\"id\":\"b\",\"text\":\"{record}\"}}\n");

        var run = CliRunner.Run(temp.Path, "corpus.jsonl");

        Assert.Equal(2, run.Output.Split('\n').Count(line => line.Contains("error CL3003", StringComparison.Ordinal)));
        Assert.Contains("corpus.jsonl(1): info CL0010: 2 more CL3003 finding(s) in this document are not listed (max-findings-per-rule: 1) [findings-limited] in record 'a' at text(7,1,7,1)", run.Output, StringComparison.Ordinal);
        Assert.Contains("corpus.jsonl(2): info CL0010: 2 more CL3003 finding(s) in this document are not listed (max-findings-per-rule: 1) [findings-limited] in record 'b' at text(7,1,7,1)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_max_findings_per_rule_below_1_is_refused_with_its_position()
    {
        using var temp = new TempFolder();
        var path = temp.Write(".contentlint.yaml", "root: true\nmax-findings-per-rule: 0\n");

        var error = Assert.Single(Assert.Throws<ConfigurationException>(() => ContentLintConfig.Load(path)).Errors);

        Assert.Equal(new SourceLocation(path, 2, 24), error.Location);
    }

    [Fact]
    public void Fix_removes_every_finding_even_those_past_the_listing_limit()
    {
        var linter = new LinterBuilder().AddBuiltInRules().SetMaxFindingsPerRule(2).Build();

        var result = new Fixer(linter).Fix(JunkLines(10));

        Assert.Equal("Title\n\nBody.\n", result.Text);
        Assert.Equal(10, result.Applied.Count(applied => applied.Finding.Id == "CL3003"));
    }

    [Fact]
    public void The_init_starter_shows_the_reading_settings_with_their_defaults()
    {
        using var temp = new TempFolder();
        var starter = ContentLint.Cli.Commands.InitCommand.Starter;
        var uncommented = string.Join('\n', starter.Split('\n').Select(line => line.StartsWith("# encoding:", StringComparison.Ordinal) || line.StartsWith("# max-", StringComparison.Ordinal) ? line[2..] : line));
        var path = temp.Write(".contentlint.yaml", uncommented);

        var config = ContentLintConfig.Load(path);

        Assert.Equal(TextEncodingsAuto, config.Encoding);
        Assert.Equal(ContentLint.Files.ArticleReadOptions.DefaultMaxFileSize, config.MaxFileSize);
        Assert.Equal(Linter.DefaultMaxFindingsPerRule, config.MaxFindingsPerRule);
    }

    private const string TextEncodingsAuto = "auto";

    [Fact]
    public void The_nearest_configuration_that_sets_a_limit_wins()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\nmax-file-size: 1MB\nmax-findings-per-rule: 5\n");
        temp.Write("sub/.contentlint.yaml", "max-findings-per-rule: 7\n");

        var linter = new ConfigResolver().LinterFor(Path.Combine(temp.Path, "sub", "a.txt"));

        Assert.Equal(1024 * 1024, linter.ReadOptions.MaxFileSize);
        Assert.Equal(7, linter.MaxFindingsPerRule);
    }
}
