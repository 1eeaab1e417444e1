using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using ContentLint.Files;
using ContentLint.Tests.Files;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Robustness;

/// <summary>
/// Issue 15: files are what they say (FIFOs, devices and links to them are never read; reads are bounded), rules
/// stay linear, YAML and baselines are checked, writes stay inside the run's root and never over an input, the
/// atomic write keeps owner, mode and links and does not lose a concurrent edit, and names from files are escaped.
/// </summary>
public sealed class HostileFilesTests(HostileFilesTests.ToolForOtherUsers tool) : IClassFixture<HostileFilesTests.ToolForOtherUsers>
{
    /// <summary>
    /// The tool's build copied where any account may read it: the suite's own folder may sit under a private one (a
    /// clone made in <c>mktemp -d</c> is mode 0700), which the unprivileged account cannot enter.
    /// </summary>
    public sealed class ToolForOtherUsers : IDisposable
    {
        private readonly TempFolder copy = new();

        public ToolForOtherUsers()
        {
            var built = typeof(ContentLint.Cli.CommandLine).Assembly.Location;
            Assembly = OperatingSystem.IsWindows() ? built : CopyReadable(Path.GetDirectoryName(built)!, Path.GetFileName(built));
        }

        /// <summary>The command line tool's assembly in the copy.</summary>
        public string Assembly { get; }

        public void Dispose() => copy.Dispose();

        [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
        private string CopyReadable(string build, string assemblyName)
        {
            var readable = (UnixFileMode)0x1A4;
            var enterable = (UnixFileMode)0x1ED;
            File.SetUnixFileMode(copy.Path, enterable);
            foreach (var folder in Directory.EnumerateDirectories(build, "*", SearchOption.AllDirectories))
            {
                File.SetUnixFileMode(Directory.CreateDirectory(Path.Combine(copy.Path, Path.GetRelativePath(build, folder))).FullName, enterable);
            }

            foreach (var file in Directory.EnumerateFiles(build, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(copy.Path, Path.GetRelativePath(build, file));
                File.Copy(file, target);
                File.SetUnixFileMode(target, readable);
            }

            return Path.Combine(copy.Path, assemblyName);
        }
    }

    /// <summary>An ordinary account the tests run the tool as.</summary>
    private const uint UnprivilegedUser = 4343;

    /// <summary>Another ordinary account, owner of files the first may not write.</summary>
    private const uint OtherUser = 4242;

    private const string Junked = "Headline of the day\n\nBody text of the article.\n\nPopulair\n";

    [Fact]
    public void A_fifo_among_the_articles_or_named_is_skipped_with_CL0011_by_lint_fix_and_baseline()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", Junked);
        Assert.Equal(0, MakeFifo(Path.Combine(temp.Path, "pipe.txt"), 0x1A4));

        var lint = CliRunner.Run(temp.Path, ".");
        var named = CliRunner.Run(temp.Path, "pipe.txt");
        var fix = CliRunner.Run(temp.Path, "fix", ".");
        var baseline = CliRunner.Run(temp.Path, "baseline", ".");

        Assert.Contains("pipe.txt(1,1,1,1): warning CL0011: Skipped: it is a FIFO (named pipe), not a regular file [not-a-regular-file]", lint.Output, StringComparison.Ordinal);
        Assert.Contains("CL0011", named.Output, StringComparison.Ordinal);
        Assert.Contains("CL0011", fix.Output, StringComparison.Ordinal);
        Assert.Equal(0, baseline.ExitCode);
    }

    [Fact]
    public void A_link_to_dev_zero_as_article_configuration_rule_or_baseline_is_never_read_to_its_end()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", Junked);
        File.CreateSymbolicLink(Path.Combine(temp.Path, "zero.txt"), "/dev/zero");

