using System.Text.Json;
using System.Xml.Linq;
using ContentLint.Formatting;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Formatting;

/// <summary>
/// Each format's golden files are made with the fixture pack (<c>Fixtures/pack</c>: three small rules), not the
/// built-in rules, so a new or changed built-in rule re-accepts no formatter golden.
/// </summary>
public sealed class ReportFormatTests
{
    private const string Corpus = "tests/ContentLint.Tests/Fixtures/corpus.jsonl";

    private static readonly string[] FixturePack = ["--no-builtin", "--rules", "tests/ContentLint.Tests/Fixtures/pack"];

    [Theory]
    [MemberData(nameof(ReportFormats.Names), MemberType = typeof(ReportFormats))]
    public void Report_format_of_the_fixture_article_matches_the_golden_file(string format)
    {
        var run = CliRunner.RunInRepository(["lint", "tests/ContentLint.Tests/Fixtures/article.txt", "--format", format, .. FixturePack]);

        Assert.Equal(1, run.ExitCode);
        Golden.Verify($"fixture-article.{format}", Golden.Scrub(run.Output));
    }

    [Theory]
    [MemberData(nameof(ReportFormats.Names), MemberType = typeof(ReportFormats))]
    public void Jsonl_findings_are_located_by_record_and_by_position_in_the_field_in_every_format(string format)
    {
        var run = CliRunner.RunInRepository(["lint", Corpus, "--format", format, .. FixturePack]);

        Assert.Equal(1, run.ExitCode);
        Golden.Verify($"corpus-jsonl.{format}", Golden.Scrub(run.Output));
    }

    [Fact]
    public void Junit_judges_each_file_as_the_fail_level_does_and_carries_the_standard_counts()
    {
        using var temp = new TempFolder();
        temp.Write("warning-only.txt", "Headline\n\nA sentence of the article.\n\nPopulair\n");
        temp.Write("error.txt", "Title\n\nBody.\n\nYou May Also Like\n");
        temp.Write("clean.txt", "Title\n\nA clean body.\n");
        temp.Write("binary.txt", new byte[] { 0x41, 0x00, 0x42 });
        temp.Write(".contentlintignore", "ignored.txt\n");
        temp.Write("ignored.txt", "Title\n\nYou May Also Like\n");
        string[] files = ["warning-only.txt", "error.txt", "clean.txt", "binary.txt", "ignored.txt"];

        var byErrors = CliRunner.Run(temp.Path, [.. files, "--format", "junit"]);
        var byWarnings = CliRunner.Run(temp.Path, [.. files, "--format", "junit", "--fail-level", "warning"]);

        var suite = XDocument.Parse(byErrors.Output).Root!.Element("testsuite")!;
        Assert.Equal(("5", "1", "0", "2"), (Attr(suite, "tests"), Attr(suite, "failures"), Attr(suite, "errors"), Attr(suite, "skipped")));
        Assert.True(double.Parse(Attr(suite, "time"), System.Globalization.CultureInfo.InvariantCulture) >= 0);
        Assert.True(DateTime.TryParse(Attr(suite, "timestamp"), System.Globalization.CultureInfo.InvariantCulture, out _));
        var cases = suite.Elements("testcase").ToDictionary(c => Attr(c, "name"));
        Assert.Null(cases["warning-only.txt"].Element("failure"));
        Assert.Contains("warning CL3001", cases["warning-only.txt"].Element("system-out")!.Value);
        Assert.Equal("1 finding at or above error in this file", Attr(cases["error.txt"].Element("failure")!, "message"));
        Assert.Empty(cases["clean.txt"].Elements());
        Assert.StartsWith("File skipped: it looks binary", Attr(cases["binary.txt"].Element("skipped")!, "message"));
        Assert.StartsWith("File skipped: ignored by .contentlintignore:1", Attr(cases["ignored.txt"].Element("skipped")!, "message"));
        Assert.Equal(1, byErrors.ExitCode);

        var warned = XDocument.Parse(byWarnings.Output).Root!.Element("testsuite")!;
        Assert.Equal("2", Attr(warned, "failures"));
        Assert.NotNull(warned.Elements("testcase").Single(c => Attr(c, "name") == "warning-only.txt").Element("failure"));
    }

    [Fact]
    public void Junit_reports_a_file_that_cannot_be_read_as_an_error()
    {
        var report = new LintReport(
            [new FileResult("gone.txt", [ContentLint.Files.ArticleFileLoader.Finding(ContentLint.Diagnostics.EngineDiagnostics.FileUnreadable, "gone.txt", null, default, ("reason", "it vanished"))])],
            []);
        using var output = new StringWriter();

        DiagnosticFormatters.Find("junit")!.Format(report, output);

        var suite = XDocument.Parse(output.ToString()).Root!.Element("testsuite")!;
        Assert.Equal(("1", "0"), (Attr(suite, "errors"), Attr(suite, "failures")));
        Assert.Equal("Cannot read the file: it vanished", Attr(suite.Element("testcase")!.Element("error")!, "message"));
    }

    private static string Attr(XElement element, string name) => element.Attribute(name)?.Value ?? "";

    [Fact]
    public void A_record_is_named_by_its_id_cut_to_200_characters_or_else_by_its_line()
    {
        var at = new ContentLint.Text.LineColumnSpan(new(3, 1), new(3, 18));

        Assert.Equal("record on line 7 at text(3,1,3,18)", new ContentLint.Diagnostics.RecordLocation(7, null, "text").Describe(at));
        Assert.Equal($"record '{new string('x', 200)}…' at text(3,1,3,18)", new ContentLint.Diagnostics.RecordLocation(7, new string('x', 1_000_000), "text").Describe(at));
        Assert.Equal("record 'a\\u000Ab'", new ContentLint.Diagnostics.RecordLocation(7, "a\nb", null).Describe(at));
    }

