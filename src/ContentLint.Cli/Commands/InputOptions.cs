using System.CommandLine;

namespace ContentLint.Cli.Commands;

/// <summary>
/// What a run reads: the paths (files, folders, globs), or standard input with <c>-</c> or <c>--stdin</c> (named by
/// <c>--stdin-filename</c>); <c>--jsonl</c> reads every file as JSON Lines.
/// </summary>
internal sealed class InputOptions(string stdinDescription = "lint standard input (the same as the path -)")
{
    /// <summary>The path that stands for standard input.</summary>
    public const string StandardStream = "-";

    private readonly Argument<string[]> paths = PathsArgument();

    private readonly Option<bool> stdin = new("--stdin")
    {
        Description = stdinDescription,
    };

    private readonly Option<string?> stdinFilename = new("--stdin-filename")
    {
        Description = "the name standard input is reported as: its extension picks the format, and exclude and ignore files judge it as a named file",
        HelpName = "NAME",
    };

    private readonly Option<bool> jsonl = new("--jsonl")
    {
        Description = "read every file as JSON Lines, whatever its extension",
    };

    private readonly SearchOptions search = new();

    /// <summary>The <c>[PATH|GLOB ...]</c> argument of the commands that lint.</summary>
    public static Argument<string[]> PathsArgument() => new("paths")
    {
        HelpName = "PATH|GLOB",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Adds the paths argument and the options that search for files (<c>--no-ignore</c>, <c>--hidden</c>).</summary>
    public void AddPathsTo(Command command)
    {
        command.Arguments.Add(paths);
        search.AddTo(command);
    }

    /// <summary>Adds the options that read standard input instead of files, and <c>--jsonl</c>.</summary>
    public void AddStreamOptionsTo(Command command)
    {
        command.Options.Add(stdin);
        command.Options.Add(stdinFilename);
        command.Options.Add(jsonl);
    }

    /// <summary>The inputs asked for, laid onto <paramref name="options"/>; null (after writing why to <c>Error</c>) when they contradict each other.</summary>
    public LintSessionOptions? Apply(ParseResult parsed, CommandOutput console, LintSessionOptions options)
    {
        var named = parsed.GetValue(paths) ?? [];
        options = search.Apply(parsed, options with { Paths = named, ReadAllAsJsonLines = parsed.GetValue(jsonl) });
        var fromStream = parsed.GetValue(stdin) || named.Contains(StandardStream);
        if (fromStream)
        {
            if (named.Any(path => path != StandardStream) || named.Length > 1)
            {
                console.Error.WriteLine("contentlint: standard input (- or --stdin) is linted on its own; name no other paths with it.");
                return null;
            }

            return options with { Paths = [], OpenStream = console.OpenStandardInput, StreamPath = parsed.GetValue(stdinFilename) };
        }

        if (parsed.GetValue(stdinFilename) is not null)
        {
            console.Error.WriteLine("contentlint: --stdin-filename names standard input; use it with - or --stdin.");
            return null;
        }

        return options;
    }
}
