using System.Text;
using System.Text.Json;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Commands;

/// <summary>
/// A run over a folder counts the lines its documents share (CL3040 shared-line) and reports copies (CL4006
/// duplicate-document); <c>contentlint profile</c> stores the counts for runs that see one file.
/// </summary>
public sealed class CorpusRunTests
{
    /// <summary>Three pages of one site, and the extract of the first next to them.</summary>
    private static TempFolder Site()
    {
        var temp = new TempFolder();
        temp.Write("site/pages/bridge.txt", SitePages.Page("Bridge", SitePages.Article("bridge")));
        temp.Write("site/pages/school.txt", SitePages.Page("School", SitePages.Article("school")));
        temp.Write("site/pages/pool.txt", SitePages.Page("Pool", SitePages.Article("swimming pool")));
        temp.Write("site/extracts/bridge.txt", "Bridge\n" + string.Join("\n\n", SitePages.Article("bridge")) + "\n");
        return temp;
    }

    [Fact]
    public void CL3040_A_folder_run_reports_the_template_lines_its_pages_share_and_no_article_line()
    {
        using var temp = Site();

        var run = CliRunner.Run(temp.Path, "lint", "site");

        Assert.Contains("site/pages/school.txt(5,1,5,42): warning CL3040: Line shared by 3 documents of the corpus: 'Your news portal for the Nordhafen region' [shared-line]", run.Output);
        Assert.Contains("site/pages/pool.txt(5,1,5,42): warning CL3040: Line shared by 3 documents of the corpus: 'Your news portal for the Nordhafen region' [shared-line]", run.Output);
        // A fallback: the footer is the copyright rule's.
        Assert.Contains("site/pages/pool.txt(16,1,16,44): warning CL3016:", run.Output);
        Assert.DoesNotContain("CL3040: Line shared by 3 documents of the corpus: '© 2026", run.Output);
        Assert.DoesNotContain("site/extracts/bridge.txt(", run.Output);
        Assert.DoesNotContain("council of Nordhafen", run.Output);
    }

    [Fact]
    public void CL4006_A_copy_is_reported_for_the_whole_file_naming_the_other_and_flags_no_line()
    {
        using var temp = Site();

        var text = CliRunner.Run(temp.Path, "lint", "site");
        var sarif = CliRunner.Run(temp.Path, "lint", "site", "--format", "sarif");

        Assert.Contains("site/pages/bridge.txt: info CL4006: Copy of site/extracts/bridge.txt: 4 of the shorter one's 4 lines are in both [duplicate-document]", text.Output);
        using var log = JsonDocument.Parse(sarif.Output);
        var copy = Assert.Single(log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "CL4006");
        var location = copy.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("site/pages/bridge.txt", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        // score.py and code scanning: a result without a region flags no line.
        Assert.False(location.TryGetProperty("region", out _));
    }

    [Fact]
    public void CL3040_One_file_from_standard_input_is_checked_against_the_configured_profile()
    {
        using var temp = Site();
        temp.Write(".contentlint.yaml", "root: true\ncorpus-profile: corpus.profile\n");

        var profile = CliRunner.Run(temp.Path, "profile", "site");
        using var output = new StringWriter();
        var console = new ContentLint.Cli.CommandOutput(output, TextWriter.Null, temp.Path)
        {
            OpenStandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(SitePages.Page("Harbour", SitePages.Article("harbour")))),
        };
        ContentLint.Cli.CommandLine.Run(["lint", "--stdin", "--stdin-filename", "new.txt"], console);

        Assert.Equal(0, profile.ExitCode);
        Assert.Equal("Wrote corpus.profile: 4 documents, 3 counted (copies once), 15 distinct lines, 160 bytes.\n", profile.Output.ReplaceLineEndings("\n"));
        Assert.Contains("new.txt(5,1,5,42): warning CL3040: Line shared by 3 documents of the corpus: 'Your news portal for the Nordhafen region' [shared-line]", output.ToString());
    }

    [Fact]
    public void CL3040_A_file_the_profile_was_made_from_is_not_counted_twice()
    {
        using var temp = Site();
        temp.Write(".contentlint.yaml", "root: true\ncorpus-profile: corpus.profile\n");
        CliRunner.Run(temp.Path, "profile", "site");
        temp.Write("site/pages/school.txt", SitePages.Page("School", SitePages.Article("school")) + "Sign up for our podcast today\n");

        var run = CliRunner.Run(temp.Path, "lint", "site/pages/school.txt");

        // The run's count (1) and the profile's (3, this file included) give 3, not 4.
        Assert.Contains("Line shared by 3 documents of the corpus: 'Your news portal", run.Output);
        Assert.DoesNotContain("podcast", run.Output);
    }

