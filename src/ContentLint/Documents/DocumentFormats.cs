namespace ContentLint.Documents;

/// <summary>Chooses a document format from a file name.</summary>
public static class DocumentFormats
{
    /// <summary>Markdown for <c>.md</c>, <c>.markdown</c> and <c>.mdx</c>; plain text otherwise.</summary>
    public static DocumentFormat FromPath(string? path)
    {
        var extension = Path.GetExtension(path ?? "");
        return extension.Equals(".md", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".mdx", StringComparison.OrdinalIgnoreCase)
            ? DocumentFormat.Markdown
            : DocumentFormat.PlainText;
    }
}
