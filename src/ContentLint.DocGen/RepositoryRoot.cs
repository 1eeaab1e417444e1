namespace ContentLint.DocGen;

/// <summary>Finds the repository (the folder with <c>Lint.sln</c>) from a folder inside it.</summary>
internal static class RepositoryRoot
{
    public static string Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Lint.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Lint.sln not found above {start}; pass --root.");
    }
}
