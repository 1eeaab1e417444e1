using System.Text;
using System.Text.RegularExpressions;
using ContentLint.Cli;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Commands;

/// <summary>
/// The command line is strict, as ESLint's and Ruff's are: what it does not know stops the run with exit code 2 and
/// the nearest valid name, before anything is linted; and its help pages, the README and each other agree.
/// </summary>
public sealed partial class CommandLineTests
{
    private const string SeedArticle = "seeds/000_da2ecfbc249d304b.txt";

    [Theory]
    [InlineData("--formt sarif seeds", "contentlint: unknown option '--formt' for 'contentlint lint'. Did you mean '--format'?")]
    [InlineData("seeds --colour never", "contentlint: unknown option '--colour' for 'contentlint lint'. Did you mean '--color'?")]
    [InlineData("--dry-run seeds", "contentlint: unknown option '--dry-run' for 'contentlint lint'; it is an option of 'contentlint fix'.")]
    [InlineData("fix --verbose seeds", "contentlint: unknown option '--verbose' for 'contentlint fix' ('contentlint fix --help' lists its options).")]
    [InlineData("lnt seeds", "contentlint: 'lnt' is not a command, and no file or folder has that name. Did you mean 'lint'?")]
    [InlineData("baselin seeds", "contentlint: 'baselin' is not a command, and no file or folder has that name. Did you mean 'baseline'?")]
    [InlineData("init here", "contentlint: 'contentlint init' takes no argument 'here'.")]
    [InlineData("rules navigaton-label", "contentlint: no rule has the id or name 'navigaton-label'. Did you mean 'navigation-label'?")]
    [InlineData("fix --dry-run --rule dupliate-headline seeds", "contentlint: no rule has the id or name 'dupliate-headline'. Did you mean 'duplicate-headline'?")]
    [InlineData("--format sarf seeds", "contentlint: --format: 'sarf' is not one of text, json, sarif, github, gitlab, junit, checkstyle, jsonl, html. Did you mean 'sarif'?")]
    [InlineData("--fail-level eror seeds", "contentlint: --fail-level: 'eror' is not one of error, warning, info. Did you mean 'error'?")]
    [InlineData("--color sometimes seeds", "contentlint: --color: 'sometimes' is not one of auto, always, never.")]
    [InlineData("--jobs abc seeds", "contentlint: --jobs expects a whole number of 1 or more; found 'abc'.")]
    [InlineData("--jobs 0 seeds", "contentlint: --jobs expects a whole number of 1 or more; found '0'.")]
    [InlineData("--max-warnings -1 seeds", "contentlint: --max-warnings expects a whole number of 0 or more; found '-1'.")]
    [InlineData("seeds --format", "contentlint: --format needs a value (text|json|sarif|github|gitlab|junit|checkstyle|jsonl|html).")]
    [InlineData("seeds --format sarif --output - --format text", "contentlint: only one --format can write to standard output; give the others an --output FILE.")]
    [InlineData("- seeds", "contentlint: standard input (- or --stdin) is linted on its own; name no other paths with it.")]
    [InlineData("-q --min-severity info seeds", "contentlint: --quiet shows errors only, and --min-severity info asks for more; give one of them.")]
    [InlineData("-q --fail-level warning seeds", "contentlint: --fail-level warning counts warning findings, which --quiet hides; show them or gate on what is shown.")]
    public void A_command_line_it_does_not_understand_exits_2_saying_what_is_wrong_before_linting(string commandLine, string message)
    {
        var run = CliRunner.RunInRepository(commandLine.Split(' '));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal(message, run.Error.Split(Environment.NewLine)[0]);
    }

    [Fact]
    public void An_empty_path_is_an_error_not_the_current_folder()
    {
        var run = CliRunner.RunInRepository("");

        Assert.Equal((2, "contentlint: an empty path names no file or folder."), (run.ExitCode, run.Error.Split(Environment.NewLine)[0]));
    }

