using ContentLint.Diagnostics;

namespace ContentLint.Formatting;

/// <summary>
/// GitLab Code Quality (a Code Climate subset): a JSON array of issues, each with a description, the rule as
/// <c>check_name</c>, a severity, a line-independent fingerprint and a location (path and lines).
/// </summary>
internal sealed class GitLabFormatter : DiagnosticFormatter
{
    /// <inheritdoc />
    public override string Name => "gitlab";

    /// <inheritdoc />
    public override DiagnosticWriter CreateWriter(TextWriter writer, ReportHeader header) => new Writer(writer, header);

    /// <summary>Code Quality's name for a severity: <c>major</c>, <c>minor</c> or <c>info</c>.</summary>
    public static string ToSeverity(Severity severity) => severity switch
    {
        Severity.Error => "major",
        Severity.Warning => "minor",
        _ => "info",
    };

    private sealed class Writer : JsonReportWriter
    {
        private readonly DiagnosticFingerprints fingerprints = new();

        public Writer(TextWriter output, ReportHeader header)
            : base(output, header)
        {
            Json.WriteStartArray();
        }

        protected override void OnDiagnostic(Finding diagnostic)
        {
            var json = Json;
            json.WriteStartObject();
            json.WriteString("type", "issue");
            json.WriteString("check_name", diagnostic.Id);
            json.WriteString("description", $"{diagnostic.Id} {diagnostic.Descriptor.Name}: {ReportLocations.MessageWithRecordAndFix(diagnostic)}");
            json.WriteStartArray("categories");
            json.WriteStringValue("Style");
            json.WriteEndArray();
            json.WriteString("severity", ToSeverity(diagnostic.Severity));
            json.WriteString("fingerprint", fingerprints.Next(diagnostic));
            json.WriteStartObject("location");
            json.WriteString("path", diagnostic.Path);
            json.WriteStartObject("lines");
            json.WriteNumber("begin", ReportLocations.StartLine(diagnostic));
            json.WriteNumber("end", ReportLocations.EndLine(diagnostic));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            JsonOutput.FlushIfFull(json);
        }

        protected override void OnComplete(ReportSummary summary)
        {
            Json.WriteEndArray();
            Finish();
        }
    }
}
