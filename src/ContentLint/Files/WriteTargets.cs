namespace ContentLint.Files;

/// <summary>
/// Where a run may write. <c>fix</c> and <c>baseline</c> write only inside the run's root — the folder the run started
/// in, or the repository root above it — whatever configuration says, so a repository's <c>.contentlint.yaml</c> cannot
/// make them rewrite files elsewhere; a report's <c>--output</c> is never a file the run reads, a folder, or named twice.
/// </summary>
public static class WriteTargets
{
    /// <summary>The folder the run started in, or the root of the git repository it is in when that is higher.</summary>
    public static string RunRoot(string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(workingDirectory);
        var start = Path.GetFullPath(workingDirectory);
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var git = Path.Combine(folder.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return folder.FullName;
            }
        }

        return start;
    }

    /// <summary>
    /// The first of <paramref name="paths"/> that lies outside <paramref name="root"/>, itself or, for a symbolic link,
    /// the file it leads to; null when all are inside.
    /// </summary>
    public static string? FirstOutside(IEnumerable<string> paths, string root)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(root);
        var inside = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            var target = File.Exists(full) ? new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full : full;
            foreach (var candidate in new[] { full, target })
            {
                if (!candidate.StartsWith(inside, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Why the report files <paramref name="outputs"/> cannot be written by a run that reads <paramref name="inputs"/>:
    /// one is a folder, is named twice (by two paths to the same file too), or is a file the run reads, which opening
    /// it for the report would empty before it is read. Null when they can.
    /// </summary>
    public static string? CheckReportOutputs(IReadOnlyList<string> outputs, IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(inputs);
        var read = inputs.Select(Key).ToHashSet(StringComparer.Ordinal);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var output in outputs)
        {
            var full = Path.GetFullPath(output);
            if (Directory.Exists(full))
            {
                return $"--output {output} is a folder; name a file";
            }

            var key = Key(full);
            if (!written.Add(key))
            {
                return $"--output {output} is named twice; give each report its own file";
            }

            if (read.Contains(key))
            {
                return $"--output {output} is a file the run reads; writing the report there would destroy it";
            }
        }

        return null;
    }

    /// <summary>What makes two paths the same file: the device and inode when the file exists, else the full path.</summary>
    private static string Key(string path)
    {
        var full = Path.GetFullPath(path);
        return FileIdentity.Of(full) is { } identity ? $"{identity.Device}:{identity.Inode}" : full;
    }
}
