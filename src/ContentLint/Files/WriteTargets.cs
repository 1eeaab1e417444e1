namespace ContentLint.Files;

/// <summary>
/// Where a run may write. <c>fix</c> and <c>baseline</c> write only inside the run's root — the folder the run started
/// in, or the repository root above it — whatever configuration says, so a repository's <c>.contentlint.yaml</c> cannot
/// make them rewrite files elsewhere; a report's <c>--output</c> is never a file the run reads, a folder, or named twice.
/// </summary>
internal static class WriteTargets
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
    /// The first of <paramref name="paths"/> that lies outside <paramref name="root"/> once every link on the way is
    /// followed (a link to a file, or a folder on its path that is a link), as the system follows them when the file is
    /// written; null when all are inside. That place is what is returned.
    /// </summary>
    public static string? FirstOutside(IEnumerable<string> paths, string root)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(root);
        var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
        var inside = Path.TrimEndingDirectorySeparator(Resolve(Path.GetFullPath(root), resolved, 0)) + Path.DirectorySeparatorChar;
        foreach (var path in paths)
        {
            var target = Resolve(Path.GetFullPath(path), resolved, 0);
            if (!target.StartsWith(inside, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                return target;
            }
        }

        return null;
    }

    /// <summary>The most links followed on the way to one file, as Linux allows.</summary>
    private const int MaxLinks = 40;

    /// <summary>
    /// <paramref name="full"/> with each link on its path replaced by where it leads, folder by folder (the folders
    /// already resolved are in <paramref name="resolved"/>). What does not exist is kept as it is written.
    /// </summary>
    private static string Resolve(string full, Dictionary<string, string> resolved, int links)
    {
        if (resolved.TryGetValue(full, out var known))
        {
            return known;
        }

        var parent = Path.GetDirectoryName(full);
        var result = full;
        if (parent is not null)
        {
            var place = Path.Combine(Resolve(parent, resolved, links), Path.GetFileName(full));
            // Past the limit the system refuses to follow the link at all (ELOOP), so nothing is written through it.
            result = new FileInfo(place).LinkTarget is { } target && links < MaxLinks
                ? Resolve(Path.GetFullPath(target, Path.GetDirectoryName(place)!), resolved, links + 1)
                : place;
        }

        resolved[full] = result;
        return result;
    }

    /// <summary>
    /// Why the report files <paramref name="outputs"/> (full paths) cannot be written by a run that reads
    /// <paramref name="inputs"/>: one is a folder, is named twice (by two paths to the same file too), or is a file the
    /// run reads, which opening it for the report would empty before it is read. Null when they can.
    /// </summary>
    /// <param name="outputs">The files to write, as full paths.</param>
    /// <param name="shown">How each output is named in the message, in the same order: as the user gave it.</param>
    /// <param name="inputs">The full paths of the files the run reads.</param>
    public static string? CheckReportOutputs(IReadOnlyList<string> outputs, IReadOnlyList<string> shown, IEnumerable<string> inputs)
    {
        var read = inputs.Select(Key).ToHashSet(StringComparer.Ordinal);
        var written = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < outputs.Count; i++)
        {
            if (Directory.Exists(outputs[i]))
            {
                return $"{shown[i]} is a folder; name a file";
            }

            var key = Key(outputs[i]);
            if (!written.Add(key))
            {
                return $"{shown[i]} is named twice; give each report its own file";
            }

            if (read.Contains(key))
            {
                return $"{shown[i]} is a file the run reads; writing there would destroy it";
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
