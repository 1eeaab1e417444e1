using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Running;

/// <summary>
/// <see cref="LintSession.LintTextAsync"/> and <see cref="LintSession.FixText"/>: an editor's unsaved text is linted
/// and fixed as the run would lint and fix its file.
/// </summary>
public sealed class LintTextTests
{
    private const string Junk = "Council budget\n\nThe council approved the budget on Monday.\n\nPopulair\n\nYou May Also Like\n\nIt takes effect in May.\n";

    [Fact]
    public async Task A_files_text_gets_the_findings_a_run_reports_for_the_file_with_cascade_overrides_baseline_and_records()
    {
        using var temp = new TempFolder();
        // The three files are copies: what the run learns from all its files (shared lines, copies) an editor's single
        // text cannot know, so the corpus rules are off here; a text reads the stored profile instead (CorpusSessionTests).
        temp.Write(".contentlint.yaml", "root: true\nbaseline: accepted.json\nexclude: [\"drafts/**\"]\nrules:\n  shared-line: off\n  duplicate-document: off\noverrides:\n  - files: [\"archive/**\"]\n    rules:\n      related-content-widget: off\n");
        temp.Write("news/.contentlint.yaml", "rules:\n  navigation-label: error\n");
        temp.Write("news/a.txt", Junk);
        temp.Write("archive/b.txt", Junk);
        temp.Write("accepted/c.txt", Junk);
        temp.Write("feed.jsonl", "{\"id\":\"r1\",\"title\":\"Council budget\",\"text\":\"The council approved it.\\n\\nYou May Also Like\"}\n{\"id\":\"r2\"}\n");
        var options = new LintSessionOptions { WorkingDirectory = temp.Path };
        var accepted = await new LintSession(options with { Paths = ["accepted"] }).CreateBaselineAsync(temp.Path);
        accepted.Save(Path.Combine(temp.Path, "accepted.json"));

        var run = new Dictionary<string, string[]>(StringComparer.Ordinal);
        await foreach (var file in new LintSession(options).LintAsync())
        {
            run[file.Path] = [.. file.Diagnostics.Select(d => d.ToString())];
        }

        var session = new LintSession(options);
        foreach (var (path, findings) in run)
        {
            var asText = await session.LintTextAsync(path, File.ReadAllText(Path.Combine(temp.Path, path)));
            Assert.Equal(path, asText.Path);
            Assert.Equal(findings, asText.Diagnostics.Select(d => d.ToString()));
        }

        Assert.Equal(["accepted/c.txt", "archive/b.txt", "feed.jsonl", "news/a.txt"], run.Keys.Order());
        Assert.Contains("news/a.txt(5,1,5,9): error CL3001: Navigation label 'Populair' on its own line [navigation-label]", run["news/a.txt"]);
        Assert.DoesNotContain(run["archive/b.txt"], f => f.Contains("CL3003", StringComparison.Ordinal));
        Assert.Empty(run["accepted/c.txt"]);
        Assert.Equal(2, run["feed.jsonl"].Length);
    }

    [Fact]
    public async Task Unsaved_text_is_what_is_linted_an_excluded_path_gives_nothing_and_the_baseline_notes_what_went()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\nbaseline: accepted.json\nexclude: [\"drafts/**\"]\n");
        temp.Write("a.txt", Junk);
        var options = new LintSessionOptions { WorkingDirectory = temp.Path };
        (await new LintSession(options with { Paths = ["a.txt"] }).CreateBaselineAsync(temp.Path)).Save(Path.Combine(temp.Path, "accepted.json"));
        var session = new LintSession(options);

        var edited = await session.LintTextAsync("a.txt", Junk.Replace("Populair\n\n", "", StringComparison.Ordinal) + "\nLees ook: De brug gaat dicht\n");
        var draft = await session.LintTextAsync("drafts/new.txt", Junk);
        var unsaved = await session.LintTextAsync("never-saved.md", "# Council budget\n\nYou May Also Like\n");

        Assert.Equal(
            [
                "a.txt(1,1,1,1): info CL0006: 1 baselined CL3001 finding(s) no longer found in this file; run 'contentlint baseline' to update the baseline [baseline-entry-unmatched]",
                "a.txt(9,1,9,29): error CL3002: Teaser for another article: 'Lees ook: De brug gaat dicht' [read-more-teaser]",
            ],
            edited.Diagnostics.Select(d => d.ToString()));
        Assert.Empty(draft.Diagnostics);
        Assert.Equal("never-saved.md(3,1,3,18): error CL3003: Related-content widget heading 'You May Also Like' [related-content-widget]", Assert.Single(unsaved.Diagnostics).ToString());
    }

    [Fact]
    public async Task A_files_text_is_fixed_as_the_run_fixes_the_file_and_JSON_Lines_is_not_fixed_in_place()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\nrules:\n  navigation-label: off\n");
        var path = temp.Write("a.txt", Junk);
        var session = new LintSession(new LintSessionOptions { WorkingDirectory = temp.Path });

        var asText = session.FixText("a.txt", Junk);
        await foreach (var _ in session.FixAsync())
        {
        }

        Assert.True(asText.IsChanged);
        Assert.Equal(File.ReadAllText(path), asText.Text);
        Assert.Contains("Populair", asText.Text, StringComparison.Ordinal);   // turned off, so not fixed
        Assert.Throws<NotSupportedException>(() => session.FixText("feed.jsonl", "{\"text\":\"You May Also Like\"}\n"));
    }
}
