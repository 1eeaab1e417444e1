using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContentLint.DocGen;

/// <summary>Small builders for JSON Schema nodes, and the one way generated JSON is written.</summary>
internal static class Json
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(JsonNode node) => node.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";

    public static JsonArray Array(IEnumerable<string> items) => [.. items.Select(i => (JsonNode)i)];

    public static JsonObject Typed(string type, string description) => new() { ["type"] = type, ["description"] = description };

    public static JsonObject StringList(string description, string? itemPattern = null)
    {
        var items = new JsonObject { ["type"] = "string" };
        if (itemPattern is not null)
        {
            items["pattern"] = itemPattern;
        }

        return new JsonObject { ["type"] = "array", ["description"] = description, ["items"] = items };
    }

    public static JsonObject Enum(IEnumerable<string> values, string description) =>
        new() { ["enum"] = Array(values), ["description"] = description };
}
