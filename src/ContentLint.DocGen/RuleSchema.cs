using System.Text.Json.Nodes;
using ContentLint.Rules;

namespace ContentLint.DocGen;

/// <summary>
/// <c>rules/rule.schema.json</c>, generated from the common keys (<see cref="RuleKeys"/>) and each kind's <see cref="OptionSpec"/>s, so
/// editors complete and check rule files exactly as the loader reads them: unknown keys are rejected per kind.
/// </summary>
internal static class RuleSchema
{
    public const string Id = "https://raw.githubusercontent.com/contentlint/contentlint/main/rules/rule.schema.json";

    public static string Write()
    {
        var schema = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = Id,
            ["title"] = "ContentLint rule",
            ["description"] = "One ContentLint rule: a YAML file whose examples are its tests.",
            ["type"] = "object",
            ["required"] = Json.Array(RuleKeys.All.Where(k => k.Required).Select(k => k.Name)),
            ["properties"] = new JsonObject(RuleKeys.All.Select(k => KeyValuePair.Create(k.Name, (JsonNode?)OptionSchema(k)))),
            ["allOf"] = new JsonArray([.. RuleKinds.All.Select(KindBranch)]),
        };
        return Json.Write(schema);
    }

    /// <summary>The JSON schema of one rule key: a common key or a kind option.</summary>
    public static JsonObject OptionSchema(OptionSpec option)
    {
        var schema = option.Type switch
        {
            OptionType.Boolean => new JsonObject { ["type"] = "boolean" },
            OptionType.Integer or OptionType.Number => Bounded(option),
            OptionType.Choice => new JsonObject { ["enum"] = Json.Array(option.Choices) },
            OptionType.StringList or OptionType.RegexList => new JsonObject { ["type"] = "array", ["items"] = Patterned(new JsonObject { ["type"] = "string" }, option) },
            OptionType.StringMap => new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = new JsonArray("string", "null") } },
            OptionType.StringListMap => new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } } },
            OptionType.Scope => ScopeSchema(),
            OptionType.Examples => ExamplesSchema(),
            _ => Patterned(new JsonObject { ["type"] = "string" }, option),
        };
        schema["description"] = option.Description + (option.Default is { } d ? $" Default: {d}." : "");
        return schema;
    }

    /// <summary>A number's bounds; a largest value that is the type's own (no limit) is left out.</summary>
    private static JsonObject Bounded(OptionSpec option)
    {
        var integer = option.Type == OptionType.Integer;
        var schema = new JsonObject { ["type"] = integer ? "integer" : "number", ["minimum"] = option.Minimum };
        if (option.Maximum < (integer ? int.MaxValue : double.MaxValue))
        {
            schema["maximum"] = option.Maximum;
        }

        return schema;
    }

    private static JsonObject Patterned(JsonObject schema, OptionSpec option)
    {
        if (option.Pattern is { } pattern)
        {
            schema["pattern"] = pattern;
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
                    ["properties"] = new JsonObject(RuleKeys.ExampleKeys.Select(k => KeyValuePair.Create(k, (JsonNode?)new JsonObject { ["type"] = "string" }))),
                    ["additionalProperties"] = false,
                }),
        };
        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["invalid"] = new JsonObject { ["type"] = "array", ["items"] = item.DeepClone() },
                ["valid"] = new JsonObject { ["type"] = "array", ["items"] = item },
            },
            ["additionalProperties"] = false,
        };
    }
}
