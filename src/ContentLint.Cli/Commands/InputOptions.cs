using System.CommandLine;

namespace ContentLint.Cli.Commands;

/// <summary>
/// What a run reads: the paths (files, folders, globs), or standard input with <c>--stdin</c> (named by
/// <c>--stdin-filename</c>); <c>--jsonl</c> reads every file as JSON Lines.
/// </summary>
internal sealed class InputOptions(string pathsDescription = "Files, folders or globs to lint (default: the current folder).", string stdinDescription = "Lint standard input instead of files.")
{
    private readonly Argument<string[]> paths = new("paths")
    {
        Description = pathsDescription,
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<bool> stdin = new("--stdin")
    {
        Description = stdinDescription,
    };

    private readonly Option<string?> stdinFilename = new("--stdin-filename")
    {
        Description = "The file name standard input is reported as; its extension chooses the format (.md, .jsonl...).",
        HelpName = "NAME",
    };

    private readonly Option<bool> jsonl = new("--jsonl")
    {
        Description = "Read every file as JSON Lines (one article per record), whatever its extension.",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(paths);
        command.Options.Add(stdin);
        command.Options.Add(stdinFilename);
        command.Options.Add(jsonl);
    }

    /// <summary>The inputs asked for, laid onto <paramref name="options"/>; null (after writing why to <c>Error</c>) when they contradict each other.</summary>
    public LintSessionOptions? Apply(ParseResult parsed, CommandOutput console, LintSessionOptions options)
    {
        var named = parsed.GetValue(paths) ?? [];
        options = options with { Paths = named, ReadAllAsJsonLines = parsed.GetValue(jsonl) };
        if (parsed.GetValue(stdin))
        {
            if (named.Length > 0)
            {
                console.Error.WriteLine("contentlint: --stdin reads standard input; name no paths with it.");
                return null;
            }

            return options with { OpenStream = console.OpenStandardInput, StreamPath = parsed.GetValue(stdinFilename) };
        }

        if (parsed.GetValue(stdinFilename) is not null)
        {
            console.Error.WriteLine("contentlint: --stdin-filename names standard input; use it with --stdin.");
            return null;
        }

        return options;
    }
}
