using System.CommandLine;
using ContentLint.Cli.Commands;

namespace ContentLint.Cli;

/// <summary>
/// The <c>contentlint</c> command line. Commands write to the writers they are given, never to
/// <see cref="Console"/>, so tests run them in-process.
/// </summary>
internal static class CommandLine
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns its exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory) =>
        Run(args, new CommandOutput(output, error, workingDirectory));

    /// <summary>Parses <paramref name="args"/>, runs the command with <paramref name="console"/> and returns its exit code.</summary>
    public static int Run(string[] args, CommandOutput console)
    {
        var (output, error) = (console.Out, console.Error);
        var root = new RootCommand("Lint articles for the junk scrapers, feeds and machine translation leave behind. The command is 'lint' when none is named.");
        root.Subcommands.Add(new LintCommand(console).Create());
        root.Subcommands.Add(new RulesCommand(console).Create());
        root.Subcommands.Add(new InitCommand(console).Create());
        root.Subcommands.Add(new TestCommand(console).Create());
        root.Subcommands.Add(new FixCommand(console).Create());
        root.Subcommands.Add(new BaselineCommand(console).Create());
        root.Subcommands.Add(new MergeCommand(console).Create());

        // "contentlint PATH" is "contentlint lint PATH": lint is the default command. Naming it here, rather than
        // giving the root command lint's arguments, keeps every other command's usage and help its own.
        var namesCommand = args.Length > 0 && (root.Subcommands.Any(c => c.Name == args[0]) || args[0] is "--help" or "-h" or "-?" or "--version");
        var parsed = root.Parse(namesCommand ? args : ["lint", .. args]);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"contentlint: {parseError.Message}");
            }

            error.WriteLine("Run 'contentlint --help' for usage.");
            return ExitCodes.UsageError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }
}

/// <summary>Where commands write and which folder relative paths start from.</summary>
/// <param name="Out">The report and listings.</param>
/// <param name="Error">Problems with the run itself.</param>
/// <param name="WorkingDirectory">The folder relative paths are resolved against and shown relative to.</param>
internal sealed record CommandOutput(TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    /// <summary>Opens what <c>--stdin</c> reads; the process's standard input unless a test gives another.</summary>
    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;

    /// <summary>Opens standard output as bytes, for filters that write records (<c>fix --stdin</c>); the process's unless a test gives another.</summary>
    public Func<Stream> OpenStandardOutput { get; init; } = Console.OpenStandardOutput;

    /// <summary>
    /// What a host embedding the command line changes in each run's session: C# rules to add, or (in tests) a file
    /// system that fails. Unchanged by default.
    /// </summary>
    public Func<LintSessionOptions, LintSessionOptions> Session { get; init; } = options => options;

    /// <summary>The session options every command starts from: the working folder, as the host adjusts them.</summary>
    public LintSessionOptions SessionOptions(LintSessionOptions options) => Session(options with { WorkingDirectory = WorkingDirectory });

    /// <summary>Where long runs draw their progress line; null (no progress) unless this is an interactive terminal.</summary>
    public TextWriter? Progress { get; init; }

    /// <summary>The path as reports show it: relative to the working folder when inside it, with forward slashes.</summary>
    public string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(WorkingDirectory, fullPath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return shown.Replace('\\', '/');
    }
}
