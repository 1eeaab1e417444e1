using System.Text;

namespace ContentLint.Files;

/// <summary>
/// The two settings of git's configuration that decide what git ignores: <c>core.excludesFile</c> (the global
/// excludes file) and <c>core.ignoreCase</c>. Read as git reads them — the system file, the user's files
/// (<c>$XDG_CONFIG_HOME/git/config</c>, then <c>~/.gitconfig</c>) and the repository's own, the last value winning —
/// without running git. <c>[include]</c> sections are not followed.
/// </summary>
/// <param name="ExcludesFile">The global excludes file, whether or not it exists.</param>
/// <param name="IgnoreCase">True when git matches ignore patterns without regard to case.</param>
internal sealed record GitConfig(string? ExcludesFile, bool IgnoreCase)
{
    /// <summary>The settings that apply in <paramref name="repository"/>, with <paramref name="environment"/> giving HOME and XDG_CONFIG_HOME.</summary>
    public static GitConfig Read(GitRepository repository, Func<string, string?> environment)
    {
        var home = environment("HOME") is { Length: > 0 } h ? h : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var xdg = environment("XDG_CONFIG_HOME") is { Length: > 0 } x ? x : Path.Combine(home, ".config");
        var files = new List<string>();
        if (environment("GIT_CONFIG_NOSYSTEM") is not ("1" or "true"))
        {
            files.Add("/etc/gitconfig");
        }

        files.AddRange(environment("GIT_CONFIG_GLOBAL") is { Length: > 0 } global
            ? [global]
            : [Path.Combine(xdg, "git", "config"), Path.Combine(home, ".gitconfig")]);
        files.Add(repository.ConfigFile);

        string? excludesFile = null;
        var ignoreCase = false;
        foreach (var file in files)
        {
            foreach (var (key, value) in CoreSettings(file))
            {
                if (key.Equals("excludesfile", StringComparison.OrdinalIgnoreCase))
                {
                    excludesFile = ExpandHome(value, home);
                }
                else if (key.Equals("ignorecase", StringComparison.OrdinalIgnoreCase))
                {
                    ignoreCase = value.Trim().ToLowerInvariant() is "true" or "yes" or "on" or "1" or "";
                }
            }
        }

        return new GitConfig(
            excludesFile is null ? Path.Combine(xdg, "git", "ignore") : Path.GetFullPath(excludesFile, repository.WorkTree),
            ignoreCase);
    }

    private static string ExpandHome(string path, string home) =>
        path.StartsWith("~/", StringComparison.Ordinal) ? Path.Combine(home, path[2..]) : path;

    /// <summary>The <c>key = value</c> lines of the <c>[core]</c> sections of a git configuration file; none when it cannot be read.</summary>
    private static IEnumerable<(string Key, string Value)> CoreSettings(string path)
    {
        string[] lines;
        try
        {
            lines = File.Exists(path) ? File.ReadAllLines(path) : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            yield break;
        }

        var inCore = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                // "[core]" only: "[core "sub"]" is another section.
                var end = line.IndexOf(']', StringComparison.Ordinal);
                inCore = end > 0 && line[1..end].Trim().Equals("core", StringComparison.OrdinalIgnoreCase);
                line = end > 0 ? line[(end + 1)..].Trim() : "";
            }

            if (!inCore || line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var key = (equals < 0 ? line : line[..equals]).Trim();
            yield return (key, equals < 0 ? "" : Value(line[(equals + 1)..]));
        }
    }

    /// <summary>A value as git reads it: quotes removed, <c>\"</c>, <c>\\</c>, <c>\t</c> and <c>\n</c> unescaped, a comment after <c>#</c> or <c>;</c> outside quotes dropped.</summary>
    private static string Value(string text)
    {
        var value = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == '\\' && i + 1 < text.Length)
            {
                var next = text[++i];
                value.Append(next switch { 't' => '\t', 'n' => '\n', 'b' => '\b', _ => next });
            }
            else if (!quoted && c is '#' or ';')
            {
                break;
            }
            else
            {
                value.Append(c);
            }
        }

        return value.ToString().Trim();
    }
}
