using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ContentLint.Formatting;

/// <summary>Writes indented JSON to a <see cref="TextWriter"/>, keeping non-ASCII text readable.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Reports are files and logs, not HTML: "é" stays "é" instead of "\u00E9".
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        writer.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>A repository-relative path as a URI reference: forward slashes, each segment escaped.</summary>
    public static string ToUriReference(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
}
