namespace ContentLint.Files;

/// <summary>
/// One file of gitignore patterns (<c>.gitignore</c>, <c>.git/info/exclude</c>, the global excludes file,
/// <c>.contentlintignore</c>), read as git reads it: blank lines and <c>#</c> comments skipped, unescaped trailing
/// spaces dropped, <c>!</c> re-includes, a trailing <c>/</c> matches folders only, a pattern without a slash matches
/// a name at any depth and one with a slash is anchored to <see cref="BaseDirectory"/>; <c>*</c>, <c>?</c> and
/// <c>[...]</c> never match a slash, <c>**</c> between slashes matches any number of folders. The last pattern that
/// matches decides. (MAB.DotIgnore implements the same syntax, but targets .NET Standard 1.3 and brings the old
/// NETStandard.Library package graph, with advisories, into every .NET 8 consumer; the tests check this class
/// against <c>git check-ignore</c> instead.)
/// </summary>
internal sealed class IgnoreFile
{
    private readonly List<IgnorePattern> patterns;

    private IgnoreFile(string path, string baseDirectory, List<IgnorePattern> patterns)
    {
        Path = path;
        BaseDirectory = baseDirectory;
        this.patterns = patterns;
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>The folder the file's anchored patterns are relative to.</summary>
    public string BaseDirectory { get; }

    /// <summary>Reads the file at <paramref name="path"/>; null when it does not exist or cannot be read (git skips such files too).</summary>
    public static IgnoreFile? Load(string path, string baseDirectory, bool ignoreCase)
    {
        try
        {
            return File.Exists(path) ? Parse(path, baseDirectory, File.ReadAllText(path), ignoreCase) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The patterns of <paramref name="text"/>, read as the file <paramref name="path"/>.</summary>
    public static IgnoreFile Parse(string path, string baseDirectory, string text, bool ignoreCase)
    {
        var patterns = new List<IgnorePattern>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (IgnorePattern.Parse(lines[i].TrimEnd('\r'), i + 1, ignoreCase) is { } pattern)
            {
                patterns.Add(pattern);
            }
        }

        return new IgnoreFile(path, baseDirectory, patterns);
    }

    /// <summary>
    /// The last pattern that matches <paramref name="relativePath"/> (forward slashes, relative to
    /// <see cref="BaseDirectory"/>), or null when none does. A match with <see cref="IgnorePattern.IsNegated"/> re-includes the path.
    /// </summary>
    public IgnorePattern? Match(string relativePath, bool isDirectory)
    {
        var name = relativePath.AsSpan(relativePath.LastIndexOf('/') + 1);
        for (var i = patterns.Count - 1; i >= 0; i--)
        {
            if (patterns[i].Matches(relativePath, name, isDirectory))
            {
                return patterns[i];
            }
        }

        return null;
    }
}

/// <summary>One line of an ignore file, compiled.</summary>
internal sealed class IgnorePattern
{
    private readonly GitWildcard wildcard;
    private readonly bool directoryOnly;
    private readonly bool matchesName;

    private IgnorePattern(string text, int line, bool negated, bool directoryOnly, bool matchesName, GitWildcard wildcard)
    {
        Text = text;
        Line = line;
        IsNegated = negated;
        this.directoryOnly = directoryOnly;
        this.matchesName = matchesName;
        this.wildcard = wildcard;
    }

    /// <summary>The line as written (without trailing white space).</summary>
    public string Text { get; }

    /// <summary>The 1-based line of the pattern in its file.</summary>
    public int Line { get; }

    /// <summary>True for a <c>!</c> pattern, which re-includes what an earlier one excluded.</summary>
    public bool IsNegated { get; }

    /// <summary>The pattern on <paramref name="line"/>; null for a blank or comment line.</summary>
    public static IgnorePattern? Parse(string line, int lineNumber, bool ignoreCase)
    {
        var text = TrimTrailingSpaces(line);
        if (text.Length == 0 || text[0] == '#')
        {
            return null;
        }

        var pattern = text;
        var negated = pattern[0] == '!';
        if (negated)
        {
            pattern = pattern[1..];
        }

        var directoryOnly = pattern.EndsWith('/');
        if (directoryOnly)
        {
            pattern = pattern.TrimEnd('/');
        }

        // Without a slash (a trailing one aside) a pattern names a file or folder at any depth; with one, it is
        // anchored to the ignore file's folder, and a leading slash says only that.
        var matchesName = !pattern.Contains('/', StringComparison.Ordinal);
        if (pattern.StartsWith('/'))
        {
            pattern = pattern[1..];
        }

        if (pattern.Length == 0)
        {
            return null;
        }

        return new IgnorePattern(text, lineNumber, negated, directoryOnly, matchesName, GitWildcard.Parse(pattern, ignoreCase));
    }

    /// <summary>True when the pattern matches the path (relative to its file's folder) or, for a name pattern, its last part.</summary>
    public bool Matches(string relativePath, ReadOnlySpan<char> name, bool isDirectory) =>
        (isDirectory || !directoryOnly) && wildcard.IsMatch(matchesName ? name : relativePath);

    /// <summary>Git drops trailing spaces unless a backslash escapes the last one.</summary>
    private static string TrimTrailingSpaces(string line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] == ' ' && !(end > 1 && line[end - 2] == '\\'))
        {
            end--;
        }

        return line[..end];
    }
}
