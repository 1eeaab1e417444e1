namespace ContentLint.Files;

/// <summary>
/// A git work tree a path lies in, found as git finds it: the nearest folder above with a <c>.git</c> folder, or a
/// <c>.git</c> file (a linked work tree or a submodule) that names the repository's folder. Read from the file
/// system only; git itself is never run.
/// </summary>
/// <param name="WorkTree">The work tree's top folder: what repository-relative paths start from.</param>
/// <param name="CommonDirectory">The repository's folder shared by its work trees: where <c>info/exclude</c> and <c>config</c> are.</param>
internal sealed record GitRepository(string WorkTree, string CommonDirectory)
{
    /// <summary>The repository's own exclude file, <c>.git/info/exclude</c>.</summary>
    public string InfoExclude => Path.Combine(CommonDirectory, "info", "exclude");

    /// <summary>The repository's configuration file, <c>.git/config</c>.</summary>
    public string ConfigFile => Path.Combine(CommonDirectory, "config");

    /// <summary>The work tree that holds <paramref name="directory"/>, or null outside any.</summary>
    public static GitRepository? Find(string directory)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(directory)); folder is not null; folder = folder.Parent)
        {
            if (At(folder.FullName) is { } repository)
            {
                return repository;
            }
        }

        return null;
    }

    /// <summary>The work tree whose top folder is <paramref name="directory"/>, or null when it holds no <c>.git</c>.</summary>
    public static GitRepository? At(string directory)
    {
        var dotGit = Path.Combine(directory, ".git");
        if (Directory.Exists(dotGit))
        {
            return new GitRepository(Path.TrimEndingDirectorySeparator(directory), dotGit);
        }

        if (!File.Exists(dotGit) || ReadFirstLine(dotGit) is not { } line || !line.StartsWith("gitdir:", StringComparison.Ordinal))
        {
            return null;
        }

        // A linked work tree's .git file points into the main repository (.git/worktrees/NAME), whose "commondir"
        // file leads back to the folder that holds the shared exclude file and configuration.
        var gitDirectory = Path.GetFullPath(line["gitdir:".Length..].Trim(), directory);
        var common = ReadFirstLine(Path.Combine(gitDirectory, "commondir")) is { Length: > 0 } relative
            ? Path.GetFullPath(relative.Trim(), gitDirectory)
            : gitDirectory;
        return new GitRepository(Path.TrimEndingDirectorySeparator(directory), Path.TrimEndingDirectorySeparator(common));
    }

    private static string? ReadFirstLine(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            return reader.ReadLine();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
