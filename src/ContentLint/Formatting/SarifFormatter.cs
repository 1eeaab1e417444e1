using System.Text.Json;
using ContentLint.Diagnostics;

namespace ContentLint.Formatting;

/// <summary>
/// SARIF 2.1.0, the format of GitHub code scanning and most CI dashboards: rule metadata under
/// <c>tool.driver.rules</c>, one result per finding with a repository-relative URI and a 1-based region, and its
/// fix, when it has one, as <c>fixes[].artifactChanges[].replacements</c>.
/// </summary>
public sealed class SarifFormatter : IDiagnosticFormatter
{
    /// <inheritdoc />
    public string Name => "sarif";

    /// <inheritdoc />
    public void Format(LintReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var shown = report.Diagnostics.Where(d => d.Severity != Severity.Hidden).ToList();
        // Rules in the log: those that ran, plus engine rules that reported something.
        var rules = report.Rules
            .Concat(shown.Select(d => d.Descriptor))
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(r => r.Id, r => r.index, StringComparer.Ordinal);

        JsonOutput.Write(writer, json =>
        {
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
            foreach (var rule in rules)
            {
                WriteRule(json, rule);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var diagnostic in shown)
            {
                WriteResult(json, diagnostic, ruleIndex[diagnostic.Id]);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>SARIF's name for a severity.</summary>
    public static string ToLevel(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    private static void WriteRule(Utf8JsonWriter json, DiagnosticDescriptor rule)
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

        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", ToLevel(rule.DefaultSeverity));
        json.WriteBoolean("enabled", rule.IsEnabledByDefault);
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", rule.Category);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", ToLevel(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", JsonOutput.ToUriReference(diagnostic.Path));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", diagnostic.Location.Start.Line);
        json.WriteNumber("startColumn", diagnostic.Location.Start.Column);
        json.WriteNumber("endLine", diagnostic.Location.End.Line);
        json.WriteNumber("endColumn", diagnostic.Location.End.Column);
        json.WriteNumber("charOffset", diagnostic.Span.Start);
        json.WriteNumber("charLength", diagnostic.Span.Length);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        WriteFixes(json, diagnostic);
        json.WriteEndObject();
    }

    /// <summary>
    /// The finding's fix as SARIF <c>fixes</c>: one artifact change whose replacements give regions in the unmodified
    /// file. Offsets are exact for every edit; lines and columns are added where they are known exactly, which is
    /// when the edit covers the finding's own span (a whole-line deletion also takes the line break).
    /// </summary>
    private static void WriteFixes(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        if (diagnostic.Fix is not { Edits.Count: > 0 } fix)
        {
            return;
        }

        json.WriteStartArray("fixes");
        json.WriteStartObject();
        json.WriteStartObject("description");
        json.WriteString("text", fix.Title);
        json.WriteEndObject();
        json.WriteStartArray("artifactChanges");
        json.WriteStartObject();
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", JsonOutput.ToUriReference(diagnostic.Path));
        json.WriteEndObject();
        json.WriteStartArray("replacements");
        foreach (var edit in fix.Edits)
        {
            json.WriteStartObject();
            json.WriteStartObject("deletedRegion");
            if (edit.Span == diagnostic.Span)
            {
                json.WriteNumber("startLine", diagnostic.Location.Start.Line);
                json.WriteNumber("startColumn", diagnostic.Location.Start.Column);
                json.WriteNumber("endLine", diagnostic.Location.End.Line);
                json.WriteNumber("endColumn", diagnostic.Location.End.Column);
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
