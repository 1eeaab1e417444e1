using System.Text.Json.Nodes;
using ContentLint.Configuration;
using ContentLint.Diagnostics;

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
                ["rules"] = rules,
                ["overrides"] = new JsonObject
                {
                    ["type"] = "array",
                    ["description"] = "Rule settings for the files some globs match; later entries win.",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = Json.Array(["files", "rules"]),
                        ["properties"] = new JsonObject
                        {
                            ["files"] = Json.StringList("Globs relative to this file."),
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
            property!["type"] = new JsonArray(property["type"]!.GetValue<string>(), "null");
        }

        if (ContentLintConfig.Keys.FirstOrDefault(k => !properties.ContainsKey(k)) is { } undocumented)
        {
            throw new InvalidOperationException($"The configuration key '{undocumented}' has no schema description.");
        }

        return Json.Write(schema);
    }
}
