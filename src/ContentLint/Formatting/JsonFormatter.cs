using System.Text.Json;
using System.Text.Json.Nodes;
using ContentLint.Diagnostics;
using ContentLint.Text;

namespace ContentLint.Formatting;

/// <summary>
/// ContentLint's own JSON report, for scripts, described by the JSON Schema <c>contentlint-report.schema.json</c>
/// shipped beside this class. Versioned: <c>version</c> changes only when a field changes meaning or disappears;
/// new fields may appear in any version. Streamed: <c>summary</c> comes after <c>files</c>.
/// </summary>
internal sealed class JsonFormatter : DiagnosticFormatter
{
    /// <summary>The version of the report's shape.</summary>
    public const int SchemaVersion = 1;

    /// <inheritdoc />
    public override string Name => "json";

    /// <inheritdoc />
    public override DiagnosticWriter CreateWriter(TextWriter writer, ReportHeader header) => new Writer(writer, header);

    /// <inheritdoc />
    public override bool CanMerge => true;

    /// <inheritdoc />
    protected override void MergeShards(IReadOnlyList<TextReader> shards, TextWriter output)
    {
        var reports = shards.Select(s => ShardReports.ReadJson(s, Name)).ToList();
        var entries = reports.SelectMany(r => Array(r, "files")).Select(f => f!.AsObject());
        // The shards of one corpus file each have an entry for it: one entry with every record's findings.
        var files = new JsonArray([.. entries
            .GroupBy(f => (string)f["path"]!)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(file =>
            {
                var merged = file.First().DeepClone().AsObject();
                merged["diagnostics"] = new JsonArray([.. ShardReports.InRunOrder(
                    file.SelectMany(f => Array(f, "diagnostics")),
                    _ => file.Key,
                    d => ShardReports.RecordLine(d!["record"])).Select(d => d!.DeepClone())]);
                return merged;
            })]);
        var summary = reports[0]["summary"]!.DeepClone().AsObject();
        foreach (var count in summary.Select(p => p.Key).ToList())
        {
            summary[count] = count == "files" ? files.Count : reports.Sum(r => r["summary"]![count]!.GetValue<long>());
        }

        var report = reports[0].DeepClone().AsObject();
        report["files"] = files;
        report["summary"] = summary;
        ShardReports.WriteJson(output, report);
    }

    private static JsonArray Array(JsonObject parent, string name) =>
        parent[name] as JsonArray ?? throw new InvalidDataException($"not a json report: '{name}' is missing");

    private static void WriteDiagnostic(Utf8JsonWriter json, Finding diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("name", diagnostic.Descriptor.Name);
        json.WriteString("severity", diagnostic.Severity.ToName());
        json.WriteString("message", diagnostic.Message);
        if (diagnostic.Record is { } record)
        {
            WriteRecord(json, record);
        }

        if (diagnostic.IsWholeDocument)
        {
            json.WriteBoolean("wholeDocument", true);
        }

        WritePosition(json, "start", diagnostic.Span.Start, diagnostic.Location.Start);
        WritePosition(json, "end", diagnostic.Span.End, diagnostic.Location.End);
        if (diagnostic.Fix is { } fix)
        {
            json.WriteStartObject("fix");
            json.WriteString("title", fix.Title);
            json.WriteString("applicability", fix.Applicability.ToName());
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

    /// <summary>Where the record is in a JSON Lines file; <c>start</c> and <c>end</c> are then inside its text field.</summary>
    private static void WriteRecord(Utf8JsonWriter json, RecordLocation record)
    {
        json.WriteStartObject("record");
        JsonOutput.WriteRecordFields(json, record);
        json.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter json, string name, int offset, LineColumn position)
    {
        json.WriteStartObject(name);
        json.WriteNumber("offset", offset);
        json.WriteNumber("line", position.Line);
        json.WriteNumber("column", position.Column);
        json.WriteEndObject();
    }

    private sealed class Writer : JsonReportWriter
    {
        public Writer(TextWriter output, ReportHeader header)
            : base(output, header)
        {
            var json = Json;
            json.WriteStartObject();
            json.WriteString("$schema", "https://github.com/contentlint/contentlint/blob/main/src/ContentLint/Formatting/contentlint-report.schema.json");
            json.WriteNumber("version", SchemaVersion);
            json.WriteStartObject("tool");
            json.WriteString("name", ToolInfo.Name);
            json.WriteString("version", ToolInfo.Version);
            json.WriteEndObject();
            json.WriteStartArray("files");
        }

        protected override void OnBeginFile(string path)
        {
            Json.WriteStartObject();
            Json.WriteString("path", path);
            Json.WriteStartArray("diagnostics");
        }

        protected override void OnDiagnostic(Finding diagnostic)
        {
            WriteDiagnostic(Json, diagnostic);
            JsonOutput.FlushIfFull(Json);
        }

        protected override void OnEndFile(string path, bool hadProblems)
        {
            Json.WriteEndArray();
            Json.WriteEndObject();
            base.OnEndFile(path, hadProblems);
        }

        protected override void OnComplete(ReportSummary summary)
        {
            var json = Json;
            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", summary.Files);
            json.WriteNumber("errors", summary.Errors);
            json.WriteNumber("warnings", summary.Warnings);
            json.WriteNumber("infos", summary.Infos);
            json.WriteEndObject();
            json.WriteEndObject();
            Finish();
        }
    }
}
