using ContentLint.Configuration;
using ContentLint.Corpus;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Running;

/// <summary>
/// Corpus evidence in the library's run: a <see cref="LintSession"/> over files counts the lines its documents share
/// before it lints, writes the profile that runs over one file read, and gives hosts linters that read it.
/// </summary>
public sealed class CorpusSessionTests
{
    /// <summary>Pages of one site, one JSON Lines file of two more, and a page twice (a copy).</summary>
    private static TempFolder Site()
    {
        var temp = new TempFolder();
        foreach (var topic in new[] { "bridge", "school", "harbour", "market" })
        {
            temp.Write($"site/{topic}.txt", SitePages.Page(topic, SitePages.Article(topic)));
        }

        temp.Write("site/again/bridge.txt", SitePages.Page("bridge", SitePages.Article("bridge")));
        var records = new[] { "ferry", "museum" }.Select(topic =>
            System.Text.Json.JsonSerializer.Serialize(new { id = topic, text = SitePages.Page(topic, SitePages.Article(topic)) }));
        temp.Write("site/feed.jsonl", string.Join("\n", records) + "\n");
        return temp;
    }

    private static async Task<List<string>> Findings(LintSession session)
    {
        var all = new List<string>();
        await foreach (var file in session.LintAsync())
        {
            all.AddRange(file.Diagnostics.Select(d => d.ToString()));
        }

        return all;
    }

    [Fact]
    public async Task CL3040_CL4006_A_run_over_files_and_records_gives_the_same_findings_whatever_the_jobs()
    {
        using var temp = Site();

        var one = await Findings(new LintSession(new LintSessionOptions { WorkingDirectory = temp.Path, Jobs = 1 }));
        var three = await Findings(new LintSession(new LintSessionOptions { WorkingDirectory = temp.Path, Jobs = 3 }));

        Assert.Equal(one, three);
        // Six articles share the slogan (the copy counts once), and records count like files.
        Assert.Contains($"site/school.txt(5,1,5,42): warning CL3040: Line shared by 6 documents of the corpus: '{SitePages.Slogan}' [shared-line]", one);
        Assert.Contains(one, f => f.StartsWith("site/feed.jsonl(2): warning CL3040: Line shared by 6 documents", StringComparison.Ordinal));
        Assert.Contains("site/bridge.txt: info CL4006: Copy of site/again/bridge.txt: 7 of the shorter one's 7 lines are in both [duplicate-document]", one);
        Assert.DoesNotContain(one, f => f.Contains("council of Nordhafen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CL3040_The_profile_a_session_writes_is_what_a_linter_for_one_file_and_an_editors_text_read()
    {
        using var temp = Site();
        temp.Write(".contentlint.yaml", "root: true\ncorpus-profile: data/site.profile\n");
        var writer = new LintSession(new LintSessionOptions { WorkingDirectory = temp.Path, Paths = ["site"] });

        var profile = await writer.CreateCorpusProfileAsync();
        Directory.CreateDirectory(Path.Combine(temp.Path, "data"));
        profile.Save(writer.GetCorpusProfilePath()!);
        var reader = new LintSession(new LintSessionOptions { WorkingDirectory = temp.Path });
        var page = SitePages.Page("Pool", SitePages.Article("pool"));
        var findings = reader.LinterFor("new/page.txt").Lint(page, new ContentLint.Documents.DocumentOptions { Path = "new/page.txt" });
        var asText = await reader.LintTextAsync("new/page.txt", page);

        Assert.Equal((7, 6), (profile.Documents, profile.CountedDocuments));
        Assert.Equal(6, CorpusProfile.Load(Path.Combine(temp.Path, "data", "site.profile")).DocumentsWith(SitePages.Slogan));
        Assert.Contains(findings, f => f.Id == "CL3040" && f.Message.Contains(SitePages.Slogan, StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Id == "CL3040" && f.Message.Contains("pool", StringComparison.Ordinal));
        Assert.Equal(findings.Select(f => f.ToString()), asText.Diagnostics.Select(f => f.ToString()));
    }

    [Fact]
    public void A_profile_configuration_names_that_cannot_be_read_is_an_error_at_its_line()
    {
        using var temp = Site();
        temp.Write(".contentlint.yaml", "root: true\ncorpus-profile: missing.profile\n");
        var session = new LintSession(new LintSessionOptions { WorkingDirectory = temp.Path });

        var error = Assert.Throws<ConfigurationException>(() => session.CreateReportHeader());

        var only = Assert.Single(error.Errors);
        Assert.Equal((2, 17), (only.Location.Line, only.Location.Column));
        Assert.Contains("Write it with 'contentlint profile'", only.Message, StringComparison.Ordinal);
        // The files are still found: "contentlint profile" writes the missing profile from them.
        Assert.Equal(6, session.Files.Count);
    }
}
