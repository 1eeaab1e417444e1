namespace ContentLint.Formatting;

/// <summary>The output formats the library ships.</summary>
public static class DiagnosticFormatters
{
    /// <summary>Every format, the default (<c>text</c>) first.</summary>
    public static IReadOnlyList<DiagnosticFormatter> All { get; } =
    [
        new TextFormatter(), new JsonFormatter(), new SarifFormatter(),
        new GitHubFormatter(), new GitLabFormatter(), new JUnitFormatter(), new CheckstyleFormatter(), new JsonLinesFormatter(), new HtmlFormatter(),
    ];

    /// <summary>The names of every format.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(f => f.Name)];

    /// <summary>The format called <paramref name="name"/>, or null.</summary>
    public static DiagnosticFormatter? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
