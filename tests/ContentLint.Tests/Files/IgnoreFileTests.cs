using System.Diagnostics;
using ContentLint.Files;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Files;

/// <summary>
/// ContentLint decides what .gitignore, .git/info/exclude and the global excludes file leave out as git does: the
/// same repository is asked of <c>git check-ignore</c> and <c>git ls-files</c>, and both must agree with
/// <see cref="SkipRules"/>, path for path.
/// </summary>
public sealed class IgnoreFileTests
{
    private static readonly string[] Files =
    [
        "a.md", "debug.log", "keep.log", "sub/keep.log", "sub/important.log", "build/out.md", "src/build/out.md",
        "build.md", "root-only.txt", "sub/root-only.txt", "docs/x.tmp", "docs/deep/x.tmp", "x.tmp", "cache/c.md",
        "sub/cache/c.md", "a/z.md", "a/b/z.md", "a/b/c/z.md", "b/a/z.md", "logs/one.md", "logs/deep/two.md",
        "#hash.md", "trailing.md", "ax.md", "dx.md", "ay.md", "by.md", "qq.md", "q.md", "foo/bar/x.md", "x/build",
        "x/deep/y.md", "x/y/deep/y.md", "UPPER.MD", "raw/r.md", "sub/raw", "sub/local.md", "sub/anchored.md",
        "sub/deeper/anchored.md", "sub/nested/n.md", "nested/n.md", "excluded-by-info.md", "g.global", "sub/g.global",
        "dir.with.dots/a.md", "spaced name.md", "star*.md", "e/f/g/h.md", "e/f.md", "lit[x].md", "litx.md",
    ];

    private const string RootIgnore = """
        # comment lines and blank lines match nothing

        *.log
        !keep.log
        build/
        /root-only.txt
        docs/*.tmp
        **/cache
        a/**/z.md
        logs/**
        \#hash.md
        trailing.md   
        [abc]x.md
        [!a]y.md
        ?q.md
        foo/bar/
        **/deep/*.md
        *.MD
        raw
        e/**/h.md
        lit\[x\].md
        spaced\ name.md
        """;

    private const string SubIgnore = """
        !important.log
        local.md
        /anchored.md
        nested/
        """;