        var lint = CliRunner.Run(temp.Path, "zero.txt");
        var fix = CliRunner.Run(temp.Path, "fix", "zero.txt");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "config.yaml"), "/dev/zero");
        var config = CliRunner.Run(temp.Path, "--config", "config.yaml", "a.txt");
        Directory.CreateDirectory(Path.Combine(temp.Path, "rules"));
        File.CreateSymbolicLink(Path.Combine(temp.Path, "rules", "MY1001-zero.yaml"), "/dev/zero");
        var rules = CliRunner.Run(temp.Path, "--rules", "rules", "a.txt");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "baseline.json"), "/dev/zero");
        var baseline = CliRunner.Run(temp.Path, "--baseline", "baseline.json", "a.txt");

        Assert.Contains("zero.txt(1,1,1,1): warning CL0011: Skipped: it is a character device", lint.Output, StringComparison.Ordinal);
        // A link that leads out of the run's root is not written through; fix refuses before reading anything.
        Assert.Equal(2, fix.ExitCode);
        Assert.Contains("/dev/zero is outside the folder the run started in", fix.Error, StringComparison.Ordinal);
        Assert.Equal(2, config.ExitCode);
        Assert.Contains("config.yaml:1:1: error", config.Error, StringComparison.Ordinal);
        Assert.Equal(2, rules.ExitCode);
        Assert.Contains("MY1001-zero.yaml:1:1: error", rules.Error, StringComparison.Ordinal);
        Assert.Equal(2, baseline.ExitCode);
        Assert.Contains("not a regular file", baseline.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void CL1006_control_characters_past_the_binary_probe_are_found_in_linear_time()
    {
        // 200,000 NUL bytes after a clean first block took 54 s (a 10 MB file over 300 s): each finding searched the
        // whole line for exceptions, then one finding per character cost seconds per million. A run is one finding.
        var nuls = "Title\n\n" + new string('a', 9_000) + new string('\0', 2_000_000);
        var runs = new StringBuilder("Title\n\n").Append('a', 9_000);
        var controls = Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')).ToList();
        foreach (var c in controls)
        {
            runs.Append(c, 1_000_000).Append(' ');
        }

        var linter = new LinterBuilder().AddBuiltInRules().Build();
        var nulFindings = linter.Lint(nuls).Where(f => f.Id == "CL1006").ToList();
        var runFindings = linter.Lint(runs.ToString()).Where(f => f.Id == "CL1006").ToList();

        Assert.Equal(2_000_000, Assert.Single(nulFindings).Span.Length);
        Assert.Equal(controls.Count, runFindings.Count);
        Assert.All(runFindings, f => Assert.Equal(1_000_000, f.Span.Length));
    }

    [Theory]
    [InlineData(".contentlint.yaml", "root: true\n? &a [*a]\n: 1\n")]
    [InlineData("rules/MY1001-loop.yaml", "id: MY1001\n? &a [*a]\n: 1\n")]
    public void A_recursive_yaml_alias_is_refused_with_exit_code_2(string file, string yaml)
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", Junked);
        temp.Write(file, yaml);

        var run = CliRunner.Run(temp.Path, file.StartsWith("rules", StringComparison.Ordinal) ? ["--rules", "rules", "a.txt"] : ["a.txt"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("recursive aliases are refused", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"version":1,"entries":[{"file":null,"rule":"CL3001","hash":"0123456789abcdef","count":1}]}""", "'file'")]
    [InlineData("""{"version":1,"entries":[{"file":"a.txt","rule":"CL3001","hash":"0123456789abcdef","count":2147483648}]}""", "'count'")]
    [InlineData("""{"version":1,"entries":[{"file":"a.txt","rule":"CL3001","hash":"0123456789abcdef","count":2147483647},{"file":"a.txt","rule":"CL3001","hash":"0123456789abcdef","count":2147483647}]}""", "repeats")]
    [InlineData("""{"version":1,"entries":[{"file":"/etc/passwd","rule":"CL3001","hash":"0123456789abcdef","count":1}]}""", "'file'")]
    [InlineData("""{"version":1,"entries":[{"file":"a.txt","rule":"\u001b[31m","hash":"0123456789abcdef","count":1}]}""", "'rule'")]
    [InlineData("""{"version":1,"entries":[{"file":"a.txt","rule":"CL3001","hash":"xyz","count":1,"extra":true}]}""", "unknown field")]
    public void A_baseline_with_a_bad_field_is_refused_with_exit_code_2(string json, string field)
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", Junked);
        temp.Write("baseline.json", json);

        var run = CliRunner.Run(temp.Path, "--baseline", "baseline.json", "a.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(field, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_never_names_an_input_a_folder_or_the_same_file_twice()
    {
        using var temp = new TempFolder();
        var article = temp.Write("article.txt", Junked);
        Directory.CreateDirectory(Path.Combine(temp.Path, "reports"));

        var overInput = CliRunner.Run(temp.Path, "article.txt", "--output", "article.txt");
        var folder = CliRunner.Run(temp.Path, "article.txt", "--output", "reports");
        var twice = CliRunner.Run(temp.Path, "article.txt", "--format", "json", "--output", "r.txt", "--format", "sarif", "--output", "./r.txt");
        var baselineFolder = CliRunner.Run(temp.Path, "baseline", "article.txt", "--output", "reports");
        var baselineOverInput = CliRunner.Run(temp.Path, "baseline", "article.txt", "--output", "article.txt");

        Assert.Equal(Junked, File.ReadAllText(article));
        Assert.All([overInput, folder, twice, baselineFolder, baselineOverInput], run => Assert.Equal(2, run.ExitCode));
        Assert.Contains("is a file the run reads", overInput.Error, StringComparison.Ordinal);
        Assert.Contains("is a folder", folder.Error, StringComparison.Ordinal);
        Assert.Contains("is named twice", twice.Error, StringComparison.Ordinal);
        Assert.Contains("is a folder", baselineFolder.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Path, "r.txt")));
    }

    [Theory]
    [InlineData("include: [\"../elsewhere/**\"]\n")]
    [InlineData("include: [\"{elsewhere}/**\"]\n")]
    public void Fix_never_writes_outside_the_folder_the_run_started_in_whatever_configuration_says(string include)
    {
        using var temp = new TempFolder();
        var outside = temp.Write("elsewhere/a.txt", Junked);
        temp.Write("repo/.contentlint.yaml", "root: true\n" + include.Replace("{elsewhere}", Path.Combine(temp.Path, "elsewhere"), StringComparison.Ordinal));
        temp.Write("repo/b.txt", Junked);

        var run = CliRunner.Run(Path.Combine(temp.Path, "repo"), "fix");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(outside, run.Error, StringComparison.Ordinal);
        Assert.Equal(Junked, File.ReadAllText(outside));
    }

    [Fact]
    public void Baseline_never_writes_outside_the_folder_the_run_started_in_whatever_configuration_says()
    {
        using var temp = new TempFolder();
        var victim = temp.Write("elsewhere/file", "precious");
        temp.Write("repo/.contentlint.yaml", "root: true\nbaseline: ../elsewhere/file\n");
        temp.Write("repo/a.txt", Junked);

        var run = CliRunner.Run(Path.Combine(temp.Path, "repo"), "baseline");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("outside the folder the run started in", run.Error, StringComparison.Ordinal);
        Assert.Equal("precious", File.ReadAllText(victim));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_temporary_file_is_private_from_the_start_and_the_original_keeps_its_owner_and_mode()
    {
        using var temp = new TempFolder();
        var path = temp.Write("a.txt", Junked);
        Assert.Equal(0, Chown(path, 4242, 4343));
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.SetUser);
        UnixFileMode? modeWhileWriting = null;
        var steps = new FaultyFileSystem(WriteStep.Cleanup + 1, FaultKind.InputOutput)
        {
            BeforeStep = (step, temporary) =>
            {
                if (step == WriteStep.WriteTemporary)
                {
                    modeWhileWriting = File.GetUnixFileMode(temporary!);
                }
            },
        };

        new SafeFileWriter(steps).Replace(path, File.ReadAllBytes(path), "fixed\n"u8);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, modeWhileWriting);
        Assert.Equal("fixed\n", File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.SetUser, File.GetUnixFileMode(path));
        Assert.Equal((4242u, 4343u), OwnerOf(path));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void An_unprivileged_user_cannot_fix_another_users_file_whose_owner_may_write_it_in_a_folder_anyone_may_write()
    {
        // Root may write every file, so the refusal is only seen from an ordinary account: the run drops to one.
        using var temp = new TempFolder();
        File.SetUnixFileMode(temp.Path, (UnixFileMode)0x1FF);
        var path = temp.Write("a.txt", Junked);
        Assert.Equal(0, Chown(path, OtherUser, OtherUser));
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var run = RunAsUnprivilegedUser(temp.Path, "fix", "a.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("a.txt was not fixed (the file is unchanged)", run.Error, StringComparison.Ordinal);
        Assert.Equal(Junked, File.ReadAllText(path));
        Assert.Equal((OtherUser, OtherUser), OwnerOf(path));
        Assert.Equal(["a.txt"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void An_unprivileged_user_fixing_an_own_private_file_keeps_its_owner_and_mode_and_leaves_no_temporary_file()
    {
        using var temp = new TempFolder();
        var path = temp.Write("a.txt", Junked);
        Assert.Equal(0, Chown(temp.Path, UnprivilegedUser, UnprivilegedUser));
        Assert.Equal(0, Chown(path, UnprivilegedUser, UnprivilegedUser));
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        var run = RunAsUnprivilegedUser(temp.Path, "fix", "a.txt");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Headline of the day\n\nBody text of the article.\n", File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
        Assert.Equal((UnprivilegedUser, UnprivilegedUser), OwnerOf(path));
        Assert.Equal(["a.txt"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_folder_that_cannot_be_listed_is_reported_with_CL0001_not_skipped_without_a_word()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", Junked);
        temp.Write("locked/b.txt", Junked);
        File.SetUnixFileMode(temp.Path, (UnixFileMode)0x1FF);
        File.SetUnixFileMode(Path.Combine(temp.Path, "locked"), UnixFileMode.None);

        var run = RunAsUnprivilegedUser(temp.Path, ".");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("locked(1,1,1,1): error CL0001: Cannot read the file: the folder cannot be listed, so the files in it were not linted", run.Output, StringComparison.Ordinal);
        Assert.Contains("a.txt(5,1,5,9): warning CL3001", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_folder_deeper_than_the_path_limit_is_reported_with_CL0001_and_the_files_above_it_are_linted()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", Junked);
        // 25 folders of 200 characters: past Linux's 4,096-byte path limit, made one relative step at a time as only
        // a shell can (and removed by one: .NET cannot delete what it cannot name).
        Shell("for i in $(seq 10 34); do d=d$i$(printf 'x%.0s' $(seq 197)); mkdir $d && cd $d || exit 1; done && printf 'Title\\n' > deep.txt");
        try
        {
            var run = CliRunner.Run(temp.Path, ".");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("a.txt(5,1,5,9): warning CL3001", run.Output, StringComparison.Ordinal);
            Assert.Matches(@"\nd10x{197}(/d\d\dx{197})+\(1,1,1,1\): error CL0001: Cannot read the file: ", "\n" + run.Output);
        }
        finally
        {
            Shell("rm -rf d10*");
        }

        void Shell(string script)
        {
            using var shell = Process.Start(new ProcessStartInfo("bash") { ArgumentList = { "-c", "cd \"$1\" && " + script, "bash", temp.Path } })!;
            shell.WaitForExit();
            Assert.Equal(0, shell.ExitCode);
        }
    }

    [Fact]
    public void A_file_with_hard_links_is_refused_with_a_message_and_both_names_keep_their_content()
    {
        using var temp = new TempFolder();
        var path = temp.Write("a.txt", Junked);
        Assert.Equal(0, Link(path, Path.Combine(temp.Path, "b.txt")));

        var run = CliRunner.Run(temp.Path, "fix", "a.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("hard links", run.Error, StringComparison.Ordinal);
        Assert.Equal(Junked, File.ReadAllText(path));
        Assert.Equal(Junked, File.ReadAllText(Path.Combine(temp.Path, "b.txt")));
    }

    [Fact]
    public void An_edit_saved_between_the_last_check_and_the_rename_is_not_overwritten()
    {
        using var temp = new TempFolder();
        var path = temp.Write("a.txt", Junked);
        var steps = new FaultyFileSystem(WriteStep.Cleanup + 1, FaultKind.InputOutput)
        {
            BeforeStep = (step, _) =>
            {
                if (step == WriteStep.Replace)
                {
                    File.WriteAllText(path, "saved by the editor\n");
                }
            },
        };

        var error = Assert.Throws<IOException>(() => new SafeFileWriter(steps).Replace(path, Encoding.UTF8.GetBytes(Junked), "fixed\n"u8));

        Assert.Contains("changed while it was being replaced", error.Message, StringComparison.Ordinal);
        Assert.Equal("saved by the editor\n", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void The_same_fix_saved_by_a_concurrent_run_between_the_last_check_and_the_rename_is_a_success()
    {
        using var temp = new TempFolder();
        var path = temp.Write("a.txt", Junked);
        var steps = new FaultyFileSystem(WriteStep.Cleanup + 1, FaultKind.InputOutput)
        {
            BeforeStep = (step, _) =>
            {
                if (step == WriteStep.Replace)
                {
                    File.WriteAllText(path, "fixed\n");
                }
            },
        };

        new SafeFileWriter(steps).Replace(path, Encoding.UTF8.GetBytes(Junked), "fixed\n"u8);

        Assert.Equal("fixed\n", File.ReadAllText(path));
        Assert.Equal(["a.txt"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void File_names_with_line_breaks_and_escape_sequences_never_start_a_line_of_output()
    {
        using var temp = new TempFolder();
        const string Name = "a\n::warning file=x::forged\u001b[31m.txt";
        temp.Write(Name, Junked);

        var lint = CliRunner.Run(temp.Path, ".");
        var fix = CliRunner.Run(temp.Path, "fix", "--dry-run", ".");
        var write = CliRunner.Run(temp.Path, "fix", ".");

        foreach (var text in new[] { lint.Output, lint.Error, fix.Output, fix.Error, write.Output, write.Error })
        {
            Assert.DoesNotContain("\n::warning", text, StringComparison.Ordinal);
            Assert.DoesNotContain('\u001b', text);
        }

        Assert.Contains("a\\u000A::warning file=x::forged\\u001B[31m.txt(5,1,5,9): warning CL3001", lint.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_backslash_in_a_linux_file_name_is_kept()
    {
        using var temp = new TempFolder();
        temp.Write("a\\b.txt", Junked);

        var run = CliRunner.Run(temp.Path, ".");

        Assert.Contains("a\\b.txt(5,1,5,9): warning CL3001", run.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// Runs the command line tool in its own process as <see cref="UnprivilegedUser"/>, dropping root's rights with
    /// <c>setpriv</c> (util-linux): the suite runs as root, which may write any file.
    /// </summary>
    private CliRun RunAsUnprivilegedUser(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("setpriv")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { $"--reuid={UnprivilegedUser}", $"--regid={UnprivilegedUser}", "--clear-groups", "env", $"HOME={folder}", $"DOTNET_CLI_HOME={folder}", "DOTNET_NOLOGO=1", "dotnet", tool.Assembly })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, output, error.Result);
    }

    private static (uint Owner, uint Group) OwnerOf(string path) =>
        FileIdentity.Of(path) is { } identity ? (identity.Owner, identity.Group) : (0, 0);

    [DllImport("libc", EntryPoint = "mkfifo")]
    private static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

    [DllImport("libc", EntryPoint = "chown")]
    private static extern int Chown([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint owner, uint group);

    [DllImport("libc", EntryPoint = "link")]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string created);
}
