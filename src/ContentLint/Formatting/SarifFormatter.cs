using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentLint.Diagnostics;

namespace ContentLint.Formatting;

/// <summary>
/// SARIF 2.1.0, the format of GitHub code scanning and most CI dashboards: rule metadata (with help) under
/// <c>tool.driver.rules</c>, one result per finding with a URI relative to <c>%SRCROOT%</c>, a 1-based region and
/// a line-independent <c>partialFingerprints</c> entry. A finding in a JSON Lines record is located at the record's
/// line, with the record (id, position inside its text) as a logical location and in the location's properties.
/// A finding's fix, when it has one, is written as <c>fixes[].artifactChanges[].replacements</c>.
/// </summary>
internal sealed class SarifFormatter : DiagnosticFormatter
{
    /// <summary>The base id relative URIs are resolved against: the repository's top folder, or the folder the run started in.</summary>
    public const string SourceRootBaseId = "%SRCROOT%";

    /// <summary>The key of the fingerprint in <c>partialFingerprints</c>; the suffix is its version.</summary>
    public const string FingerprintKey = "contentlint/v1";

    /// <inheritdoc />
    public override string Name => "sarif";

    /// <inheritdoc />
    public override DiagnosticWriter CreateWriter(TextWriter writer, ReportHeader header) => new Writer(writer, header);

    /// <inheritdoc />
    public override bool CanMerge => true;

    /// <inheritdoc />
    /// <remarks>Every shard names the whole run's rules, so rule indexes mean the same in each; the results are put in run order.</remarks>
    protected override void MergeShards(IReadOnlyList<TextReader> shards, TextWriter output)
    {
        var reports = shards.Select(s => ShardReports.ReadJson(s, Name)).ToList();
        var results = reports.SelectMany(r => Run(r)["results"] as JsonArray ?? throw new InvalidDataException("not a sarif report: the run has no results"));
        var report = reports[0].DeepClone().AsObject();
        Run(report)["results"] = new JsonArray([.. ShardReports.InRunOrder(
            results,
            r => Uri.UnescapeDataString((string?)r!["locations"]?[0]?["physicalLocation"]?["artifactLocation"]?["uri"] ?? ""),
            r => ShardReports.RecordLine(r!["locations"]?[0]?["properties"]?["record"])).Select(r => r!.DeepClone())]);
        ShardReports.WriteJson(output, report);
    }

    private static JsonObject Run(JsonObject report) =>
        report["runs"] is JsonArray { Count: 1 } runs && runs[0] is JsonObject run ? run : throw new InvalidDataException("not a sarif report of one run");

    private sealed class Writer : JsonReportWriter
    {
        private readonly Dictionary<string, int> ruleIndex;
        private readonly DiagnosticFingerprints fingerprints = new();

        /// <summary>The location of the file whose findings are being written: made once per file, not per finding.</summary>
        private Artifact? artifact;

        public Writer(TextWriter output, ReportHeader header)
            : base(output, header)
        {
            ruleIndex = header.Rules.Select((rule, index) => (rule.Id, index)).ToDictionary(r => r.Id, r => r.index, StringComparer.Ordinal);
            var json = Json;
            json.WriteStartObject();
            json.WriteString("$schema"u8, "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version"u8, "2.1.0");
            json.WriteStartArray("runs"u8);
            json.WriteStartObject();

            json.WriteStartObject("tool"u8);
            json.WriteStartObject("driver"u8);
            json.WriteString("name"u8, ToolInfo.Name);
            json.WriteString("version"u8, ToolInfo.Version);
            json.WriteString("semanticVersion"u8, ToolInfo.Version);
            json.WriteString("informationUri"u8, ToolInfo.InformationUri.AbsoluteUri);
            json.WriteStartArray("rules"u8);
            foreach (var rule in header.Rules)
            {
                WriteRule(json, rule);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            WriteOriginalUriBaseIds(json);
            json.WriteString("columnKind"u8, "utf16CodeUnits");
            json.WriteStartArray("results"u8);
        }

        protected override void OnDiagnostic(Finding diagnostic)
        {
            if (artifact is not { } current || current.Path != diagnostic.Path)
            {
                artifact = current = Artifact.Of(diagnostic.Path);
            }

            WriteResult(Json, diagnostic, current, ruleIndex.GetValueOrDefault(diagnostic.Id, -1), fingerprints.Next(diagnostic));
            JsonOutput.FlushIfFull(Json);
        }

        protected override void OnComplete(ReportSummary summary)
        {
            Json.WriteEndArray();
            Json.WriteEndObject();
            Json.WriteEndArray();
            Json.WriteEndObject();
            Finish();
        }
    }

