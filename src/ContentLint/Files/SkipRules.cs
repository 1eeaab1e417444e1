using System.Collections.Concurrent;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace ContentLint.Files;

/// <summary>
/// Which files and folders a run leaves out, as ripgrep and markdownlint-cli2 decide it: what ignore files exclude
/// and, unless asked for, hidden ones (names that start with a dot). The ignore files, highest precedence first:
/// <c>.contentlintignore</c> files in the folder and every folder above it (everywhere), then inside a git work tree
/// its <c>.gitignore</c> files from the folder up to the top, <c>.git/info/exclude</c> and the global excludes file
/// (<c>core.excludesFile</c>). Within each kind the nearest file wins, within a file the last matching pattern;
/// a <c>!</c> pattern re-includes, hidden names too. A folder left out is not searched, so nothing under it comes back
/// (as in git). Ignore files are read once per run. Thread-safe.
/// </summary>
internal sealed class SkipRules
{
    /// <summary>The name of ContentLint's own ignore file, in gitignore syntax.</summary>
    public const string IgnoreFileName = ".contentlintignore";

    private readonly bool useIgnoreFiles;
    private readonly bool includeHidden;
    private readonly Func<string, string?> environment;
    private readonly ConcurrentDictionary<string, GitRepository?> repositories = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, GitConfig> configs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IgnoreFile?> files = new(StringComparer.Ordinal);

    /// <param name="useIgnoreFiles">False lints what ignore files exclude (<c>--no-ignore</c>).</param>
    /// <param name="includeHidden">True lints hidden files and folders too (<c>--hidden</c>).</param>
    /// <param name="environment">Reads HOME and XDG_CONFIG_HOME, which say where git's user configuration is.</param>
    public SkipRules(bool useIgnoreFiles, bool includeHidden, Func<string, string?> environment)
    {
        this.useIgnoreFiles = useIgnoreFiles;
        this.includeHidden = includeHidden;
        this.environment = environment;
    }

