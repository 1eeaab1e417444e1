namespace ContentLint.Tests.Infrastructure;

/// <summary>Paths inside the repository the tests run from.</summary>
internal static class Repository
{
    /// <summary>The folder that holds <c>Lint.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    public static string RulesFolder => Path.Combine(Root, "rules");

    public static string SeedsFolder => Path.Combine(Root, "seeds");

    public static string SnapshotsFolder => Path.Combine(Root, "tests", "ContentLint.Tests", "Snapshots");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Lint.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Lint.sln not found above " + AppContext.BaseDirectory);
    }
}