    [Fact]
    public void Ignored_paths_are_those_git_check_ignore_reports()
    {
        using var repository = CreateRepository();
        var rules = new SkipRules(useIgnoreFiles: true, includeHidden: true, repository.Environment);

        var expected = repository.Git("check-ignore --no-index --stdin", string.Join("\n", Files)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
        var actual = Files.Where(f => rules.ReasonToSkipNamed(Path.Combine(repository.Path, f)) is not null).Order(StringComparer.Ordinal);

        Assert.Equal(expected, actual);
        Assert.Contains("sub/cache/c.md", actual);
        Assert.DoesNotContain("keep.log", actual);
    }

    [Fact]
    public void A_folder_search_finds_what_git_lists_as_untracked_and_not_ignored()
    {
        using var repository = CreateRepository();
        var rules = new SkipRules(useIgnoreFiles: true, includeHidden: true, repository.Environment);

        var expected = repository.Git("ls-files --others --exclude-standard", "").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(f => ArticleFinder.ArticleExtensions.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal);
        var found = ArticleFinder.Find(["."], repository.Path, rules).Files.Select(f => Path.GetRelativePath(repository.Path, f).Replace('\\', '/'));

        Assert.Equal(expected, found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_reason_names_the_file_line_and_pattern_that_decided()
    {
        using var repository = CreateRepository();
        var rules = new SkipRules(useIgnoreFiles: true, includeHidden: true, repository.Environment);

        var reason = rules.ReasonToSkipNamed(Path.Combine(repository.Path, "sub/nested/n.md"))!;
        var global = rules.ReasonToSkipNamed(Path.Combine(repository.Path, "sub/g.global"))!;

        Assert.Equal((Path.Combine(repository.Path, "sub", ".gitignore"), 4, "nested/"), (reason.File, reason.Pattern!.Line, reason.Pattern.Text));
        Assert.Equal(Path.Combine(repository.Home, ".config", "git", "ignore"), global.File);
    }

    [Fact]
    public void Core_excludes_file_in_the_users_configuration_replaces_the_default_global_file()
    {
        using var repository = CreateRepository();
        File.WriteAllText(Path.Combine(repository.Home, ".gitconfig"), "[core]\n\texcludesFile = \"~/my ignores\" ; a comment\n");
        File.WriteAllText(Path.Combine(repository.Home, "my ignores"), "*.mine\n");
        File.WriteAllText(Path.Combine(repository.Path, "n.mine"), "");
        var rules = new SkipRules(useIgnoreFiles: true, includeHidden: true, repository.Environment);

        Assert.Equal("n.mine\n", repository.Git("check-ignore --no-index n.mine g.global", ""));
        Assert.NotNull(rules.ReasonToSkipNamed(Path.Combine(repository.Path, "n.mine")));
        Assert.Null(rules.ReasonToSkipNamed(Path.Combine(repository.Path, "g.global")));
    }

    [Fact]
    public void Ignore_files_are_read_in_a_linked_work_tree()
    {
        using var repository = CreateRepository();
        repository.Git("add .gitignore", "");
        repository.Git("commit -q -m ignores", "");
        repository.Git("worktree add -q linked", "");
        var linked = Path.Combine(repository.Path, "linked");
        File.WriteAllText(Path.Combine(linked, "debug.log"), "");
        File.WriteAllText(Path.Combine(linked, "excluded-by-info.md"), "");
        var rules = new SkipRules(useIgnoreFiles: true, includeHidden: true, repository.Environment);

        Assert.Equal(linked, rules.RepositoryOf(linked)!.WorkTree);
        Assert.NotNull(rules.ReasonToSkipNamed(Path.Combine(linked, "debug.log")));
        Assert.NotNull(rules.ReasonToSkipNamed(Path.Combine(linked, "excluded-by-info.md")));
    }

    [Fact]
    public void Contentlintignore_wins_over_gitignore_and_applies_outside_a_repository()
    {
        using var repository = CreateRepository();
        File.WriteAllText(Path.Combine(repository.Path, SkipRules.IgnoreFileName), "!build/\ndrafts/\n");
        using var plain = new TempFolder();
        plain.Write(SkipRules.IgnoreFileName, "*.draft.md\n");
        var rules = new SkipRules(useIgnoreFiles: true, includeHidden: false, repository.Environment);

        Assert.Null(rules.ReasonToSkipNamed(Path.Combine(repository.Path, "build", "out.md")));
        Assert.NotNull(rules.ReasonToSkipNamed(Path.Combine(repository.Path, "drafts", "d.md")));
        Assert.NotNull(rules.ReasonToSkipNamed(Path.Combine(plain.Path, "a.draft.md")));
        Assert.Null(rules.ReasonToSkipNamed(Path.Combine(plain.Path, "a.md")));
    }

    [Fact]
    public void Without_ignore_files_nothing_is_ignored_but_hidden_names_still_are_skipped_in_a_search()
    {
        using var repository = CreateRepository();
        var rules = new SkipRules(useIgnoreFiles: false, includeHidden: false, repository.Environment);

        Assert.All(Files, f => Assert.Null(rules.ReasonToSkipNamed(Path.Combine(repository.Path, f))));
        Assert.Equal(SkipReason.Hidden, rules.ReasonToSkip(Path.Combine(repository.Path, ".drafts"), isDirectory: true));
        Assert.Null(rules.ReasonToSkip(Path.Combine(repository.Path, "drafts"), isDirectory: true));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Bracket_classes_escapes_stars_and_case_folding_match_as_git_matches_them(bool ignoreCase)
    {
        string[] files =
        [
            "Readme.md", "readme.md", "README.MD", "a1.md", "a_.md", "aZ.md", "a-.md", "a].md", "m.md", "n.md", "T.md",
            "deep/a/b/c/d/e/end.md", "deep/end.md", "deep/x/y/z", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.md",
            "k/l/k/l/k/l/k/m.md", "slash/x.md", "q?.md", "star/one.md", "star/two/one.md", "Upper/Case.md",
            "rev.md", "bad[.md", "digits/7.md", "digits/x.md", "p!.md", "p.md",
        ];
        const string patterns = """
            [[:upper:]]eadme.md
            a[[:digit:]].md
            a[[:punct:]].md
            a[]].md
            [m-]n.md
            [!a-z].md
            deep/**/end.md
            deep/x/**
            *a*a*a*b.md
            k/**/k/**/k/**/m.md
            slash\/x.md
            q\?.md
            star/*/one.md
            upper/case.md
            [z-r]ev.md
            bad[.md
            digits/[[:alnum:]].md
            p[[:nosuch:]].md
            p[!!].md
            """;
        using var repository = new GitFixture();
        repository.Git("init -q", "");
        repository.Git($"config core.ignoreCase {(ignoreCase ? "true" : "false")}", "");
        foreach (var file in files)
        {
            repository.Write(file, "");
        }

        repository.Write(".gitignore", patterns.ReplaceLineEndings("\n") + "\n");
        var rules = new SkipRules(useIgnoreFiles: true, includeHidden: true, repository.Environment);

        var expected = repository.Git("check-ignore --no-index --stdin", string.Join("\n", files)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
        var actual = files.Where(f => rules.ReasonToSkipNamed(Path.Combine(repository.Path, f)) is not null).Order(StringComparer.Ordinal);

        Assert.Equal(expected, actual);
        Assert.Contains("deep/a/b/c/d/e/end.md", actual);
        Assert.Equal(ignoreCase, actual.Contains("Upper/Case.md"));
    }

    private static GitFixture CreateRepository()
    {
        var fixture = new GitFixture();
        fixture.Git("init -q", "");
        foreach (var file in Files)
        {
            fixture.Write(file, "");
        }

        fixture.Write(".gitignore", RootIgnore.ReplaceLineEndings("\n") + "\n");
        fixture.Write("sub/.gitignore", SubIgnore.ReplaceLineEndings("\n") + "\n");
        fixture.Write(".git/info/exclude", "excluded-by-info.md\n");
        Directory.CreateDirectory(Path.Combine(fixture.Home, ".config", "git"));
        File.WriteAllText(Path.Combine(fixture.Home, ".config", "git", "ignore"), "*.global\n");
        return fixture;
    }

    /// <summary>A git repository in a temporary folder, with a home folder of its own so the machine's git configuration plays no part.</summary>
    private sealed class GitFixture : IDisposable
    {
        private readonly TempFolder temp = new();

        public GitFixture()
        {
            Directory.CreateDirectory(Path);
            Directory.CreateDirectory(Home);
        }

        public string Path => System.IO.Path.Combine(temp.Path, "repo");

        public string Home => System.IO.Path.Combine(temp.Path, "home");

        public Func<string, string?> Environment => name => name switch
        {
            "HOME" => Home,
            "GIT_CONFIG_NOSYSTEM" => "1",
            _ => null,
        };

        public void Write(string relativePath, string content) => temp.Write(System.IO.Path.Combine("repo", relativePath), content);

        public string Git(string arguments, string input)
        {
            var start = new ProcessStartInfo("git", arguments)
            {
                WorkingDirectory = Path,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["HOME"] = Home;
            start.Environment.Remove("XDG_CONFIG_HOME");
            start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
            start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Test";
            start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "test@contentlint.invalid";
            using var git = Process.Start(start)!;
            git.StandardInput.Write(input);
            git.StandardInput.Close();
            var output = git.StandardOutput.ReadToEndAsync();
            var error = git.StandardError.ReadToEnd();
            git.WaitForExit();
            // check-ignore exits 1 when nothing is ignored; anything else above that is a failure.
            Assert.True(git.ExitCode <= 1, $"git {arguments}: {error}");
            return output.Result;
        }

        public void Dispose() => temp.Dispose();
    }
}
