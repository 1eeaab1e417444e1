using System.Text.Json;
using ContentLint.Benchmarks.Corpus;
using ContentLint.Formatting;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Formatting;

/// <summary>
/// <c>--format html</c>: one self-contained page for a corpus run. Its numbers are the JSON report's; its table stays
/// small however many findings there are. (A real browser opens it in CI: <c>.ci/html-report-check</c>.)
/// </summary>
public sealed class HtmlReportTests
{
    private static (JsonElement Data, JsonElement Json, string Html) Lint(TempFolder temp, string input)
    {
        var run = CliRunner.Run(temp.Path, input, "--format", "html", "--output", "report.html", "--format", "json", "--output", "report.json");
        Assert.Equal(1, run.ExitCode);
        var html = File.ReadAllText(Path.Combine(temp.Path, "report.html"));
        return (HtmlReportData.Of(html), JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "report.json"))).RootElement, html);
    }

    [Fact]
    public void Totals_and_findings_per_rule_are_the_json_reports()
    {
        using var temp = new TempFolder();
        CorpusWriter.WriteMarkdown(new CorpusGenerator(), 120, Path.Combine(temp.Path, "corpus"));

        var (data, json, _) = Lint(temp, "corpus");

        var summary = json.GetProperty("summary");
        var totals = data.GetProperty("totals");
        foreach (var count in new[] { "files", "errors", "warnings", "infos" })
        {
            Assert.Equal(summary.GetProperty(count).GetInt32(), totals.GetProperty(count).GetInt32());
        }

        var diagnostics = json.GetProperty("files").EnumerateArray().SelectMany(f => f.GetProperty("diagnostics").EnumerateArray().Select(d => (File: f.GetProperty("path").GetString(), Id: d.GetProperty("id").GetString()!))).ToList();
        Assert.Equal(120, totals.GetProperty("documents").GetInt32());
        Assert.Equal(diagnostics.Select(d => d.File).Distinct().Count(), totals.GetProperty("affected").GetInt32());
        Assert.Equal(
            diagnostics.GroupBy(d => d.Id).Select(g => (g.Key, g.Count(), g.Select(d => d.File).Distinct().Count())).OrderBy(r => r.Key, StringComparer.Ordinal),
            data.GetProperty("rules").EnumerateArray().Select(r => (r.GetProperty("id").GetString()!, r.GetProperty("findings").GetInt32(), r.GetProperty("affected").GetInt32())).OrderBy(r => r.Item1, StringComparer.Ordinal));
        Assert.Equal(diagnostics.Count, data.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public void The_page_fetches_nothing_and_escapes_what_articles_say()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", "Title\n\nBody text here.\n\nYou May Also Like\n\n</script><script>alert(1)</script> Populair\n");

        var (_, _, html) = Lint(temp, "a.txt");

        Assert.DoesNotContain("<script src", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("alert(1)</script>", html);
        Assert.Equal(2, html.Split("<script").Length - 1);
    }

    [Fact]
    public void Junk_by_position_counts_every_line_in_its_tenth_and_junk_lines_by_frequency()
    {
        using var temp = new TempFolder();
        var body = string.Join("\n", Enumerable.Range(1, 9).Select(i => $"Line {i} of a plain article about the river."));
        temp.Write(".contentlint.yaml", "root: true\nrules:\n  CL4006: off\n");
        temp.Write("a/one.txt", "Headline one\n" + body.Replace("Line 9 of a plain article about the river.", "You May Also Like"));
        temp.Write("a/two.txt", "Headline two\n" + body.Replace("Line 9 of a plain article about the river.", "You May Also Like"));

        var (data, _, _) = Lint(temp, "a");

        var positions = data.GetProperty("positions").EnumerateArray().Select(p => (p.GetProperty("lines").GetInt32(), p.GetProperty("junk").GetInt32())).ToList();
        Assert.Equal(Enumerable.Repeat((2, 0), 9).Append((2, 2)), positions);
        var junk = Assert.Single(data.GetProperty("junkLines").EnumerateArray());
        Assert.Equal(("You May Also Like", 2), (junk.GetProperty("text").GetString(), junk.GetProperty("count").GetInt32()));
        var source = Assert.Single(data.GetProperty("sources").EnumerateArray());
        Assert.Equal(("a", 2, 2), (source.GetProperty("name").GetString(), source.GetProperty("documents").GetInt32(), source.GetProperty("affected").GetInt32()));
    }

    [Fact]
    public void Near_duplicate_documents_lists_each_copy_with_the_document_it_copies()
    {
        using var temp = new TempFolder();
        temp.Write("site/bridge.txt", SitePages.Page("Bridge", SitePages.Article("bridge")));
        temp.Write("site/school.txt", SitePages.Page("School", SitePages.Article("school")));
        temp.Write("site/pool.txt", SitePages.Page("Pool", SitePages.Article("swimming pool")));
        temp.Write("site/extract.txt", "Bridge\n" + string.Join("\n\n", SitePages.Article("bridge")) + "\n");

        var (data, json, html) = Lint(temp, "site");

        var copy = Assert.Single(data.GetProperty("copies").EnumerateArray());
        var finding = Assert.Single(json.GetProperty("files").EnumerateArray().SelectMany(f => f.GetProperty("diagnostics").EnumerateArray().Select(d => (Path: f.GetProperty("path").GetString(), Finding: d))), d => d.Finding.GetProperty("id").GetString() == "CL4006");
        Assert.Equal((finding.Path, finding.Finding.GetProperty("message").GetString()), (copy.GetProperty("document").GetString(), copy.GetProperty("message").GetString()));
        Assert.Equal(1, data.GetProperty("copyCount").GetInt32());
        Assert.Contains("<h2>Near-duplicate documents</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_with_more_findings_than_the_table_holds_keeps_an_even_sample_and_complete_counts()
    {
        using var temp = new TempFolder();
        const int records = 25_000;
        // The records are copies of one another but for their number: the corpus rules are not what this counts.
        temp.Write(".contentlint.yaml", "root: true\nrules:\n  CL4006: off\n  CL3040: off\n");
        temp.Write("big.jsonl", string.Concat(Enumerable.Range(1, records).Select(i => $"{{\"id\": \"r{i}\", \"text\": \"Story {i}.\\n\\nYou May Also Like\"}}\n")));

        var (data, json, html) = Lint(temp, "big.jsonl");

        Assert.Equal(records, json.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal(records, data.GetProperty("totals").GetProperty("findings").GetInt32());
        var rows = data.GetProperty("rows").EnumerateArray().Select(r => r[1].GetString()!).ToList();
        Assert.InRange(rows.Count, HtmlFormatter.MaxRows / 2, HtmlFormatter.MaxRows);
        Assert.Equal("1 (r1)", rows[0]);
        Assert.Equal("24997 (r24997)", rows[^1]);
        Assert.InRange(html.Length, 1, 4_000_000);
    }
}
