using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace ContentLint.Files;

/// <summary>The files a run lints, and the paths the user named that do not exist.</summary>
/// <param name="Files">Full paths, sorted ordinally, without duplicates; a folder among them is one the search could not list.</param>
/// <param name="Missing">Named paths or globs that matched nothing.</param>
internal sealed record FoundArticles(IReadOnlyList<string> Files, IReadOnlyList<string> Missing)
{
    /// <summary>The files among <see cref="Files"/> that were named as files, not found in a folder or by a glob.</summary>
    public IReadOnlySet<string> Named { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}

/// <summary>
/// Turns what the user named (files, folders, globs) into the article files to lint. Folders are searched
/// recursively for article extensions, skipping build and version-control folders, symbolic links to folders
/// (so a link loop cannot make the search endless) and what the <see cref="SkipRules"/> leave out (ignore files,
/// hidden names); a folder named on the command line, or a glob's folder, is searched even when a rule would skip it.
/// </summary>
internal static class ArticleFinder
{
    /// <summary>The extensions of article files found in folders.</summary>
    public static IReadOnlyList<string> ArticleExtensions { get; } = [".txt", ".md", ".markdown", ".mdx", ".jsonl", ".ndjson", ".jsonl.gz", ".jsonl.zst", ".parquet"];

    private static readonly string[] SkippedFolders = ["**/.git/**", "**/bin/**", "**/obj/**", "**/node_modules/**"];

    /// <summary>Finds the files named by <paramref name="paths"/>, relative to <paramref name="baseDirectory"/>.</summary>
    /// <param name="paths">Files, folders and globs.</param>
    /// <param name="baseDirectory">The folder relative paths start from.</param>
    /// <param name="skipRules">What folder searches leave out besides build folders; null leaves out nothing more.</param>
    public static FoundArticles Find(IEnumerable<string> paths, string baseDirectory, SkipRules? skipRules = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, baseDirectory);
            if (File.Exists(full))
            {
                // A file named explicitly is linted whatever its extension.
                files.Add(full);
                named.Add(full);
            }
            else if (Directory.Exists(full))
            {
                files.UnionWith(Glob(full, ArticleExtensions.Select(e => "**/*" + e), skipRules));
            }
            else if (IsGlob(path))
            {
                var (root, pattern) = SplitGlob(path, baseDirectory);
                var found = Directory.Exists(root) ? Glob(root, [pattern], skipRules) : [];
                if (found.Count == 0)
                {
                    missing.Add(path);
                }

                files.UnionWith(found);
            }
            else
            {
                missing.Add(path);
            }
        }

        return new FoundArticles([.. files], missing) { Named = named };
    }

    /// <summary>True when <paramref name="path"/> contains glob characters.</summary>
    public static bool IsGlob(string path) => path.IndexOfAny(['*', '?', '[', '{']) >= 0;

    /// <summary>Splits "../articles/**/*.md" into the folder to search ("../articles") and the pattern within it.</summary>
    private static (string Root, string Pattern) SplitGlob(string glob, string baseDirectory)
    {
        var segments = glob.Replace('\\', '/').Split('/');
        var fixedCount = segments.TakeWhile(s => !IsGlob(s)).Count();
        var prefix = string.Join('/', segments.Take(fixedCount));
        var root = fixedCount == 0 ? baseDirectory : Path.GetFullPath(prefix.Length == 0 ? "/" : prefix, baseDirectory);
        return (root, string.Join('/', segments.Skip(fixedCount)));
    }

    /// <summary>
    /// The files the globs match under <paramref name="root"/> that <paramref name="skipRules"/> leave in, and the folders
    /// the search could not list (read as <c>CL0001</c>).
    /// </summary>
    private static List<string> Glob(string root, IEnumerable<string> includes, SkipRules? skipRules)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(includes);
        matcher.AddExcludePatterns(SkippedFolders);
        var unlistable = new List<string>();
        // Not GetResultsInFullPath: its walk follows links to folders, and a link loop never ends.
        DirectoryInfoBase folder = new LinkSkippingDirectory(new DirectoryInfo(root), unlistable);
        var files = matcher.Execute(skipRules?.Filter(folder) ?? folder).Files.Select(match => Path.GetFullPath(Path.Combine(root, match.Path)));
        return [.. files, .. unlistable];
    }
}
