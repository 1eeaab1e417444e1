using System.Text.Json;
using ContentLint.Diagnostics;
using ContentLint.Text;

namespace ContentLint.Formatting;

/// <summary>
/// ContentLint's own JSON report, for scripts. Versioned: <c>version</c> changes only when a field changes
/// meaning or disappears; new fields may appear in any version.
/// </summary>
public sealed class JsonFormatter : IDiagnosticFormatter
{
    /// <summary>The version of the report's shape.</summary>
    public const int SchemaVersion = 1;

    /// <inheritdoc />
    public string Name => "json";

    /// <inheritdoc />
    public void Format(LintReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        JsonOutput.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("version", SchemaVersion);
            json.WriteStartObject("tool");
            json.WriteString("name", ToolInfo.Name);
            json.WriteString("version", ToolInfo.Version);
            json.WriteEndObject();

            var shown = report.Diagnostics.Where(d => d.Severity != Severity.Hidden).ToList();
            json.WriteStartObject("summary");
            json.WriteNumber("files", report.Files.Length);
            json.WriteNumber("errors", shown.Count(d => d.Severity == Severity.Error));
            json.WriteNumber("warnings", shown.Count(d => d.Severity == Severity.Warning));
            json.WriteNumber("infos", shown.Count(d => d.Severity == Severity.Info));
            json.WriteEndObject();

            json.WriteStartArray("files");
            foreach (var file in report.Files)
            {
                json.WriteStartObject();
                json.WriteString("path", file.Path);
                json.WriteStartArray("diagnostics");
                foreach (var diagnostic in file.Diagnostics.Where(d => d.Severity != Severity.Hidden))
                {
                    WriteDiagnostic(json, diagnostic);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("name", diagnostic.Descriptor.Name);
        json.WriteString("severity", diagnostic.Severity.ToName());
        json.WriteString("message", diagnostic.Message);
        WritePosition(json, "start", diagnostic.Span.Start, diagnostic.Location.Start);
        WritePosition(json, "end", diagnostic.Span.End, diagnostic.Location.End);
        if (diagnostic.Fix is { } fix)
        {
            json.WriteStartObject("fix");
            json.WriteString("title", fix.Title);
            json.WriteStartArray("edits");
            foreach (var edit in fix.Edits)
            {
                json.WriteStartObject();
                json.WriteNumber("offset", edit.Span.Start);
                json.WriteNumber("length", edit.Span.Length);
                json.WriteString("newText", edit.NewText);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter json, string name, int offset, LinePosition position)
    {
        json.WriteStartObject(name);
        json.WriteNumber("offset", offset);
        json.WriteNumber("line", position.Line);
        json.WriteNumber("column", position.Column);
        json.WriteEndObject();
    }
}