    [Fact]
    public void Github_annotations_escape_percent_line_breaks_and_property_separators()
    {
        Assert.Equal("50%25 done%0Anext", GitHubFormatter.EscapeData("50% done\nnext"));
        Assert.Equal("a%3Ab%2Cc%0D", GitHubFormatter.EscapeProperty("a:b,c\r"));
    }

    [Fact]
    public void Github_annotations_give_columns_only_for_findings_on_one_line()
    {
        // GitHub's workflow commands refuse col/endColumn when line and endLine differ.
        using var temp = new TempFolder();
        temp.Write("a.txt", "Title\n\nBody text here.\n\n3 comments\n\nAlice on 3 May: hi.\n\nBob on 4 May: no.\n\nYou May Also Like\n");

        var lines = CliRunner.Run(temp.Path, "a.txt", "--format", "github").Output.Split(Environment.NewLine);

        Assert.Contains(lines, l => l.StartsWith("::warning file=a.txt,line=5,endLine=9,title=CL3008", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("::error file=a.txt,line=11,endLine=11,col=1,endColumn=18,title=CL3003", StringComparison.Ordinal));
    }

    [Fact]
    public void Github_format_adds_a_notice_when_there_are_more_annotations_than_github_shows()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", "Title\n\nBody.\n" + string.Concat(Enumerable.Repeat("\nYou May Also Like\n", 11)));
        temp.Write("b.txt", "Title\n\nBody.\n\nYou May Also Like\n");

        var many = CliRunner.Run(temp.Path, "a.txt", "--format", "github");
        var few = CliRunner.Run(temp.Path, "b.txt", "--format", "github");

        Assert.Equal(11, many.Output.Split('\n').Count(l => l.StartsWith("::error file=a.txt,line=", StringComparison.Ordinal)));
        Assert.Contains("::notice title=ContentLint%3A more findings than GitHub shows::", many.Output);
        Assert.Contains("11 errors", many.Output);
        Assert.DoesNotContain("::notice", few.Output);
    }

    [Fact]
    public void Xml_reports_stay_well_formed_when_an_article_holds_control_characters()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", "Title\n\nBody.\n\nYou May Also Like \u0001\u0008\n");
        var rules = new[] { "junit", "checkstyle" };

        foreach (var format in rules)
        {
            var run = CliRunner.Run(temp.Path, "a.txt", "--format", format);
            var xml = XDocument.Parse(run.Output);
            Assert.NotNull(xml.Root);
        }
    }

    [Fact]
    public void Fingerprints_do_not_change_when_lines_are_added_above_a_finding()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", "Title\n\nBody.\n\nYou May Also Like\n");
        var before = Fingerprints(CliRunner.Run(temp.Path, "a.txt", "--format", "gitlab").Output);
        temp.Write("a.txt", "Title\n\nA new first paragraph.\n\nBody.\n\nYou May Also Like\n");
        var after = Fingerprints(CliRunner.Run(temp.Path, "a.txt", "--format", "gitlab").Output);

        Assert.Single(before);
        Assert.Equal(before, after);
    }

    [Fact]
    public void Two_identical_findings_in_one_file_get_different_fingerprints()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", "Title\n\nBody.\n\nYou May Also Like\n\nYou May Also Like\n");

        var fingerprints = Fingerprints(CliRunner.Run(temp.Path, "a.txt", "--format", "gitlab").Output);

        Assert.Equal(2, fingerprints.Distinct().Count());
    }

    [Fact]
    public void Several_reports_in_one_run_each_format_with_its_own_output()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", "Title\n\nBody.\n\nYou May Also Like\n");

        var run = CliRunner.Run(temp.Path, "a.txt", "--format", "sarif", "--output", "out/a.sarif", "--format", "text", "--format", "junit", "-o", "out/junit.xml");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("a.txt(5,1,5,18): error CL3003", run.Output);
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "out", "a.sarif")));
        Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Contains("<testcase classname=\"contentlint\" name=\"a.txt\"", File.ReadAllText(Path.Combine(temp.Path, "out", "junit.xml")));
    }

    [Fact]
    public void Two_reports_on_standard_output_are_a_usage_error()
    {
        var run = CliRunner.RunInRepository("lint", "seeds", "--format", "sarif", "--format", "text");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("only one --format can write to standard output", run.Error);
    }

    [Fact]
    public void A_report_written_from_a_finished_lint_report_matches_the_streamed_one()
    {
        var linter = BuiltInPack.Linter;
        var file = linter.LintSourceFile(Path.Combine(Repository.Root, Corpus), Corpus);
        var report = new LintReport([file], [.. linter.Rules.Select(r => r.Descriptor)]);
        using var writer = new StringWriter();

        new TextFormatter().Format(report, writer);

        Assert.Equal(CliRunner.RunInRepository("lint", Corpus).Output.ReplaceLineEndings("\n"), writer.ToString().ReplaceLineEndings("\n"));
        Assert.All(file.Diagnostics, d => Assert.NotNull(d.Record));
        Assert.Equal(file.Diagnostics.Order(), file.Diagnostics);
    }

    private static List<string> Fingerprints(string gitlab)
    {
        using var json = JsonDocument.Parse(gitlab);
        return [.. json.RootElement.EnumerateArray().Select(issue => issue.GetProperty("fingerprint").GetString()!)];
    }
}
