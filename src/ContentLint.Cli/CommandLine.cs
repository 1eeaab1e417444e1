using System.CommandLine;
using System.CommandLine.Help;
using ContentLint.Cli.Commands;
using ContentLint.Configuration;
using ContentLint.Files;

namespace ContentLint.Cli;

/// <summary>
/// The <c>contentlint</c> command line. Commands write to the writers they are given, never to
/// <see cref="Console"/>, so tests run them in-process. Strict, as ESLint and Ruff are: an unknown option, a
/// misspelt command or a value that is not one of those allowed stops the run with exit code 2 and the nearest
/// valid name; <c>--</c> ends the options.
/// </summary>
internal static class CommandLine
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns its exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory) =>
        Run(args, new CommandOutput(output, error, workingDirectory));

    /// <summary>
    /// Parses <paramref name="args"/>, runs the command with <paramref name="console"/> and returns its exit code.
    /// Ctrl+C and SIGTERM cancel <paramref name="cancellation"/> as well (System.CommandLine's handler).
    /// </summary>
    public static int Run(string[] args, CommandOutput console, CancellationToken cancellation = default)
    {
        var root = Create(console);
        var commands = root.Subcommands.Select(c => c.Name).ToList();

        // "contentlint PATH" is "contentlint lint PATH": lint is the default command. Naming it here, rather than
        // giving the root command lint's arguments, keeps every other command's usage and help its own.
        var namesCommand = args.Length > 0 && (commands.Contains(args[0]) || args[0] is "--help" or "-h" or "--version");
        if (!namesCommand && MisspeltCommand(args, commands, console.WorkingDirectory) is { } misspelt)
        {
            return Refuse(console, [misspelt]);
        }

        var parsed = root.Parse(namesCommand ? args : ["lint", .. args]);
        var problems = UsageErrors.Of(parsed, root);
        if (problems.Count > 0)
        {
            return Refuse(console, problems);
        }

        try
        {
            var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
            return parsed.InvokeAsync(configuration, cancellation).GetAwaiter().GetResult();
        }
        catch (Exception e) when (IsCancellation(e))
        {
            // An interrupted run is the user's doing, not a crash: one line, no stack trace, and the shell's code
            // for an interrupt, so a CI step or a script stops as it would for any other interrupted tool.
            console.Error.WriteLine("contentlint: cancelled; the run stopped before it ended, and its reports are incomplete.");
            return ExitCodes.Cancelled;
        }
    }

    private static bool IsCancellation(Exception e) =>
        e is OperationCanceledException || (e is AggregateException aggregate && aggregate.Flatten().InnerExceptions.All(IsCancellation));

    /// <summary>Every command, with <c>--help</c> writing this tool's own pages.</summary>
    public static RootCommand Create(CommandOutput console)
    {
        var root = new RootCommand("Lint articles for the junk scrapers, feeds and machine translation leave behind.");
        root.Subcommands.Add(new LintCommand(console).Create());
        root.Subcommands.Add(new FixCommand(console).Create());
        root.Subcommands.Add(new BaselineCommand(console).Create());
        root.Subcommands.Add(new RulesCommand(console).Create());
        root.Subcommands.Add(new TestCommand(console).Create());
        root.Subcommands.Add(new InitCommand(console).Create());
        root.Subcommands.Add(new ProfileCommand(console).Create());
        root.Subcommands.Add(new MergeCommand(console).Create());
        root.Subcommands.Add(new LanguageServer.LspCommand(console).Create());

        // "-h" and "--help" only (not "/?", "/h", "-?"): a path may start with a slash.
        var version = root.Options.OfType<VersionOption>().Single();
        root.Options.Clear();
        root.Options.Add(new HelpOption("--help", "-h") { Action = new HelpText.Action(root, console.Out), Recursive = true });
        version.Description = "show the version";
        root.Options.Add(version);
        return root;
    }

    /// <summary>
    /// "contentlint lnt seeds": a first word that is no command, no file or folder and no glob, but is close to a
    /// command's name, is a typo rather than a path.
    /// </summary>
    private static string? MisspeltCommand(string[] args, IReadOnlyList<string> commands, string workingDirectory)
    {
        if (args.Length == 0 || args[0].StartsWith('-') || args[0].Length == 0 || ArticleFinder.IsGlob(args[0]))
        {
            return null;
        }

        var full = Path.GetFullPath(args[0], workingDirectory);
        if (File.Exists(full) || Directory.Exists(full))
        {
            return null;
        }

        var suggestion = YamlMap.Suggest(args[0], commands);
        return suggestion.Length == 0 ? null : $"'{args[0]}' is not a command, and no file or folder has that name.{suggestion}";
    }

    private static int Refuse(CommandOutput console, IEnumerable<string> problems)
    {
        foreach (var problem in problems)
        {
            console.Error.WriteLine($"contentlint: {Formatting.TextEscaping.Escape(problem)}");
        }

        console.Error.WriteLine("Run 'contentlint --help' for usage.");
        return ExitCodes.UsageError;
    }
}

/// <summary>Where commands write, which folder relative paths start from, and what they know of the terminal.</summary>
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

    /// <summary>Reads an environment variable (NO_COLOR, FORCE_COLOR, TERM); the process's environment unless a test gives another.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>True when standard output is a terminal, where the text report is coloured.</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>
    /// The path as reports show it: relative to the working folder when inside it, with forward slashes. Only on
    /// Windows is a backslash a separator; elsewhere it is a character of the name, and stays.
    /// </summary>
    public string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(WorkingDirectory, fullPath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return Path.DirectorySeparatorChar == '\\' ? shown.Replace('\\', '/') : shown;
    }
}
