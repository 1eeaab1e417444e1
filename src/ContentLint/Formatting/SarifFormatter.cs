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
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", ToolInfo.Name);
            json.WriteString("version", ToolInfo.Version);
            json.WriteString("semanticVersion", ToolInfo.Version);
            json.WriteString("informationUri", ToolInfo.InformationUri.AbsoluteUri);
            json.WriteStartArray("rules");
            foreach (var rule in header.Rules)
            {
                WriteRule(json, rule);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            WriteOriginalUriBaseIds(json);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
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
        json.WriteString("id", rule.Id);
        json.WriteString("name", rule.Name);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Title);
        json.WriteEndObject();
        if (rule.Description.Length > 0)
        {
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Description.Trim());
            json.WriteEndObject();
        }

        json.WriteStartObject("messageStrings");
        json.WriteStartObject("default");
        json.WriteString("text", rule.MessageFormat);
        json.WriteEndObject();
        json.WriteEndObject();
        if (rule.HelpLink is { } help)
        {
            json.WriteString("helpUri", help.AbsoluteUri);
        }

        WriteRuleHelp(json, rule);

        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", ToLevel(rule.DefaultSeverity));
        json.WriteBoolean("enabled", rule.IsEnabledByDefault);
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", rule.Category);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding diagnostic, Artifact artifact, int ruleIndex, string fingerprint)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        if (ruleIndex >= 0)
        {
            json.WriteNumber("ruleIndex", ruleIndex);
        }

        json.WriteString("level", ToLevel(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", ReportLocations.MessageWithRecord(diagnostic));
        json.WriteEndObject();
        WritePartialFingerprints(json, fingerprint);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(json, artifact);
        if (diagnostic.Record is { } record)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", record.Line);
            json.WriteEndObject();
            json.WriteEndObject();
            WriteRecordLocation(json, diagnostic, record);
        }
        else
        {
            // A finding about the whole document gets no region: it flags no line.
            if (!diagnostic.IsWholeDocument)
            {
                WriteRegion(json, "region", diagnostic);
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
        json.WriteStartObject("help");
        json.WriteString("text", link is null ? description : $"{description}\n\nMore: {link}");
        json.WriteString("markdown", link is null ? description : $"{description}\n\n[More about {rule.Id} {rule.Name}]({link})");
        json.WriteEndObject();
    }

    /// <summary>
    /// <c>%SRCROOT%</c>, which relative URIs are resolved against, described but never given a location: the report
    /// names no folder of the machine that made it, and GitHub code scanning resolves the URIs against the repository.
    /// </summary>
    private static void WriteOriginalUriBaseIds(Utf8JsonWriter json)
    {
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRootBaseId);
        json.WriteStartObject("description");
        json.WriteString("text", "The folder relative file URIs start from: the top folder of the git repository the run was in (the contentlint tool's default), or the folder the run started in.");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A relative path as a URI reference against <c>%SRCROOT%</c>; an absolute path as a file URI.</summary>
    private static void WriteArtifactLocation(Utf8JsonWriter json, Artifact artifact)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", artifact.Uri);
        if (artifact.IsRelative)
        {
            json.WriteString("uriBaseId", SourceRootBaseId);
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
        json.WriteNumber("startLine", diagnostic.Location.Start.Line);
        json.WriteNumber("startColumn", diagnostic.Location.Start.Column);
        json.WriteNumber("endLine", diagnostic.Location.End.Line);
        json.WriteNumber("endColumn", diagnostic.Location.End.Column);
    }

    private static void WriteRegion(Utf8JsonWriter json, string name, Finding diagnostic)
    {
        json.WriteStartObject(name);
        WriteLinesAndColumns(json, diagnostic);
        json.WriteNumber("charOffset", diagnostic.Span.Start);
        json.WriteNumber("charLength", diagnostic.Span.Length);
        json.WriteEndObject();
    }

    /// <summary>
    /// A JSON Lines record as a logical location, and the finding's region inside the record's text field in the
    /// location's properties (SARIF regions can only point into the file itself).
    /// </summary>
    private static void WriteRecordLocation(Utf8JsonWriter json, Finding diagnostic, RecordLocation record)
    {
        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        json.WriteString("name", record.Id ?? "line " + record.Line.ToString(CultureInfo.InvariantCulture));
        json.WriteString("kind", "object");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.WriteStartObject("record");
        JsonOutput.WriteRecordFields(json, record);
        if (record.Field is not null && !diagnostic.IsWholeDocument)
        {
            WriteRegion(json, "region", diagnostic);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A fingerprint that does not change when lines are added above the finding, for alert tracking.</summary>
    private static void WritePartialFingerprints(Utf8JsonWriter json, string fingerprint)
    {
        json.WriteStartObject("partialFingerprints");
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

        json.WriteStartArray("fixes");
        json.WriteStartObject();
        json.WriteStartObject("description");
        json.WriteString("text", fix.Title);
        json.WriteEndObject();
        json.WriteStartObject("properties");
        // SARIF has no applicability of its own: a property, with Ruff's names.
        json.WriteString("applicability", fix.Applicability.ToName());
        json.WriteEndObject();
        json.WriteStartArray("artifactChanges");
        json.WriteStartObject();
        WriteArtifactLocation(json, artifact);
        json.WriteStartArray("replacements");
        foreach (var edit in fix.Edits)
        {
            json.WriteStartObject();
            json.WriteStartObject("deletedRegion");
            if (edit.Span == diagnostic.Span)
            {
                WriteLinesAndColumns(json, diagnostic);
            }

            json.WriteNumber("charOffset", edit.Span.Start);
            json.WriteNumber("charLength", edit.Span.Length);
            json.WriteEndObject();
            json.WriteStartObject("insertedContent");
            json.WriteString("text", edit.NewText);
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
