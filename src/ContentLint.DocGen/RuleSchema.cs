using System.Text.Json.Nodes;
using ContentLint.Diagnostics;
using ContentLint.Rules;

namespace ContentLint.DocGen;

/// <summary>
/// <c>rules/rule.schema.json</c>, generated from the loader's keys and each kind's <see cref="OptionSpec"/>s, so
/// editors complete and check rule files exactly as the loader reads them: unknown keys are rejected per kind.
/// </summary>
internal static class RuleSchema
{
    public const string Id = "https://raw.githubusercontent.com/contentlint/contentlint/main/rules/rule.schema.json";

    private static readonly Dictionary<string, JsonObject> CommonProperties = new(StringComparer.Ordinal)
    {
        ["id"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[A-Z]+[0-9]{3,}$", ["description"] = "Stable, opaque identifier: upper-case letters and at least three digits, in the category's range (CL1xxx encoding, CL2xxx markup, CL3xxx boilerplate, CL4xxx structure)." },
        ["name"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", ["description"] = "Kebab-case alias, usable wherever the id is." },
        ["title"] = Json.Typed("string", "A short summary of what the rule finds."),
        ["message"] = Json.Typed("string", "The message of a finding; {match} and the kind's placeholders are filled in."),
        ["severity"] = Json.Enum(SeverityNames.All, "The default severity: error only where a finding is almost never body text."),
        ["category"] = Json.Typed("string", "The rule's family, such as encoding, markup, boilerplate or structure."),
        ["description"] = Json.Typed("string", "Why the text is junk and how the rule recognises it."),
        ["help"] = Json.Typed("string", "Where the rule is documented: an http(s) URL or a path relative to the rule file."),
        ["languages"] = Json.StringList("ISO 639-1 codes of the languages the rule applies to; leave out for every language.", "^[a-z]{2}$"),
        ["kind"] = Json.Enum(RuleKinds.Names, "The rule kind: how the rule finds junk."),
        ["scope"] = ScopeSchema(),
        ["max-length"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["description"] = "Units (lines, paragraphs) longer than this many characters are not looked at: a dateline or a button label is short." },
        ["max-findings"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["description"] = "The most findings of this rule listed per document, instead of max-findings-per-rule (100 unless configured): for a rule whose every finding is one line of a long page." },
        ["exceptions"] = Json.StringList("Regular expressions (case-insensitive): a finding that overlaps one of their matches, in the lines it touches, is not reported."),
        ["fallback"] = Json.Typed("boolean", "True for a broad, weak rule that only adds what the specific rules miss: its findings on lines another rule flagged are dropped."),
        ["fix"] = Json.Enum(FixKindNames.All, "How findings are repaired; each kind offers some of these."),
        ["enabled"] = Json.Typed("boolean", "False for a rule that runs only when configuration turns it on."),
        ["examples"] = ExamplesSchema(),
    };

    public static string Write()
    {
        if (RuleLoader.CommonKeys.Except(CommonProperties.Keys).FirstOrDefault() is { } undocumented)
        {
            throw new InvalidOperationException($"The rule key '{undocumented}' has no schema description.");
        }

        var schema = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = Id,
            ["title"] = "ContentLint rule",
            ["description"] = "One ContentLint rule: a YAML file whose examples are its tests.",
            ["type"] = "object",
            ["required"] = Json.Array(["id", "name", "title", "message", "severity", "category", "description", "kind"]),
            ["properties"] = new JsonObject(RuleLoader.CommonKeys.Select(k => KeyValuePair.Create(k, (JsonNode?)CommonProperties[k].DeepClone()))),
            ["allOf"] = new JsonArray([.. RuleKinds.All.Select(KindBranch)]),
        };
        return Json.Write(schema);
    }

    /// <summary>The JSON schema of one kind option.</summary>
    public static JsonObject OptionSchema(OptionSpec option)
    {
        var schema = option.Type switch
        {
            OptionType.Boolean => new JsonObject { ["type"] = "boolean" },
            OptionType.Integer => new JsonObject { ["type"] = "integer", ["minimum"] = option.Minimum, ["maximum"] = option.Maximum },
            OptionType.Number => Bounded(option),
            OptionType.Choice => new JsonObject { ["enum"] = Json.Array(option.Choices) },
            OptionType.StringList or OptionType.RegexList => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            OptionType.StringMap => new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = new JsonArray("string", "null") } },
            _ => new JsonObject { ["type"] = "string" },
        };
        schema["description"] = option.Description + (option.Default is { } d ? $" Default: {d}." : "");
        return schema;
    }

    private static JsonObject Bounded(OptionSpec option)
    {
        var schema = new JsonObject { ["type"] = "number", ["minimum"] = option.Minimum };
        if (option.Maximum < double.MaxValue)
        {
            schema["maximum"] = option.Maximum;
        }

        return schema;
    }

    private static JsonObject KindBranch(RuleKind kind) => new()
    {
        ["if"] = new JsonObject { ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["const"] = kind.Name } }, ["required"] = Json.Array(["kind"]) },
        ["then"] = new JsonObject
        {
            ["description"] = kind.Summary,
            ["properties"] = new JsonObject(kind.Options.Select(o => KeyValuePair.Create(o.Name, (JsonNode?)OptionSchema(o)))),
            ["required"] = Json.Array(kind.Options.Where(o => o.Required).Select(o => o.Name)),
            ["propertyNames"] = new JsonObject { ["enum"] = Json.Array(RuleLoader.CommonKeys.Concat(kind.Options.Select(o => o.Name))) },
        },
    };

    private static JsonObject ScopeSchema() => new()
    {
        ["description"] = "What the rule looks at, one unit at a time: each line, each paragraph, the title, the whole body, or each of the first or last N lines.",
        ["oneOf"] = new JsonArray(
            new JsonObject { ["enum"] = Json.Array(RuleScope.Names) },
            Counted(RuleScope.CountedNames[0]),
            Counted(RuleScope.CountedNames[1])),
    };

    private static JsonObject Counted(string name) => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject { [name] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = 100_000 } },
        ["required"] = Json.Array([name]),
        ["additionalProperties"] = false,
    };

    private static JsonObject ExamplesSchema()
    {
        var item = new JsonObject
        {
            ["oneOf"] = new JsonArray(
                new JsonObject { ["type"] = "string" },
                new JsonObject
                {
                    ["type"] = "object",
                    ["required"] = Json.Array(["text"]),
                    ["properties"] = new JsonObject(RuleLoader.ExampleKeys.Select(k => KeyValuePair.Create(k, (JsonNode?)new JsonObject { ["type"] = "string" }))),
                    ["additionalProperties"] = false,
                }),
        };
        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = "The rule's tests and documentation: invalid texts mark each expected finding with [|...|]; valid texts must stay clean.",
            ["properties"] = new JsonObject
            {
                ["invalid"] = new JsonObject { ["type"] = "array", ["items"] = item.DeepClone() },
                ["valid"] = new JsonObject { ["type"] = "array", ["items"] = item },
            },
            ["additionalProperties"] = false,
        };
    }
}
