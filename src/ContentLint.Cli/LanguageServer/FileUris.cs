namespace ContentLint.Cli.LanguageServer;

/// <summary>Turns <c>file:</c> URIs into paths and back; other schemes (an unsaved buffer's <c>untitled:</c>) have no path.</summary>
internal static class FileUris
{
    /// <summary>The local path of a <c>file:</c> URI (percent escapes decoded); null for any other URI.</summary>
    public static string? ToPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? Path.GetFullPath(parsed.LocalPath) : null;

    /// <summary>The <c>file:</c> URI of an absolute path, escaped as clients write it.</summary>
    public static string FromPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
