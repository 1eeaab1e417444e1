using System.Text.Json;

namespace ContentLint.Tests.Infrastructure;

/// <summary>Reads what an <c>--format html</c> report embeds.</summary>
internal static class HtmlReportData
{
    /// <summary>The data the page draws from, embedded in <c>#report-data</c>.</summary>
    public static JsonElement Of(string html)
    {
        const string start = "<script type=\"application/json\" id=\"report-data\">";
        var from = html.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return JsonDocument.Parse(html[from..html.IndexOf("</script>", from, StringComparison.Ordinal)]).RootElement;
    }
}