    [Fact]
    public void Double_dash_ends_the_options_so_a_file_named_like_an_option_can_be_linted()
    {
        using var temp = new TempFolder();
        temp.Write("--draft.txt", "Title\n\nBody.\n\nYou May Also Like\n");

        var run = CliRunner.Run(temp.Path, "--", "--draft.txt");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("--draft.txt(5,1,5,18): error CL3003:", run.Output);
    }

    [Fact]
    public void A_dash_path_reads_standard_input_and_output_dash_writes_to_standard_output()
    {
        var run = CliRunner.Run(
            Repository.Root,
            console => console with { OpenStandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes("Title\n\nYou May Also Like\n")) },
            "-", "--stdin-filename", "post.md", "--format", "json", "--output", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\"path\": \"post.md\"", run.Output);
        Assert.False(File.Exists(Path.Combine(Repository.Root, "-")));
    }

    [Fact]
    public void Every_usage_line_and_help_page_names_the_command_contentlint()
    {
        // Every registered command, so a new one gets its help snapshot by being added.
        var commands = ContentLint.Cli.CommandLine.Create(new CommandOutput(TextWriter.Null, TextWriter.Null, Repository.Root)).Subcommands.Select(c => c.Name).ToList();
        Assert.Contains("lint", commands);
        foreach (var command in commands)
        {
            var page = CliRunner.RunInRepository(command, "--help");

            Assert.Equal(0, page.ExitCode);
            Assert.StartsWith(command == "lint" ? "Usage: contentlint [lint] " : $"Usage: contentlint {command}", page.Output);
            Golden.Verify($"help.{command}", page.Output);
        }

        var root = CliRunner.RunInRepository("--help");
        Assert.StartsWith("Usage: contentlint [lint] [PATH|GLOB ...] [options]", root.Output);
        Assert.DoesNotContain("ContentLint.Cli", root.Output);
        Golden.Verify("help.root", root.Output);
    }

    [Fact]
    public void Root_help_shows_lints_options_exactly_as_lint_help_does()
    {
        var root = CliRunner.RunInRepository("--help").Output;
        var lint = CliRunner.RunInRepository("lint", "--help").Output;

        var lintOptions = lint[(lint.IndexOf("Options:\n", StringComparison.Ordinal) + "Options:\n".Length)..lint.IndexOf("  -h, --help", StringComparison.Ordinal)];
        Assert.Contains("  -f, --format text|json|sarif|github|gitlab|junit|checkstyle|jsonl|html\n", lintOptions);
        Assert.Contains(lintOptions, root);
    }

    [Theory]
    [InlineData("lint seeds --format sarif")]
    [InlineData("fix --dry-run seeds")]
    [InlineData("profile seeds --output corpus.profile")]
    public void An_interrupted_run_exits_130_with_one_line_and_no_stack_trace(string commandLine)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var temp = new TempFolder();
        var console = new CommandOutput(output, error, temp.Path) { Environment = _ => null };
        Directory.CreateDirectory(Path.Combine(temp.Path, "seeds"));
        File.Copy(Path.Combine(Repository.Root, SeedArticle), Path.Combine(temp.Path, SeedArticle));

        // What Ctrl+C or SIGTERM does: System.CommandLine cancels the token the command runs with.
        var exitCode = ContentLint.Cli.CommandLine.Run(commandLine.Split(' '), console, new CancellationToken(canceled: true));

        Assert.Equal(130, exitCode);
        Assert.Equal("contentlint: cancelled; the run stopped before it ended, and its reports are incomplete.\n", error.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_readme_command_line_section_is_the_root_help_and_says_what_no_path_means_as_help_does()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");
        var block = HelpBlock().Match(readme);
        var help = CliRunner.RunInRepository("--help").Output.ReplaceLineEndings("\n");

        Assert.True(block.Success, "README.md has no block marked <!-- help: contentlint --help -->.");
        Assert.Equal(help, block.Groups["body"].Value);
        Assert.Contains("no path: the configuration's include globs, else the current folder", Regex.Replace(help, @"\s+", " "));
    }

    [GeneratedRegex(@"<!-- help: contentlint --help -->\n```text\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex HelpBlock();
}
