namespace ContentLint.Formatting;

/// <summary>Writes a run's findings in one output format (Serilog's <c>ITextFormatter</c>, ESLint's formatters).</summary>
public interface IDiagnosticFormatter
{
    /// <summary>The name users pass to <c>--format</c>, such as <c>sarif</c>.</summary>
    string Name { get; }

    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>. Hidden findings are never written.</summary>
    void Format(LintReport report, TextWriter writer);
}

/// <summary>The output formats the library ships.</summary>
public static class DiagnosticFormatters
{
    /// <summary>Every format, the default (<c>text</c>) first.</summary>
    public static IReadOnlyList<IDiagnosticFormatter> All { get; } =
    [
        new TextFormatter(), new JsonFormatter(), new SarifFormatter(),
        new GitHubFormatter(), new GitLabFormatter(), new JUnitFormatter(), new CheckstyleFormatter(),
    ];

    /// <summary>The names of every format.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(f => f.Name)];

    /// <summary>The format called <paramref name="name"/>, or null.</summary>
    public static IDiagnosticFormatter? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
