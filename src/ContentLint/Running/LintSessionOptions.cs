using ContentLint.Files;
using ContentLint.Rules;

namespace ContentLint;

/// <summary>
/// What a <see cref="LintSession"/> lints and with which rules: the command line's arguments, as a library call.
/// Every relative path is relative to <see cref="WorkingDirectory"/>.
/// </summary>
public sealed record LintSessionOptions
{
    /// <summary>
    /// Files, folders (searched recursively for <c>.txt</c>, <c>.md</c>, <c>.markdown</c>, <c>.mdx</c> and <c>.jsonl</c>)
    /// and globs. Empty: the <c>include</c> globs of the working folder's configuration, else the working folder.
    /// </summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>The folder relative paths start from and reports show paths relative to; by default the current one.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>One configuration file for every file, instead of the <c>.contentlint.yaml</c> files found above each one.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>Folders of YAML rule files added to whatever configuration extends.</summary>
    public IReadOnlyList<string> RuleFolders { get; init; } = [];

    /// <summary>Rules written in C#, added to every file's rules; configuration can set their severity or turn them off.</summary>
    public IReadOnlyList<IRule> Rules { get; init; } = [];

    /// <summary>False leaves the built-in rules out, whatever configuration says.</summary>
    public bool BuiltInRules { get; init; } = true;

    /// <summary>
    /// The baseline whose accepted findings are hidden; null uses the one the working folder's configuration names
    /// (<c>baseline:</c>), if any.
    /// </summary>
    public string? BaselineFile { get; init; }

    /// <summary>How many documents are linted at the same time; the results do not depend on it.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Reads every file as JSON Lines, whatever its extension.</summary>
    public bool ReadAllAsJsonLines { get; init; }

    /// <summary>
    /// Lints this stream (such as standard input) instead of <see cref="Paths"/>, as if it were the file
    /// <see cref="StreamPath"/>, whose extension chooses the format.
    /// </summary>
    public Func<Stream>? OpenStream { get; init; }

    /// <summary>The file name the stream of <see cref="OpenStream"/> is reported as; null shows <c>&lt;stdin&gt;</c>.</summary>
    public string? StreamPath { get; init; }

    /// <summary>
    /// Lint only this part of the run (<c>--shard K/N</c>); the shards' reports merged (<c>contentlint merge</c>) are
    /// what one run over everything writes. Null lints everything.
    /// </summary>
    public Shard? Shard { get; init; }

    /// <summary>How fixes are written: the real file system unless a test injects failures.</summary>
    internal SafeFileWriter FileWriter { get; init; } = SafeFileWriter.Default;
}