    /// <summary>The git work tree that holds <paramref name="directory"/>, or null.</summary>
    public GitRepository? RepositoryOf(string directory) =>
        repositories.GetOrAdd(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)), dir =>
            GitRepository.At(dir) ?? (Path.GetDirectoryName(dir) is { } parent ? RepositoryOf(parent) : null));

    /// <summary>
    /// Why a file or folder found in a folder search is left out (hidden, or excluded by an ignore file), or null
    /// when it is searched. Its folders above were searched, so only its own name and the ignore files count.
    /// </summary>
    public SkipReason? ReasonToSkip(string fullPath, bool isDirectory)
    {
        var (ignored, pattern) = Decide(fullPath, isDirectory);
        if (ignored is not null)
        {
            return ignored;
        }

        return !includeHidden && pattern is null && Path.GetFileName(fullPath).StartsWith('.') ? SkipReason.Hidden : null;
    }

    /// <summary>
    /// Why a file named explicitly (on the command line, or as the name of standard input) is left out: an ignore
    /// file excludes it or one of its folders. Null when it is linted. A named file is linted even when hidden.
    /// </summary>
    public SkipReason? ReasonToSkipNamed(string fullPath)
    {
        if (!useIgnoreFiles)
        {
            return null;
        }

        // As in git, a file in an excluded folder stays excluded whatever its own patterns say.
        var folders = new List<string>();
        for (var folder = Path.GetDirectoryName(fullPath); folder is not null && Path.GetDirectoryName(folder) is not null; folder = Path.GetDirectoryName(folder))
        {
            folders.Insert(0, folder);
        }

        foreach (var folder in folders)
        {
            if (Decide(folder, isDirectory: true).Ignored is { } reason)
            {
                return reason;
            }
        }

        return Decide(fullPath, isDirectory: false).Ignored;
    }

    /// <summary>A folder to search whose listing leaves out what these rules skip.</summary>
    public DirectoryInfoBase Filter(DirectoryInfoBase directory) => new SkippingDirectory(directory, this);

    /// <summary>What the ignore files say of one path: a reason when one excludes it, and the pattern that decided either way.</summary>
    private (SkipReason? Ignored, IgnorePattern? Pattern) Decide(string fullPath, bool isDirectory)
    {
        if (!useIgnoreFiles)
        {
            return (null, null);
        }

        var folder = Path.GetDirectoryName(fullPath);
        if (folder is null)
        {
            return (null, null);
        }

        var repository = RepositoryOf(folder);
        foreach (var file in IgnoreFiles(folder, repository))
        {
            var relative = Path.GetRelativePath(file.BaseDirectory, fullPath).Replace('\\', '/');
            if (relative.StartsWith("../", StringComparison.Ordinal) || relative == "..")
            {
                continue;
            }

            if (file.Match(relative, isDirectory) is { } pattern)
            {
                return (pattern.IsNegated ? null : new SkipReason(file.Path, pattern), pattern);
            }
        }

        return (null, null);
    }

    /// <summary>The ignore files that apply in <paramref name="folder"/>, highest precedence first.</summary>
    private IEnumerable<IgnoreFile> IgnoreFiles(string folder, GitRepository? repository)
    {
        var ignoreCase = repository is not null && ConfigOf(repository).IgnoreCase;
        for (var dir = folder; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Load(Path.Combine(dir, IgnoreFileName), dir, ignoreCase) is { } file)
            {
                yield return file;
            }

            if (repository is not null && dir == repository.WorkTree)
            {
                break;
            }
        }

        if (repository is null)
        {
            yield break;
        }

        for (var dir = folder; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Load(Path.Combine(dir, ".gitignore"), dir, ignoreCase) is { } file)
            {
                yield return file;
            }

            if (dir == repository.WorkTree)
            {
                break;
            }
        }

        if (Load(repository.InfoExclude, repository.WorkTree, ignoreCase) is { } exclude)
        {
            yield return exclude;
        }

        if (ConfigOf(repository).ExcludesFile is { } global && Load(global, repository.WorkTree, ignoreCase) is { } excludes)
        {
            yield return excludes;
        }
    }

    private GitConfig ConfigOf(GitRepository repository) =>
        configs.GetOrAdd(repository.WorkTree, _ => GitConfig.Read(repository, environment));

    // The same file can be read with two base folders (a global excludes file shared by two work trees).
    private IgnoreFile? Load(string path, string baseDirectory, bool ignoreCase) =>
        files.GetOrAdd(path + "\n" + baseDirectory, _ => IgnoreFile.Load(path, baseDirectory, ignoreCase));

    /// <summary>A folder whose listing leaves out what the rules skip, and whose sub-folders do the same.</summary>
    private sealed class SkippingDirectory(DirectoryInfoBase inner, SkipRules rules) : DirectoryInfoBase
    {
        public override string Name => inner.Name;

        public override string FullName => inner.FullName;

        public override DirectoryInfoBase? ParentDirectory => inner.ParentDirectory;

        public override IEnumerable<FileSystemInfoBase> EnumerateFileSystemInfos()
        {
            foreach (var entry in inner.EnumerateFileSystemInfos())
            {
                var isDirectory = entry is DirectoryInfoBase;
                if (rules.ReasonToSkip(entry.FullName, isDirectory) is null)
                {
                    yield return entry is DirectoryInfoBase folder ? new SkippingDirectory(folder, rules) : entry;
                }
            }
        }

        // A folder the pattern names literally is searched: the user wrote its name.
        public override DirectoryInfoBase? GetDirectory(string path) => inner.GetDirectory(path) is { } folder ? new SkippingDirectory(folder, rules) : null;

        public override FileInfoBase? GetFile(string path) => inner.GetFile(path);
    }
}

/// <summary>Why a file or folder is not linted: the ignore file and pattern that exclude it, or its hidden name.</summary>
/// <param name="File">The ignore file; null for a hidden name.</param>
/// <param name="Pattern">The pattern; null for a hidden name.</param>
internal sealed record SkipReason(string? File, IgnorePattern? Pattern)
{
    /// <summary>A name that starts with a dot.</summary>
    public static SkipReason Hidden { get; } = new(null, null);
}
