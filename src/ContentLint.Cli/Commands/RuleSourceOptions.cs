using System.CommandLine;
using ContentLint.Configuration;
using ContentLint.Formatting;

namespace ContentLint.Cli.Commands;

/// <summary>
/// The options that choose configuration and rules (<c>--config</c>, <c>--rules DIR</c>, <c>--no-builtin</c>),
/// shared by every command that lints, and the one place a session's errors are printed.
/// </summary>
internal sealed class RuleSourceOptions
{
    private readonly Option<string?> config = new("--config", "-c")
    {
        Description = "use this configuration file for every file instead of searching for .contentlint.yaml",
        HelpName = "FILE",
    };

    private readonly Option<string[]> ruleFolders = new("--rules")
    {
        Description = "add the rule files (*.yaml, *.yml) in DIR and its sub-folders, skipping hidden ones, bin/, obj/ and node_modules/ (repeatable)",
        HelpName = "DIR",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<bool> noBuiltIn = new("--no-builtin")
    {
        Description = "do not load the built-in rules",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(config);
        command.Options.Add(ruleFolders);
        command.Options.Add(noBuiltIn);
    }

    /// <summary>The session options of the command: these options laid onto <paramref name="options"/>, then the host's changes.</summary>
    public LintSessionOptions Apply(ParseResult parsed, CommandOutput console, LintSessionOptions? options = null) =>
        console.SessionOptions((options ?? new LintSessionOptions()) with
        {
            ConfigFile = parsed.GetValue(config),
            RuleFolders = parsed.GetValue(ruleFolders) ?? [],
            BuiltInRules = !parsed.GetValue(noBuiltIn),
        });

    /// <summary>
    /// Runs a command's work on a session and turns what stops a run as asked into exit code 2, after printing it:
    /// invalid configuration or rule files, named paths that do not exist, an unreadable baseline, a file the run may not
    /// write.
    /// </summary>
    public static async Task<int> Run(CommandOutput console, LintSession session, Func<Task<int>> work)
    {
        try
        {
            if (session.MissingPaths.Count > 0)
            {
                foreach (var missing in session.MissingPaths)
                {
                    console.Error.WriteLine($"contentlint: no such file or folder: {TextEscaping.Escape(missing)}");
                }

                return ExitCodes.UsageError;
            }

            return await work();
        }
        catch (ConfigurationException e)
        {
            PrintErrors(e.Errors, console);
            return ExitCodes.UsageError;
        }
        catch (BaselineUnreadableException e)
        {
            console.Error.WriteLine($"contentlint: cannot read the baseline {TextEscaping.Escape(console.DisplayPath(e.Path))}: {TextEscaping.Escape(e.InnerException!.Message)} ('contentlint baseline' writes it.)");
            return ExitCodes.UsageError;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            // A write the run refuses (outside the folder it started in and its repository, whatever configuration
            // says) or the system refuses: a report or baseline file that cannot be created.
            console.Error.WriteLine($"contentlint: {TextEscaping.Escape(e.Message)}");
            return ExitCodes.UsageError;
        }
        catch (ArgumentException e) when (e.ParamName == nameof(LintSession.Options))
        {
            // Options the session cannot honour together, such as --shard with --stdin.
            console.Error.WriteLine($"contentlint: {e.Message[..e.Message.IndexOf(" (Parameter", StringComparison.Ordinal)]}");
            return ExitCodes.UsageError;
        }
    }

    /// <summary>Reads the session's baseline before a report is opened, so an unreadable one stops the run before any output.</summary>
    public static IReadOnlyList<Baselines.BaselineEntry> StaleBaselineEntries(LintSession session)
    {
        try
        {
            return session.FindStaleBaselineEntries();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new BaselineUnreadableException(session.GetBaselinePath()!, e);
        }
    }

    /// <summary>Writes configuration errors as <c>path:line:col: error CL01xx: message</c>, paths relative to the working folder.</summary>
    public static void PrintErrors(IEnumerable<ConfigurationError> errors, CommandOutput console)
    {
        foreach (var error in errors.Distinct())
        {
            var path = Path.IsPathRooted(error.Location.Path) ? console.DisplayPath(error.Location.Path) : error.Location.Path;
            console.Error.WriteLine(TextEscaping.Escape((error with { Location = error.Location with { Path = path } }).ToString()));
        }
    }

    /// <summary>The baseline the run needs cannot be read.</summary>
    private sealed class BaselineUnreadableException(string path, Exception inner) : Exception(inner.Message, inner)
    {
        public string Path { get; } = path;
    }
}
