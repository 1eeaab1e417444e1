using System.Text.Json;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Commands;

/// <summary>
/// Which files a run lints, as a content team sees it in its repository: what .gitignore and .contentlintignore leave
/// out and hidden folders are not linted, a named file that is left out says so, and paths in every report start
/// at the repository's top folder.
/// </summary>
public sealed class DiscoveryTests
{
    private const string Junk = "Title\n\nBody of the article.\n\nYou May Also Like\n";

    /// <summary>A content repository: a git work tree (its .git folder is all discovery reads) with a gitignored raw/ dump.</summary>
    private static TempFolder ContentRepository()
    {
        var temp = new TempFolder();
        temp.Write(".git/HEAD", "ref: refs/heads/main\n");
        temp.Write(".gitignore", "raw/\n*.tmp.md\n");
        temp.Write("content/a.md", Junk);
        temp.Write("content/b.tmp.md", Junk);
        temp.Write("raw/dump.md", Junk);
        temp.Write(".drafts/c.md", Junk);
        return temp;
    }

    [Fact]
    public void A_gitignored_folder_and_a_hidden_folder_are_not_linted_until_asked_for()
    {
        using var repository = ContentRepository();

        var plain = CliRunner.Run(repository.Path);
        var noIgnore = CliRunner.Run(repository.Path, "--no-ignore");
        var hidden = CliRunner.Run(repository.Path, "--hidden");

        Assert.Equal(["content/a.md"], LintedFiles(plain));
        Assert.Equal(["content/a.md", "content/b.tmp.md", "raw/dump.md"], LintedFiles(noIgnore));
        Assert.Equal([".drafts/c.md", "content/a.md"], LintedFiles(hidden).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Outside_a_git_work_tree_gitignore_means_nothing_but_contentlintignore_applies()
    {
        using var temp = new TempFolder();
        temp.Write(".gitignore", "raw/\n");
        temp.Write(".contentlintignore", "# drafts are not ready\ndrafts/\n");
        temp.Write("raw/dump.md", Junk);
        temp.Write("drafts/d.md", Junk);

        Assert.Equal(["raw/dump.md"], LintedFiles(CliRunner.Run(temp.Path)));
    }

    [Fact]
    public void A_named_file_an_ignore_file_leaves_out_is_reported_as_skipped_and_a_named_hidden_file_is_linted()
    {
        using var repository = ContentRepository();

        var ignored = CliRunner.Run(repository.Path, "raw/dump.md");
        var hiddenNamed = CliRunner.Run(repository.Path, ".drafts/c.md");
        var forced = CliRunner.Run(repository.Path, "raw/dump.md", "--no-ignore");

        Assert.Equal(0, ignored.ExitCode);
        Assert.Equal(
            "raw/dump.md(1,1,1,1): info CL0012: File skipped: ignored by .gitignore:1 ('raw/'); --no-ignore lints it [ignored-file]\n1 problem (1 info) in 1 of 1 file.\n",
            ignored.Output.ReplaceLineEndings("\n"));
        Assert.Equal([".drafts/c.md"], LintedFiles(hiddenNamed));
        Assert.Equal(["raw/dump.md"], LintedFiles(forced));
    }

    [Fact]
    public void Standard_input_named_as_an_excluded_file_is_skipped_without_being_read()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\nexclude: [\"vendor/**\"]\n");

        var run = CliRunner.Run(temp.Path, console => console with { OpenStandardInput = () => throw new InvalidOperationException("standard input was read") }, "--stdin", "--stdin-filename", "vendor/post.md");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("vendor/post.md(1,1,1,1): info CL0012: File skipped: excluded by 'vendor/**' in .contentlint.yaml [ignored-file]", run.Output);
    }

    [Fact]
    public void Fix_leaves_a_named_ignored_file_as_it_was()
    {
        using var repository = ContentRepository();

        var run = CliRunner.Run(repository.Path, "fix", "raw/dump.md", "content/a.md");

        Assert.Equal(Junk, File.ReadAllText(Path.Combine(repository.Path, "raw", "dump.md")));
        Assert.NotEqual(Junk, File.ReadAllText(Path.Combine(repository.Path, "content", "a.md")));
        Assert.Contains("raw/dump.md(1,1,1,1): info CL0012:", run.Output);
    }

    [Fact]
    public void Reports_name_files_from_the_repository_top_when_run_from_a_sub_folder_unless_asked_otherwise()
    {
        using var repository = ContentRepository();
        var content = Path.Combine(repository.Path, "content");

        var fromTop = CliRunner.Run(repository.Path, "content/a.md");
        var fromSub = CliRunner.Run(content, "a.md");
        var cwd = CliRunner.Run(content, "a.md", "--report-paths", "cwd");
        var absolute = CliRunner.Run(content, "a.md", "--absolute-paths");

        Assert.Equal(fromTop.Output, fromSub.Output);
        Assert.StartsWith("content/a.md(5,1,5,18): error CL3003", fromSub.Output);
        Assert.StartsWith("a.md(5,1,5,18): error CL3003", cwd.Output);
        Assert.StartsWith(Path.Combine(content, "a.md").Replace('\\', '/') + "(5,1,5,18): error CL3003", absolute.Output);
    }

    [Fact]
    public void Sarif_from_a_sub_folder_has_repository_relative_uris_and_no_machine_path()
    {
        using var repository = ContentRepository();

        var run = CliRunner.Run(Path.Combine(repository.Path, "content"), "a.md", "--format", "sarif");

        using var sarif = JsonDocument.Parse(run.Output);
        var sarifRun = sarif.RootElement.GetProperty("runs")[0];
        var location = sarifRun.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal(("content/a.md", "%SRCROOT%"), (location.GetProperty("uri").GetString(), location.GetProperty("uriBaseId").GetString()));
        Assert.False(sarifRun.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").TryGetProperty("uri", out _));
        Assert.DoesNotContain(repository.Path, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_includes_every_format_the_tool_reads_and_excludes_the_repositorys_own_documents()
    {
        using var repository = ContentRepository();
        foreach (var file in new[] { "README.md", "CHANGELOG.md", "LICENSE.md", "CONTRIBUTING.md", ".github/PULL_REQUEST_TEMPLATE.md", "docs/README.md" })
        {
            repository.Write(file, Junk);
        }

        repository.Write("content/feed.jsonl", "{\"text\": \"Body.\\n\\nYou May Also Like\"}\n");
        repository.Write("content/feed.ndjson", "{\"text\": \"Body.\\n\\nYou May Also Like\"}\n");
        repository.Write("content/post.markdown", Junk);
        repository.Write("content/post.mdx", Junk);
        repository.Write("content/notes.txt", Junk);

        Assert.Equal(0, CliRunner.Run(repository.Path, "init").ExitCode);
        var linted = LintedFiles(CliRunner.Run(repository.Path));

        Assert.Equal(["content/a.md", "content/feed.jsonl", "content/feed.ndjson", "content/notes.txt", "content/post.markdown", "content/post.mdx", "docs/README.md"], linted.Order(StringComparer.Ordinal));
    }

    /// <summary>The files a text report has findings in, in report order.</summary>
    private static List<string> LintedFiles(CliRun run) =>
        [.. run.Output.Split('\n').Where(line => line.Contains("): ", StringComparison.Ordinal)).Select(line => line[..line.IndexOf('(', StringComparison.Ordinal)]).Distinct()];
}