    [Fact]
    public void CL3040_Fix_removes_the_lines_the_runs_documents_share_without_a_profile()
    {
        using var temp = Site();

        var fix = CliRunner.Run(temp.Path, "fix", "site");
        var school = File.ReadAllText(Path.Combine(temp.Path, "site", "pages", "school.txt"));

        Assert.Equal(0, fix.ExitCode);
        Assert.DoesNotContain("Your news portal for the Nordhafen region", school, StringComparison.Ordinal);
        Assert.All(SitePages.Article("school"), line => Assert.Contains(line, school, StringComparison.Ordinal));
        // The extract shares its lines with its page only, and a copy is reported, never deleted.
        Assert.Equal("Bridge\n" + string.Join("\n\n", SitePages.Article("bridge")) + "\n", File.ReadAllText(Path.Combine(temp.Path, "site", "extracts", "bridge.txt")));
        Assert.Contains(SitePages.Article("bridge")[0], File.ReadAllText(Path.Combine(temp.Path, "site", "pages", "bridge.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void CL3040_Two_articles_that_print_the_same_poem_keep_it_when_fixed()
    {
        using var temp = new TempFolder();
        string[] poem = ["Snow is falling softly", "over the roofs of the town", "a light in the window", "is waiting for you"];
        temp.Write("news/prize.txt", "Poet wins the northern prize\nThe jury praised a short winter poem by a young poet from the north, which is printed below with her permission.\n" + string.Join("\n", poem) + "\n");
        temp.Write("news/school.txt", "Pupils learn a winter poem\nEvery class at the village school learnt the same poem this winter, and the youngest recited it at the Christmas concert.\n" + string.Join("\n", poem) + "\n");

        var lint = CliRunner.Run(temp.Path, "lint", "news");
        CliRunner.Run(temp.Path, "fix", "news");
        var prize = File.ReadAllText(Path.Combine(temp.Path, "news", "prize.txt"));
        CliRunner.Run(temp.Path, "fix", "--unsafe", "news");

        // Two documents are reported, but two articles quote each other as often as two pages share a template.
        Assert.Contains("news/prize.txt(3,1,3,23): warning CL3040: Line shared by 2 documents of the corpus: 'Snow is falling softly' [shared-line] (unsafe fix)", lint.Output);
        Assert.All(poem, line => Assert.Contains(line, prize, StringComparison.Ordinal));
        Assert.DoesNotContain("Snow is falling softly", File.ReadAllText(Path.Combine(temp.Path, "news", "prize.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void CL3040_Standard_input_without_a_profile_has_no_corpus_to_count()
    {
        using var temp = Site();
        using var output = new StringWriter();
        var console = new ContentLint.Cli.CommandOutput(output, TextWriter.Null, temp.Path)
        {
            OpenStandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(SitePages.Page("Harbour", SitePages.Article("harbour")))),
        };

        ContentLint.Cli.CommandLine.Run(["lint", "--stdin", "--stdin-filename", "site/pages/new.txt"], console);

        // The folder beside it is not read: one document is a corpus of one.
        Assert.DoesNotContain("CL3040", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_profile_is_the_same_bytes_whatever_the_number_of_jobs_and_goes_where_configuration_says()
    {
        using var temp = Site();
        temp.Write(".contentlint.yaml", "root: true\ncorpus-profile: data/site.profile\n");

        CliRunner.Run(temp.Path, "profile", "site", "--jobs", "1");
        var one = File.ReadAllBytes(Path.Combine(temp.Path, "data", "site.profile"));
        CliRunner.Run(temp.Path, "profile", "site", "--jobs", "4", "--output", "four.profile");

        Assert.Equal(one, File.ReadAllBytes(Path.Combine(temp.Path, "four.profile")));
    }

    [Fact]
    public void A_configured_profile_that_cannot_be_read_stops_the_run_with_its_position()
    {
        using var temp = Site();
        temp.Write(".contentlint.yaml", "root: true\ncorpus-profile: missing.profile\n");

        var run = CliRunner.Run(temp.Path, "lint", "site");
        var profile = CliRunner.Run(temp.Path, "profile", "site");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(".contentlint.yaml:2:17: error CL0107: Cannot read the corpus profile", run.Error);
        Assert.Contains("Write it with 'contentlint profile'.", run.Error);
        Assert.Equal(0, profile.ExitCode);
    }
}
