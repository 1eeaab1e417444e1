using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Files;
using ContentLint.Fixing;
using ContentLint.Formatting;
using ContentLint.Tests.Infrastructure;
using ContentLint.Text;

namespace ContentLint.Tests.Robustness;

/// <summary>
/// The path every fuzz case takes, as the tool takes it: decode the bytes, lint them as plain text and as Markdown
/// (and as a JSON Lines corpus), fix them, and write the findings in every report format; each step's output is
/// checked on the way.
/// </summary>
internal static class FuzzPipeline
{
    /// <summary>
    /// Cases per property: the default, or <c>CONTENTLINT_FUZZ_CASES</c> when a longer run asks for more
    /// (<c>CONTENTLINT_FUZZ_CASES=200000 dotnet test --filter FullyQualifiedName~Fuzz</c>).
    /// </summary>
    public static int Cases(int inContinuousIntegration) =>
        int.TryParse(Environment.GetEnvironmentVariable("CONTENTLINT_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var asked) && asked > 0
            ? asked
            : inContinuousIntegration;

    /// <summary>The built-in pack, built once for every property and case (the linter is immutable and thread-safe).</summary>
    private static Linter Linter => BuiltInPack.Linter;

    private static Fixer Fixer => BuiltInPack.Fixer;

    /// <summary>Paths with the characters report formats must escape.</summary>
    private static readonly string[] Folders = ["", "dir with space/", "ärtikel/", "a,b::c%25/", "q\"<&>'/"];

    /// <summary>
    /// Runs an article through read, lint, fix, and every report format. Half the cases are read as plain text, half as
    /// Markdown (chosen by the length, so a case always takes the same path): doing both for every case would double
    /// the time for little more coverage.
    /// </summary>
    public static void Run(FuzzArticle input)
    {
        var article = ArticleReader.Decode(input.Bytes, Linter.ReadOptions);
        var folder = Folders[input.Bytes.Length / 2 % Folders.Length];
        var files = new List<FileResult>();
        var path = folder + (input.Bytes.Length % 2 == 0 ? "article.txt" : "article.md");

        // As `contentlint fix` does it: from the file's bytes back to bytes in the same encoding.
        var fix = FileFix.FromBytes(Fixer, input.Bytes, path);
        if (ArticleFileLoader.BinaryOffset(input.Bytes) is null)
        {
            Assert.True(article.Text == fix.Result.OriginalText, "The fix did not start from the decoded text.");
        }
        else
        {
            // Skipped as binary, as lint skips it: its finding is all there is, and nothing is written.
            Assert.Equal("CL0007", Assert.Single(fix.Result.Found).Id);
            Assert.False(fix.IsChanged);
        }

        AssertWithin(fix.Result.OriginalText, fix.Result.Found);
        AssertWithin(fix.Result.Text, fix.Result.Remaining);
        files.Add(new FileResult(path, fix.Result.Found));
        files.Add(new FileResult("fixed/" + path, fix.Result.Remaining));
        if (fix.IsChanged)
        {
            var newBytes = fix.GetNewBytes();
            var again = FileFix.FromBytes(Fixer, newBytes, path);
            // Known, reported to the lead: Windows-1252 is detected from the bytes, and the fixed bytes (written back
            // in Windows-1252) may no longer pass the detection, so they are read as another encoding.
            var detectionFlipped = ArticleReader.Decode(newBytes, Linter.ReadOptions).Encoding.CodePage != article.Encoding.CodePage;
            if (!detectionFlipped)
            {
                Assert.Null(again.Problem);
                if (again.IsChanged)
                {
                    Assert.Fail($"Fixing the fixed file of {path} changed it again: {FuzzInputs.Show(again.Result.Text)}");
                }
            }
        }
        else if (fix.Problem is not null)
        {
            // The file is not rewritten (invalid UTF-8), but the text fix itself must still settle.
            AssertFixedOnce(article.Text, new DocumentOptions { Path = path });
        }

        if (input.Text is { } exact && exact != article.Text)
        {
            // What no file can hold (lone surrogates), as a library caller passes it.
            var found = Linter.Lint(exact, new DocumentOptions { Path = path });
            AssertWithin(exact, found);
            files.Add(new FileResult("string/" + path, found));
            AssertFixedOnce(exact, new DocumentOptions { Path = path });
        }

        // Any file may be named .jsonl: the same bytes as a corpus.
        files.Add(LintCorpus(input.Bytes, folder + "corpus.jsonl"));
        AssertEveryReport(files);
    }

    /// <summary>Runs a JSON Lines corpus through the record reader, lint, fix of each record, and every report format.</summary>
    public static void Run(FuzzCorpus corpus)
    {
        var result = LintCorpus(corpus.Bytes, "corpus.jsonl");
        foreach (var source in ArticleSource.ReadStream(new MemoryStream(corpus.Bytes), "corpus.jsonl", forceJsonLines: true))
        {
            if (source.Document is { } document)
            {
                AssertFixedOnce(document.Text, new DocumentOptions { Path = "corpus.jsonl", Format = document.Format, Title = document.Title, Language = document.Language });
            }
        }

        AssertEveryReport([result]);
    }

    private static FileResult LintCorpus(byte[] bytes, string path)
    {
        var diagnostics = new List<Finding>();
        foreach (var source in ArticleSource.ReadStream(new MemoryStream(bytes), path, forceJsonLines: true))
        {
            var found = Linter.Lint(source);
            Assert.True(source.Document is not null || source.Problem is not null, "A record gave neither a document nor a problem.");
            AssertWithin(source.Document?.Text ?? "", found);
            // A stream that cannot be read on (damaged gzip or Zstandard data) is reported once for the file, with no record.
            Assert.True(source.Record is null ? source.Document is null && source.Problem is not null : found.All(d => d.Record is { Line: >= 1 }), "A finding in a corpus has no record line.");
            diagnostics.AddRange(found);
        }

        return new FileResult(path, [.. diagnostics]);
    }

    /// <summary>Fixing is done after one run: fixing the result changes nothing, and what remains lies in the fixed text.</summary>
    private static void AssertFixedOnce(string text, DocumentOptions options)
    {
        var once = Fixer.Fix(text, options);
        Assert.True(text == once.OriginalText, "The fix did not start from the text it was given.");
        AssertWithin(once.Text, once.Remaining);
        if (once.IsChanged)
        {
            var twice = Fixer.Fix(once.Text, options);
            if (once.Text != twice.Text)
            {
                Assert.Fail($"Fixing twice differs from fixing once (pass limit reached: {once.ReachedPassLimit}).{Environment.NewLine}Once: {FuzzInputs.Show(once.Text)}{Environment.NewLine}Twice: {FuzzInputs.Show(twice.Text)}");
            }

            Assert.Empty(twice.Applied);
        }
    }

    /// <summary>Every finding lies inside the text it was found in, with 1-based lines and columns that match its span.</summary>
    private static void AssertWithin(string text, ImmutableArray<Finding> diagnostics)
    {
        var source = new Lazy<ContentText>(() => ContentText.From(text));
        foreach (var d in diagnostics)
        {
            // Messages are built only on failure: this runs for every finding of every case.
            if (d.Span.Start < 0 || d.Span.Length < 0 || d.Span.End > text.Length)
            {
                Assert.Fail($"{d}: span {d.Span} outside a text of {text.Length} characters.");
            }

            if (d.Location.Start.Line < 1 || d.Location.Start.Column < 1 || d.Location.End.Line < 1 || d.Location.End.Column < 1 || d.Location.Start.CompareTo(d.Location.End) > 0)
            {
                Assert.Fail($"{d}: location {d.Location} is not 1-based, or ends before it starts.");
            }

            if (source.Value.GetLinePositionSpan(d.Span) != d.Location)
            {
                Assert.Fail($"{d}: location {d.Location} is not where span {d.Span} is ({source.Value.GetLinePositionSpan(d.Span)}).");
            }

            if ((d.Fix?.Edits ?? []).Any(edit => edit.Span.Start < 0 || edit.Span.Length < 0 || edit.Span.End > text.Length))
            {
                Assert.Fail($"{d}: a fix edit lies outside the text.");
            }
        }
    }

    private static void AssertEveryReport(List<FileResult> files)
    {
        // No rule list: reports then describe the rules that found something; the full list is the same every case.
        var report = new LintReport([.. files.OrderBy(f => f.Path, StringComparer.Ordinal)], []);
        var shown = report.Diagnostics.Count(d => d.Severity != Severity.Hidden);
        foreach (var formatter in DiagnosticFormatters.All)
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            formatter.Format(report, writer);
            // Line breaks as the formatter writes them; any other CR or LF came from a finding.
            var output = writer.ToString().Replace(Environment.NewLine, "\n", StringComparison.Ordinal);
            switch (formatter.Name)
            {
                case "text":
                    // One line per finding and a summary: a line break inside a message would split a finding.
                    Assert.Equal(shown + 1, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
                    Assert.False(output.Contains('\r', StringComparison.Ordinal), "A finding's line holds a carriage return.");
                    break;
                case "github":
                    // One annotation per finding, the notice when GitHub would hide some, and the summary.
                    var notice = report.Diagnostics.Where(d => d.Severity != Severity.Hidden).CountBy(d => GitHubFormatter.ToCommand(d.Severity)).Any(c => c.Value > GitHubFormatter.ShownPerLevel);
                    Assert.Equal(shown + 1 + (notice ? 1 : 0), output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
                    Assert.False(output.Contains('\r', StringComparison.Ordinal), "An annotation holds a carriage return.");
                    break;
                case "json":
                    AssertJsonReport(output, report, shown);
                    break;
                case "sarif":
                    AssertSarif(output, shown);
                    break;
                case "gitlab":
                    AssertGitLab(output, shown);
                    break;
                case "junit":
                    Assert.Equal(report.Files.Length, XDocument.Parse(output).Descendants("testcase").Count());
                    break;
                case "checkstyle":
                    var errors = XDocument.Parse(output).Descendants("error").ToList();
                    Assert.Equal(shown, errors.Count);
                    Assert.True(errors.All(e => int.Parse(e.Attribute("line")!.Value, CultureInfo.InvariantCulture) >= 1), "A checkstyle error has a line below 1.");
                    break;
                case "jsonl":
                    // Every line one JSON object, however odd the text: a line break inside a finding would split it.
                    var documents = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line)).ToList();
                    Assert.Equal(shown, documents.Sum(d => d.RootElement.GetProperty("findings").GetArrayLength()));
                    documents.ForEach(d => d.Dispose());
                    break;
                case "html":
                    var data = HtmlReportData.Of(output);
                    Assert.Equal(shown, data.GetProperty("totals").GetProperty("findings").GetInt32());
                    // Every finding in the table, or past its size an evenly spread sample that fills half of it or more.
                    var rows = data.GetProperty("rows").GetArrayLength();
                    Assert.True(shown <= HtmlFormatter.MaxRows ? rows == shown : rows is > HtmlFormatter.MaxRows / 2 and <= HtmlFormatter.MaxRows, $"The html table holds {rows} of {shown} findings.");
                    break;
                default:
                    Assert.Fail($"The fuzz pipeline does not check the new format '{formatter.Name}' yet.");
                    break;
            }
        }
    }

    private static void AssertJsonReport(string output, LintReport report, int shown)
    {
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(JsonFormatter.SchemaVersion, root.GetProperty("version").GetInt32());
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.True(report.Files.Select(f => f.Path).SequenceEqual(files.Select(f => f.GetProperty("path").GetString())), "The JSON report's files differ from the run's.");
        var diagnostics = files.SelectMany(f => f.GetProperty("diagnostics").EnumerateArray()).ToList();
        Assert.Equal(shown, diagnostics.Count);
        Assert.True(
            diagnostics.All(d => d.GetProperty("start").GetProperty("line").GetInt32() >= 1
                && d.GetProperty("start").GetProperty("column").GetInt32() >= 1
                && d.GetProperty("end").GetProperty("offset").GetInt32() >= d.GetProperty("start").GetProperty("offset").GetInt32()),
            "A JSON finding has a line or column below 1, or ends before it starts.");
    }

    private static void AssertSarif(string output, int shown)
    {
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(shown, results.Count);
        var regions = results.SelectMany(r => r.GetProperty("locations").EnumerateArray()).Select(l => l.GetProperty("physicalLocation").GetProperty("region"));
        Assert.True(
            regions.All(region => region.GetProperty("startLine").GetInt32() >= 1 && (!region.TryGetProperty("startColumn", out var column) || column.GetInt32() >= 1)),
            "A SARIF region starts on a line or column below 1.");
    }

    private static void AssertGitLab(string output, int shown)
    {
        using var json = JsonDocument.Parse(output);
        var issues = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(shown, issues.Count);
        Assert.True(issues.All(issue => issue.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32() >= 1), "A GitLab issue begins on a line below 1.");
        Assert.True(issues.All(issue => !string.IsNullOrEmpty(issue.GetProperty("fingerprint").GetString())), "A GitLab issue has no fingerprint.");
    }
}