    /// <summary>SARIF's name for a severity.</summary>
    public static string ToLevel(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    private static void WriteRule(Utf8JsonWriter json, RuleDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id"u8, rule.Id);
        json.WriteString("name"u8, rule.Name);
        json.WriteStartObject("shortDescription"u8);
        json.WriteString("text"u8, rule.Title);
        json.WriteEndObject();
        if (rule.Description.Length > 0)
        {
            json.WriteStartObject("fullDescription"u8);
            json.WriteString("text"u8, rule.Description.Trim());
            json.WriteEndObject();
        }

        json.WriteStartObject("messageStrings"u8);
        json.WriteStartObject("default"u8);
        json.WriteString("text"u8, rule.MessageFormat);
        json.WriteEndObject();
        json.WriteEndObject();
        if (rule.HelpLink is { } help)
        {
            json.WriteString("helpUri"u8, help.AbsoluteUri);
        }

        WriteRuleHelp(json, rule);

        json.WriteStartObject("defaultConfiguration"u8);
        json.WriteString("level"u8, ToLevel(rule.DefaultSeverity));
        json.WriteBoolean("enabled"u8, rule.IsEnabledByDefault);
        json.WriteEndObject();
        json.WriteStartObject("properties"u8);
        json.WriteString("category"u8, rule.Category);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding diagnostic, Artifact artifact, int ruleIndex, string fingerprint)
    {
        json.WriteStartObject();
        json.WriteString("ruleId"u8, diagnostic.Id);
        if (ruleIndex >= 0)
        {
            json.WriteNumber("ruleIndex"u8, ruleIndex);
        }

        json.WriteString("level"u8, ToLevel(diagnostic.Severity));
        json.WriteStartObject("message"u8);
        json.WriteString("text"u8, ReportLocations.MessageWithRecord(diagnostic));
        json.WriteEndObject();
        WritePartialFingerprints(json, fingerprint);
        json.WriteStartArray("locations"u8);
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation"u8);
        WriteArtifactLocation(json, artifact);
        if (diagnostic.Record is { } record)
        {
            json.WriteStartObject("region"u8);
            json.WriteNumber("startLine"u8, record.Line);
            json.WriteEndObject();
            json.WriteEndObject();
            WriteRecordLocation(json, diagnostic, record);
        }
        else
        {
            // A finding about the whole document gets no region: it flags no line.
            if (!diagnostic.IsWholeDocument)
            {
                WriteRegion(json, diagnostic);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndArray();
        WriteFixes(json, diagnostic, artifact);
        json.WriteEndObject();
    }

    /// <summary>The rule's description as SARIF <c>help</c>, which GitHub code scanning shows beside an alert.</summary>
    private static void WriteRuleHelp(Utf8JsonWriter json, RuleDescriptor rule)
    {
        var description = rule.Description.Trim().Length > 0 ? rule.Description.Trim() : rule.Title;
        var link = rule.HelpLink is { } help ? help.AbsoluteUri : null;
        json.WriteStartObject("help"u8);
        json.WriteString("text"u8, link is null ? description : $"{description}\n\nMore: {link}");
        json.WriteString("markdown"u8, link is null ? description : $"{description}\n\n[More about {rule.Id} {rule.Name}]({link})");
        json.WriteEndObject();
    }

    /// <summary>
    /// <c>%SRCROOT%</c>, which relative URIs are resolved against, described but never given a location: the report
    /// names no folder of the machine that made it, and GitHub code scanning resolves the URIs against the repository.
    /// </summary>
    private static void WriteOriginalUriBaseIds(Utf8JsonWriter json)
    {
        json.WriteStartObject("originalUriBaseIds"u8);
        json.WriteStartObject(SourceRootBaseId);
        json.WriteStartObject("description"u8);
        json.WriteString("text"u8, "The folder relative file URIs start from: the top folder of the git repository the run was in (the contentlint tool's default), or the folder the run started in.");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A relative path as a URI reference against <c>%SRCROOT%</c>; an absolute path as a file URI.</summary>
    private static void WriteArtifactLocation(Utf8JsonWriter json, Artifact artifact)
    {
        json.WriteStartObject("artifactLocation"u8);
        json.WriteString("uri"u8, artifact.Uri);
        if (artifact.IsRelative)
        {
            json.WriteString("uriBaseId"u8, SourceRootBaseId);
        }

        json.WriteEndObject();
    }

    /// <summary>A file's <c>artifactLocation</c>: its URI, relative to <see cref="SourceRootBaseId"/> unless the path is absolute.</summary>
    private readonly record struct Artifact(string Path, JsonEncodedText Uri, bool IsRelative)
    {
        public static Artifact Of(string path) => System.IO.Path.IsPathRooted(path)
            ? new(path, JsonOutput.Encode(new Uri(path).AbsoluteUri), IsRelative: false)
            : new(path, JsonOutput.Encode(JsonOutput.ToUriReference(path)), IsRelative: true);
    }

    private static void WriteLinesAndColumns(Utf8JsonWriter json, Finding diagnostic)
    {
        json.WriteNumber("startLine"u8, diagnostic.Location.Start.Line);
        json.WriteNumber("startColumn"u8, diagnostic.Location.Start.Column);
        json.WriteNumber("endLine"u8, diagnostic.Location.End.Line);
        json.WriteNumber("endColumn"u8, diagnostic.Location.End.Column);
    }

    private static void WriteRegion(Utf8JsonWriter json, Finding diagnostic)
    {
        json.WriteStartObject("region"u8);
        WriteLinesAndColumns(json, diagnostic);
        json.WriteNumber("charOffset"u8, diagnostic.Span.Start);
        json.WriteNumber("charLength"u8, diagnostic.Span.Length);
        json.WriteEndObject();
    }

    /// <summary>
    /// A JSON Lines record as a logical location, and the finding's region inside the record's text field in the
    /// location's properties (SARIF regions can only point into the file itself).
    /// </summary>
    private static void WriteRecordLocation(Utf8JsonWriter json, Finding diagnostic, RecordLocation record)
    {
        json.WriteStartArray("logicalLocations"u8);
        json.WriteStartObject();
        json.WriteString("name"u8, record.Id ?? "line " + record.Line.ToString(CultureInfo.InvariantCulture));
        json.WriteString("kind"u8, "object");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("properties"u8);
        json.WriteStartObject("record"u8);
        JsonOutput.WriteRecordFields(json, record);
        if (record.Field is not null && !diagnostic.IsWholeDocument)
        {
            WriteRegion(json, diagnostic);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A fingerprint that does not change when lines are added above the finding, for alert tracking.</summary>
    private static void WritePartialFingerprints(Utf8JsonWriter json, string fingerprint)
    {
        json.WriteStartObject("partialFingerprints"u8);
        json.WriteString(FingerprintKey, fingerprint);
        json.WriteEndObject();
    }

    /// <summary>
    /// The finding's fix as SARIF <c>fixes</c>: one artifact change whose replacements give regions in the unmodified
    /// file. Offsets are exact for every edit; lines and columns are added where they are known exactly, which is
    /// when the edit covers the finding's own span (a whole-line deletion also takes the line break).
    /// </summary>
    private static void WriteFixes(Utf8JsonWriter json, Finding diagnostic, Artifact artifact)
    {
        // A record's edits are offsets in its text field, not in the file: SARIF cannot place them.
        if (diagnostic.Fix is not { Edits.Count: > 0 } fix || diagnostic.Record is not null)
        {
            return;
        }

        json.WriteStartArray("fixes"u8);
        json.WriteStartObject();
        json.WriteStartObject("description"u8);
        json.WriteString("text"u8, fix.Title);
        json.WriteEndObject();
        json.WriteStartObject("properties"u8);
        // SARIF has no applicability of its own: a property, with Ruff's names.
        json.WriteString("applicability"u8, fix.Applicability.ToName());
        json.WriteEndObject();
        json.WriteStartArray("artifactChanges"u8);
        json.WriteStartObject();
        WriteArtifactLocation(json, artifact);
        json.WriteStartArray("replacements"u8);
        foreach (var edit in fix.Edits)
        {
            json.WriteStartObject();
            json.WriteStartObject("deletedRegion"u8);
            if (edit.Span == diagnostic.Span)
            {
                WriteLinesAndColumns(json, diagnostic);
            }

            json.WriteNumber("charOffset"u8, edit.Span.Start);
            json.WriteNumber("charLength"u8, edit.Span.Length);
            json.WriteEndObject();
            json.WriteStartObject("insertedContent"u8);
            json.WriteString("text"u8, edit.NewText);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }
}
