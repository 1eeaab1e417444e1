using ContentLint.Files;
using ContentLint.Rules;

namespace ContentLint;

/// <summary>
/// What a <see cref="LintSession"/> lints and with which rules: the command line's arguments, as a library call.
/// Every relative path is relative to <see cref="WorkingDirectory"/>.
/// </summary>
public sealed record LintSessionOptions
{
    /// <summary>The default name of the cache file, in the working folder.</summary>
    public const string DefaultCacheFileName = ".contentlintcache";

    /// <summary>
    /// Files, folders (searched recursively for <c>.txt</c>, <c>.md</c>, <c>.markdown</c>, <c>.mdx</c>, <c>.jsonl</c> and
    /// <c>.ndjson</c>) and globs. Empty: the <c>include</c> globs of the working folder's configuration, else the working folder.
    /// </summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>The folder relative paths start from and reports show paths relative to; by default the current one.</summary>
    public string WorkingDirectory { get; init; } = System.Environment.CurrentDirectory;

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
    public int Jobs { get; init; } = System.Environment.ProcessorCount;

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
    /// True (the default) leaves out what ignore files exclude: <c>.contentlintignore</c> files anywhere, and inside a
    /// git work tree its <c>.gitignore</c> files, <c>.git/info/exclude</c> and the global excludes file. A file named in
    /// <see cref="Paths"/> or as <see cref="StreamPath"/> that they (or configuration's <c>exclude</c>) leave out is
    /// reported as skipped (<c>CL0012</c>) instead of linted.
    /// </summary>
    public bool UseIgnoreFiles { get; init; } = true;

    /// <summary>True searches hidden files and folders (names that start with a dot) too; named ones always are.</summary>
    public bool IncludeHidden { get; init; }

    /// <summary>How reports show paths: by default relative to <see cref="WorkingDirectory"/>.</summary>
    public ReportPathStyle PathStyle { get; init; }

    /// <summary>
    /// Lint only this part of the run (<c>--shard K/N</c>); the shards' reports merged (<c>contentlint merge</c>) are
    /// what one run over everything writes. Null lints everything.
    /// </summary>
    public Shard? Shard { get; init; }

    /// <summary>
    /// The cache file (<c>--cache</c>): findings of unchanged files are taken from it instead of linting them again, and
    /// what this run found is written back. Null (the default) uses no cache. Files are known by their content; the
    /// cache is ignored whole after the tool, configuration, a rule file or a corpus profile changed, and when it is
    /// missing, damaged or not a cache, so deleting it is always safe. Not used with C# <see cref="Rules"/> (their
    /// code cannot be stamped) nor for a stream.
    /// </summary>
    public string? CacheFile { get; init; }

    /// <summary>The tool version a cache is stamped with: the running build unless a test gives another.</summary>
    internal string CacheToolVersion { get; init; } = Caching.CacheStamp.ToolVersion;

    /// <summary>How fixes are written: the real file system unless a test injects failures.</summary>
    internal SafeFileWriter FileWriter { get; init; } = SafeFileWriter.Default;

    /// <summary>Where git's user configuration is found (HOME, XDG_CONFIG_HOME): the process's environment unless a test gives another.</summary>
    internal Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;
}

/// <summary>How reports show the paths of files.</summary>
public enum ReportPathStyle
{
    /// <summary>Relative to the working folder; files outside it by their absolute path.</summary>
    WorkingDirectory,

    /// <summary>
    /// Relative to the top folder of the git work tree the working folder is in, as GitHub code scanning and
    /// <c>git diff</c> name them; outside a work tree, relative to the working folder. Files outside it by their absolute path.
    /// </summary>
    RepositoryRoot,

    /// <summary>Absolute.</summary>
    Absolute,
}
