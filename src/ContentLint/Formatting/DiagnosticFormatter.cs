namespace ContentLint.Formatting;

/// <summary>
/// One report format (Serilog's <c>ITextFormatter</c>, ESLint's formatters): it writes a finished report, or a report
/// as the run goes through the <see cref="DiagnosticWriter"/> it creates. <see cref="DiagnosticFormatters"/> has every
/// built-in one; a format of your own derives from this class and works wherever they do.
/// </summary>
public abstract class DiagnosticFormatter
{
    /// <summary>The name users pass to <c>--format</c>, such as <c>sarif</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Starts a report in this format.</summary>
    public abstract DiagnosticWriter CreateWriter(TextWriter writer, ReportHeader header);

    /// <summary>Writes a finished <paramref name="report"/> to <paramref name="writer"/>. Hidden findings are never written.</summary>
    public void Format(LintReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        CreateWriter(writer, ReportHeader.For(report)).WriteReport(report);
    }
}
