using System.Text.Json;
using System.Text.RegularExpressions;
using ContentLint.Cli;
using ContentLint.Formatting;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Commands;

/// <summary>
/// What the text report looks like on a terminal and what a run shows: colour as NO_COLOR, FORCE_COLOR and --color
/// say, --quiet and --min-severity, --max-warnings, --print-config, CI read as CI services set it, one number style.
/// </summary>
public sealed partial class OutputTests
{
    private const string SeedArticle = "seeds/000_da2ecfbc249d304b.txt";

    private static CliRun Run(bool terminal, Dictionary<string, string> environment, params string[] args) =>
        CliRunner.Run(Repository.Root, console => console with { OutputIsTerminal = terminal, Environment = name => environment.GetValueOrDefault(name) }, args);

    [Fact]
    public void On_a_terminal_the_path_severity_and_rule_id_are_coloured_and_without_the_escape_codes_the_text_is_the_plain_report()
    {
        var plain = CliRunner.RunInRepository(SeedArticle);
        var coloured = Run(terminal: true, [], SeedArticle);

        var first = coloured.Output.Split('\n')[0];
        Assert.Equal("\u001b[1mseeds/000_da2ecfbc249d304b.txt\u001b[0m\u001b[2m(3,1,3,90)\u001b[0m: \u001b[1m\u001b[31merror\u001b[0m \u001b[31mCL4001\u001b[0m: Headline repeated as a body line\u001b[2m [duplicate-headline] (safe fix)\u001b[0m", first);
        Assert.Contains("\u001b[33mwarning", coloured.Output);
        Assert.Equal(plain.Output, Escapes().Replace(coloured.Output, ""));
        Assert.Equal(plain.ExitCode, coloured.ExitCode);
    }

    [Theory]
    [InlineData(true, "", "", "auto", true)]
    [InlineData(true, "1", "", "auto", false)]
    [InlineData(true, "", "dumb", "auto", false)]
    [InlineData(false, "", "", "auto", false)]
    [InlineData(false, "", "", "always", true)]
    [InlineData(true, "", "", "never", false)]
    public void Colour_follows_the_terminal_no_color_and_the_color_option(bool terminal, string noColor, string term, string option, bool coloured)
    {
        var environment = new Dictionary<string, string> { ["NO_COLOR"] = noColor, ["TERM"] = term };

        var run = Run(terminal, environment, SeedArticle, "--color", option);

        Assert.Equal(coloured, run.Output.Contains('\u001b'));
    }

    [Theory]
    [InlineData("1", "", "auto", true)]
    [InlineData("1", "1", "auto", true)]
    [InlineData("0", "", "auto", false)]
    [InlineData("1", "", "never", false)]
    public void Force_color_colours_redirected_output_unless_the_option_says_never(string forceColor, string noColor, string option, bool coloured)
    {
        var run = Run(terminal: false, new() { ["FORCE_COLOR"] = forceColor, ["NO_COLOR"] = noColor }, SeedArticle, "--color", option);

        Assert.Equal(coloured, run.Output.Contains('\u001b'));
    }

