using System.Text.Json.Nodes;

namespace ContentLint.Formatting;

/// <summary>
/// What the formats that merge (<see cref="DiagnosticFormatter.Merge"/>) share: reading a shard's report, and the
/// order one whole run writes in — files sorted by the path reports show, a file's records by line. Shards of a
/// folder hold different files; shards of one corpus file hold different records of the same file.
/// </summary>
internal static class ShardReports
{
    /// <summary>
    /// <paramref name="items"/> in the order one whole run writes them: by file path (ordinal), then by record line;
    /// items of the same file and record keep their order (they come from one shard, in order).
    /// </summary>
    public static IEnumerable<T> InRunOrder<T>(IEnumerable<T> items, Func<T, string> path, Func<T, long> record) =>
        items.OrderBy(path, StringComparer.Ordinal).ThenBy(record);

    /// <summary>Reads one shard's JSON report; <see cref="InvalidDataException"/> when it is not JSON.</summary>
    public static JsonObject ReadJson(TextReader shard, string format)
    {
        try
        {
            return JsonNode.Parse(shard.ReadToEnd()) as JsonObject ?? throw new InvalidDataException($"not a {format} report: it is not a JSON object");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InvalidDataException($"not a {format} report: {e.Message}", e);
        }
    }

    /// <summary>Writes <paramref name="report"/> as the format's writer writes it: indented, non-ASCII kept, a line break at the end.</summary>
    public static void WriteJson(TextWriter output, JsonNode report) => JsonOutput.Write(output, json => report.WriteTo(json));

    /// <summary>The record line of a finding's or document's <c>record</c> object; 0 for a file that is one document.</summary>
    public static long RecordLine(JsonNode? record) => record?["line"]?.GetValue<long>() ?? 0;
}
