using System.Globalization;
using System.Text;
using ContentLint.Diagnostics;

namespace ContentLint.Formatting;

/// <summary>
/// GitHub Actions workflow commands: one <c>::error file=…,line=…::message</c> annotation per finding (escaped as
/// the runner requires), then the summary line. GitHub shows only the first annotations of each level per step,
/// so when there are more, a notice says how many there are and where to find them all.
/// </summary>
internal sealed class GitHubFormatter : DiagnosticFormatter
{
    /// <summary>How many annotations of one level GitHub shows for a step.</summary>
    public const int ShownPerLevel = 10;

    /// <inheritdoc />
    public override string Name => "github";

    /// <inheritdoc />
    public override DiagnosticWriter CreateWriter(TextWriter writer, ReportHeader header) => new Writer(writer, header);

    /// <summary>GitHub's name for a severity: <c>error</c>, <c>warning</c> or <c>notice</c>.</summary>
    public static string ToCommand(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>Escapes a command's message: <c>%</c>, CR and LF.</summary>
    public static string EscapeData(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);
    }

    /// <summary>Escapes a command property: as <see cref="EscapeData"/>, plus <c>:</c> and <c>,</c>.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    private sealed class Writer(TextWriter output, ReportHeader header) : DiagnosticWriter(output, header)
    {
        protected override void OnDiagnostic(Finding diagnostic)
        {
            var line = new StringBuilder();
            line.Append("::").Append(ToCommand(diagnostic.Severity))
                .Append(" file=").Append(EscapeProperty(TextEscaping.Escape(diagnostic.Path, keepLineBreaks: true)));
            if (ReportLocations.HasLines(diagnostic))
            {
                line.Append(",line=").Append(ReportLocations.StartLine(diagnostic).ToString(CultureInfo.InvariantCulture))
                    .Append(",endLine=").Append(ReportLocations.EndLine(diagnostic).ToString(CultureInfo.InvariantCulture));
            }

            // GitHub takes columns only for a finding on one line (and a record's columns are those of its field).
            if (diagnostic.Record is null && !diagnostic.IsWholeDocument && diagnostic.Location.Start.Line == diagnostic.Location.End.Line)
            {
                line.Append(",col=").Append(diagnostic.Location.Start.Column.ToString(CultureInfo.InvariantCulture))
                    .Append(",endColumn=").Append(diagnostic.Location.End.Column.ToString(CultureInfo.InvariantCulture));
            }

            line.Append(",title=").Append(EscapeProperty(TextEscaping.Escape($"{diagnostic.Id} {diagnostic.Descriptor.Name}", keepLineBreaks: true)))
                .Append("::").Append(EscapeData(TextEscaping.Escape(ReportLocations.MessageWithRecordAndFix(diagnostic), keepLineBreaks: true)));
            Output.WriteLine(line.ToString());
        }

        protected override void OnComplete(ReportSummary summary)
        {
            if (summary.Errors > ShownPerLevel || summary.Warnings > ShownPerLevel || summary.Infos > ShownPerLevel)
            {
                Output.WriteLine(
                    "::notice title=" + EscapeProperty("ContentLint: more findings than GitHub shows") + "::"
                    + EscapeData($"{summary.ToString()} GitHub shows the first {ShownPerLevel} annotations of each level per step; every finding is listed in this step's log (use --format sarif for code scanning)."));
            }

            Output.WriteLine(summary.ToString());
        }
    }
}
