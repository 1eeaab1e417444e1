using System.CommandLine;
using ContentLint.Configuration;
using ContentLint.Files;

namespace ContentLint.Cli.Commands;

/// <summary>One file of a run (or standard input), the linter its configuration gives it, and how to read it.</summary>
/// <param name="DisplayPath">The path reports show.</param>
/// <param name="FullPath">The file's absolute path; for standard input, where the named file would be.</param>
/// <param name="Linter">The linter configured for the file.</param>
/// <param name="Read">Reads the file into the documents to lint, lazily.</param>
internal sealed record LintInput(string DisplayPath, string FullPath, Linter Linter, Func<IEnumerable<SourceDocument>> Read)
{
    /// <summary>True for standard input, which can be read only once: a run over it makes no corpus first pass.</summary>
    public bool IsStandardInput { get; init; }
}

/// <summary>
/// What a run reads: the paths (files, folders, globs), or standard input with <c>--stdin</c> (named by
/// <c>--stdin-filename</c>); <c>--jsonl</c> reads every file as JSON Lines.
/// </summary>
internal sealed class InputOptions
{
    private readonly Argument<string[]> paths = new("paths")
    {
        Description = "Files, folders or globs to lint (default: the current folder).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<bool> stdin = new("--stdin")
    {
        Description = "Lint standard input instead of files.",
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

    /// <summary>The inputs of the run, in report order; null (after writing why to <c>Error</c>) when they cannot be had.</summary>
    public IReadOnlyList<LintInput>? Resolve(ParseResult parsed, CommandOutput console, ConfigResolver resolver, JsonLinesOptions? jsonLines = null)
    {
        var forceJsonLines = parsed.GetValue(jsonl);
        var named = parsed.GetValue(paths) ?? [];
        if (parsed.GetValue(stdin))
        {
            if (named.Length > 0)
            {
                console.Error.WriteLine("contentlint: --stdin reads standard input; name no paths with it.");
                return null;
            }

            var name = parsed.GetValue(stdinFilename) ?? "<stdin>";
            var full = Path.GetFullPath(name, console.WorkingDirectory);
            var shown = parsed.GetValue(stdinFilename) is null ? name : console.DisplayPath(full);
            if (RuleSourceOptions.ResolveLinters(resolver, [full], console) is not { } stdinLinters)
            {
                return null;
            }

            var linter = stdinLinters[full];
            return [new LintInput(shown, full, linter, () => ArticleSource.ReadStream(console.OpenStandardInput(), shown, jsonLines, forceJsonLines, DefaultLanguage(linter), linter.ReadOptions)) { IsStandardInput = true }];
        }

        if (parsed.GetValue(stdinFilename) is not null)
        {
            console.Error.WriteLine("contentlint: --stdin-filename names standard input; use it with --stdin.");
            return null;
        }

        if (ArticleSelection.Find(named, resolver, console) is not { } files
            || RuleSourceOptions.ResolveLinters(resolver, files, console) is not { } linters)
        {
            return null;
        }

        return
        [
            .. files
                .Select(file => (Full: file, Shown: console.DisplayPath(file), Linter: linters[file]))
                .OrderBy(file => file.Shown, StringComparer.Ordinal)
                .Select(file => new LintInput(
                    file.Shown,
                    file.Full,
                    file.Linter,
                    () => ArticleSource.ReadFile(file.Full, file.Shown, jsonLines, forceJsonLines, DefaultLanguage(file.Linter), file.Linter.ReadOptions))),
        ];
    }

    /// <summary>The language documents get when nothing else says: the configured one, when there is exactly one.</summary>
    private static string? DefaultLanguage(Linter linter) => linter.Languages.Length == 1 ? linter.Languages[0] : null;
}