    [Fact]
    public void Colour_never_reaches_a_report_file_or_another_format()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "report.txt");

        var run = Run(terminal: true, [], SeedArticle, "--format", "text", "--output", file, "--format", "json");

        Assert.DoesNotContain('\u001b', File.ReadAllText(file));
        Assert.DoesNotContain('\u001b', run.Output);
    }

    [Fact]
    public void Quiet_shows_and_counts_errors_only_in_every_format()
    {
        var quiet = CliRunner.RunInRepository(SeedArticle, "--quiet");
        var json = CliRunner.RunInRepository(SeedArticle, "-q", "--format", "json");
        var minimum = CliRunner.RunInRepository("seeds/en-storm-power.txt", "--min-severity", "warning");

        Assert.DoesNotContain(": warning ", quiet.Output);
        Assert.EndsWith("6 problems (6 errors) in 1 of 1 file." + Environment.NewLine, quiet.Output);
        using var report = JsonDocument.Parse(json.Output);
        Assert.Equal(0, report.RootElement.GetProperty("summary").GetProperty("warnings").GetInt32());
        Assert.DoesNotContain(": info ", minimum.Output);
        Assert.Equal(1, quiet.ExitCode);
    }

    [Fact]
    public void Quiet_keeps_every_document_in_the_per_document_reports()
    {
        var all = CliRunner.RunInRepository("seeds", "--format", "jsonl");
        var quiet = CliRunner.RunInRepository("seeds", "--quiet", "--format", "jsonl");

        var documents = all.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var quietDocuments = quiet.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(documents);
        Assert.Equal(documents.Length, quietDocuments.Length);
        Assert.Contains("\"severity\":\"warning\"", all.Output);
        Assert.DoesNotContain("\"severity\":\"warning\"", quiet.Output);
        Assert.Contains("\"severity\":\"error\"", quiet.Output);
    }

    [Fact]
    public void Max_warnings_fails_a_run_with_more_warnings_than_allowed()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", "Headline\n\nA sentence of the article.\n\nPopulair\n\nMore sentences of the article here.\n\nMeest gelezen\n");

        var none = CliRunner.Run(temp.Path, "a.txt");
        var over = CliRunner.Run(temp.Path, "a.txt", "--max-warnings", "1");
        var within = CliRunner.Run(temp.Path, "a.txt", "--max-warnings", "2");

        Assert.Equal(0, none.ExitCode);
        Assert.Equal((1, "contentlint: 2 warnings, more than --max-warnings 1 allows."), (over.ExitCode, over.Error.TrimEnd()));
        Assert.Equal(0, within.ExitCode);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Ci_is_read_as_ci_services_set_it(string? value, bool isContinuousIntegration)
    {
        Assert.Equal(isContinuousIntegration, RunProgress.IsContinuousIntegration(name => name == "CI" ? value : null));
    }

    [Fact]
    public void Every_count_is_grouped_in_thousands_in_the_progress_line_and_the_summary()
    {
        using var terminal = new StringWriter();
        var progress = new RunProgress(terminal);
        progress.Report(new LintProgress(FilesDone: 1728, TotalFiles: 20001, Documents: 1729, Findings: 12345));

        Assert.StartsWith("1,728/20,001 files, 1,729 documents (", progress.Describe());
        Assert.EndsWith("/s), 12,345 findings", progress.Describe());
        Assert.Equal("1,234 problems (1,000 errors, 200 warnings, 34 info) in 1,100 of 20,001 files.", new ReportSummary(20001, 1100, 1000, 200, 34).ToString());
    }

    [Fact]
    public void Print_config_shows_the_cascade_the_matching_overrides_and_each_rules_severity_there()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\nlanguages: [nl]\nrules:\n  navigation-label: error\noverrides:\n  - files: [\"archive/**\"]\n    encoding: windows-1252\n    rules:\n      duplicate-headline: off\n");
        temp.Write("archive/.contentlint.yaml", "rules:\n  author-box: warning\n");

        var run = CliRunner.Run(temp.Path, "--print-config", "archive/2019/old.md");
        var lines = run.Output.Split(Environment.NewLine);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("# The configuration in effect for archive/2019/old.md", lines[0]);
        Assert.Contains("linted: yes", lines);
        Assert.Equal(["  - .contentlint.yaml", "  - archive/.contentlint.yaml"], lines.SkipWhile(l => !l.StartsWith("configuration-files:", StringComparison.Ordinal)).Skip(1).Take(2));
        Assert.Contains("  - .contentlint.yaml:6:5 files: [\"archive/**\"]", lines);
        Assert.Contains("languages: [nl]", lines);
        Assert.Contains("encoding: windows-1252", lines);
        Assert.Contains("  CL3001: error  # navigation-label; default: warning", lines);
        Assert.Contains("  CL3004: warning  # author-box; default: error", lines);
        Assert.Contains("  CL4001: off  # duplicate-headline; default: error", lines);
        Assert.Contains("  CL3003: error  # related-content-widget", lines);
    }

    [GeneratedRegex(@"\u001b\[[0-9;]*m")]
    private static partial Regex Escapes();
}
