namespace ContentLint.Cli.LanguageServer;

/// <summary>
/// The library's run engine for the server: one <see cref="LintSession"/> per workspace folder, working from that
/// folder as <c>contentlint</c> run there would (its <c>.contentlint.yaml</c> cascade, overrides, rule folders and
/// baseline). A document outside every workspace folder gets a session of its own folder. A session reads its
/// configuration once; <see cref="Reload"/> drops them all, so the next lint reads configuration afresh.
/// </summary>
internal sealed class LintSessions(Func<LintSessionOptions, LintSessionOptions> configure)
{
    /// <summary>How paths compare: by case where the file system usually is case-sensitive.</summary>
    private static readonly StringComparison PathComparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private readonly Lock gate = new();
    private readonly Dictionary<string, LintSession> sessions = new(StringComparer.Ordinal);
    private List<string> folders = [];

    /// <summary>Counts reloads: a lint made with an older generation of configuration is out of date.</summary>
    public int Generation { get; private set; }

    /// <summary>The session a document at <paramref name="path"/> is linted in, and the generation it belongs to.</summary>
    public (LintSession Session, int Generation) For(string path)
    {
        lock (gate)
        {
            var folder = folders.Where(f => IsInside(path, f)).MaxBy(f => f.Length) ?? Path.GetDirectoryName(path) ?? path;
            if (!sessions.TryGetValue(folder, out var session))
            {
                // One document at a time: documents are linted side by side, not the batches of one run.
                sessions[folder] = session = new LintSession(configure(new LintSessionOptions { WorkingDirectory = folder, Jobs = 1 }));
            }

            return (session, Generation);
        }
    }

    /// <summary>Sets the workspace folders (absolute paths); sessions made for other folders stay until <see cref="Reload"/>.</summary>
    public void SetFolders(IEnumerable<string> paths)
    {
        lock (gate)
        {
            folders = [.. paths.Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p))).Distinct()];
        }
    }

    /// <summary>The workspace folders.</summary>
    public IReadOnlyList<string> Folders
    {
        get
        {
            lock (gate)
            {
                return [.. folders];
            }
        }
    }

    /// <summary>Forgets every session's configuration; returns the new generation.</summary>
    public int Reload()
    {
        lock (gate)
        {
            sessions.Clear();
            return ++Generation;
        }
    }

    /// <summary>
    /// The baselines and corpus profiles the sessions read (a change to one reloads); a session whose configuration is
    /// invalid has none.
    /// </summary>
    public IReadOnlyList<string> DataFilePaths()
    {
        List<LintSession> current;
        lock (gate)
        {
            current = [.. sessions.Values];
        }

        var paths = new List<string>();
        foreach (var session in current)
        {
            try
            {
                if (session.GetBaselinePath() is { } baseline)
                {
                    paths.Add(baseline);
                }

                if (session.GetCorpusProfilePath() is { } profile)
                {
                    paths.Add(profile);
                }
            }
            catch (Configuration.ConfigurationException)
            {
                // Its configuration file changing is what will reload it.
            }
        }

        return paths;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it.</summary>
    public static bool IsInside(string path, string folder) =>
        path.StartsWith(folder, PathComparison)
        && (path.Length == folder.Length || path[folder.Length] == Path.DirectorySeparatorChar || folder.EndsWith(Path.DirectorySeparatorChar));

    /// <summary>True when paths <paramref name="a"/> and <paramref name="b"/> name the same file.</summary>
    public static bool SamePath(string a, string b) => string.Equals(a, b, PathComparison);
}
