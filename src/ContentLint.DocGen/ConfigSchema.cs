using System.Text.Json.Nodes;
using ContentLint.Configuration;
using ContentLint.Diagnostics;
using ContentLint.Files;

namespace ContentLint.DocGen;

/// <summary><c>rules/config.schema.json</c>: the schema of <c>.contentlint.yaml</c>.</summary>
internal static class ConfigSchema
{
    public static string Write()
    {
        var setting = new JsonObject
        {
            ["description"] = "A severity, off, or a mapping of severity and rule options (scope, exceptions, languages and the kind's own options).",
            ["oneOf"] = new JsonArray(
                Json.Enum(SeverityNames.All.Append("off"), "The severity findings get, or off."),
                new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["severity"] = Json.Enum(SeverityNames.All, "The severity findings get.") },
                }),
        };
        var encoding = new JsonObject
        {
            ["type"] = "string",
            ["enum"] = Json.Array(TextEncodings.Names),
            ["description"] = "The encoding of files without a byte-order mark (which always wins): auto (the default) reads UTF-8, or Windows-1252 when the bytes are not valid UTF-8 and read as Windows-1252 text; utf-8 turns that detection off.",
        };
        var rules = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "Rule settings by id, by name, or by category:NAME. A setting for one rule wins over its category's.",
            ["additionalProperties"] = setting,
        };
        var schema = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = "https://raw.githubusercontent.com/contentlint/contentlint/main/rules/config.schema.json",
            ["title"] = "ContentLint configuration (.contentlint.yaml)",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["root"] = Json.Typed("boolean", "Stop looking for configuration in the folders above."),
                ["extends"] = new JsonObject
                {
                    ["type"] = "array",
                    ["description"] = $"Rule packs: {ContentLintConfig.BuiltInRecommended} (the default), {ContentLintConfig.BuiltInAll}, or folders of rule files relative to this file.",
                    ["items"] = new JsonObject { ["type"] = "string" },
                },
                ["include"] = Json.StringList("Globs of the files to lint when no path is given, relative to this file."),
                ["exclude"] = Json.StringList("Globs of files never to lint, relative to this file."),
                ["languages"] = Json.StringList("The languages of the content (ISO 639-1): rules for other languages do not run.", "^[a-z]{2}$"),
                ["encoding"] = encoding,
                ["max-file-size"] = new JsonObject
                {
                    ["type"] = Json.Array(["integer", "string"]),
                    ["minimum"] = 1,
                    ["maximum"] = ByteSize.Maximum,
                    ["pattern"] = ByteSize.Pattern,
                    ["description"] = "Files larger than this are skipped with a CL0009 finding: bytes, or a number with KB, MB or GB (counted in 1,024s). Default 10MB. For JSON Lines it bounds each record's text.",
                },
                ["max-findings-per-rule"] = new JsonObject
                {
                    ["type"] = "integer",
                    ["minimum"] = 1,
                    ["description"] = $"The most findings of one rule listed per document (file or JSON Lines record); one CL0010 finding counts the rest. Default {Linter.DefaultMaxFindingsPerRule}.",
                },
                ["jsonl"] = new JsonObject
                {
                    ["type"] = "object",
                    ["description"] = "How JSON Lines records map to documents; the nearest configuration that says wins.",
                    ["properties"] = new JsonObject
                    {
                        ["text"] = Json.Typed("string", $"The field whose string is linted (default '{JsonLinesOptions.Default.TextField}'); dots reach into nested objects."),
                        ["title"] = Json.Typed("string", $"The field holding the headline (default '{JsonLinesOptions.Default.TitleField}')."),
                        ["id"] = Json.Typed("string", $"The field naming the record in reports (default '{JsonLinesOptions.Default.IdField}')."),
                        ["lang"] = Json.Typed("string", $"The field holding the ISO 639-1 language (default '{JsonLinesOptions.Default.LanguageField}')."),
                        ["format"] = new JsonObject
                        {
                            ["enum"] = Json.Array(["text", "markdown"]),
                            ["description"] = "How the text field is written: plain text (the default) or Markdown.",
                        },
                    },
                    ["additionalProperties"] = false,
                },
                ["baseline"] = Json.Typed("string", "The baseline file a run from this folder uses when --baseline is not given, relative to this file; 'contentlint baseline' writes it."),
                ["corpus-profile"] = Json.Typed("string", "The stored corpus profile the corpus rules (shared-line) read besides a run's own counts, relative to this file: for runs that see few files (pre-commit, --stdin, the library on one string); 'contentlint profile' writes it."),
                ["rules"] = rules,
                ["overrides"] = new JsonObject
                {
                    ["type"] = "array",
                    ["description"] = "Rule settings (and the encoding) for the files some globs match; later entries win.",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = Json.Array(["files"]),
                        ["anyOf"] = new JsonArray(new JsonObject { ["required"] = Json.Array(["rules"]) }, new JsonObject { ["required"] = Json.Array(["encoding"]) }),
                        ["properties"] = new JsonObject
                        {
                            ["files"] = Json.StringList("Globs relative to this file."),
                            ["encoding"] = encoding.DeepClone(),
                            ["rules"] = rules.DeepClone(),
                        },
                        ["additionalProperties"] = false,
                    },
                },
            },
            ["additionalProperties"] = false,
        };
        var properties = (JsonObject)schema["properties"]!;
        foreach (var (_, property) in properties)
        {
            // "rules:" with nothing after it is YAML's null, which the loader reads as "not set".
            var types = property!["type"] is JsonArray several ? several.Select(t => t!.GetValue<string>()) : [property["type"]!.GetValue<string>()];
            property["type"] = Json.Array(types.Append("null"));
            if (property["enum"] is JsonArray values)
            {
                values.Add(null);
            }
        }

        if (ContentLintConfig.Keys.FirstOrDefault(k => !properties.ContainsKey(k)) is { } undocumented)
        {
            throw new InvalidOperationException($"The configuration key '{undocumented}' has no schema description.");
        }

        return Json.Write(schema);
    }
}
