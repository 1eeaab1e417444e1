using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ContentLint.Formatting;

/// <summary>Writes indented JSON to a <see cref="TextWriter"/>, keeping non-ASCII text readable.</summary>
internal static class JsonOutput
{
    /// <summary>How many bytes a streamed writer holds before it passes them on.</summary>
    public const int FlushThreshold = 1 << 16;

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

    /// <summary><paramref name="text"/> escaped once as the writers escape it, for a value written many times.</summary>
    public static JsonEncodedText Encode(string text) => JsonEncodedText.Encode(text, Options.Encoder);

    /// <summary>A JSON writer that passes its text on to <paramref name="writer"/> whenever it is flushed.</summary>
    public static Utf8JsonWriter Open(TextWriter writer) => new(new TextWriterStream(writer), Options);

    /// <summary>Flushes <paramref name="json"/> once it holds enough, so a long report never sits in memory.</summary>
    public static void FlushIfFull(Utf8JsonWriter json)
    {
        if (json.BytesPending >= FlushThreshold)
        {
            json.Flush();
        }
    }

    /// <summary>The fields of a JSON Lines record's location: <c>line</c>, <c>id</c> and <c>field</c> when known.</summary>
    public static void WriteRecordFields(Utf8JsonWriter json, Diagnostics.RecordLocation record)
    {
        json.WriteNumber("line", record.Line);
        if (record.Id is { } id)
        {
            json.WriteString("id", id);
        }

        if (record.Field is { } field)
        {
            json.WriteString("field", field);
        }
    }

    /// <summary>A repository-relative path as a URI reference: forward slashes, each segment escaped.</summary>
    public static string ToUriReference(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    /// <summary>
    /// A write-only stream that decodes UTF-8 into a <see cref="TextWriter"/>; into a file written in UTF-8 without a
    /// byte-order mark (a report's <c>--output</c>), it passes the bytes on as they are, after what the writer holds:
    /// decoding them only to encode them again was a tenth of a run that takes its findings from the cache.
    /// </summary>
    private sealed class TextWriterStream(TextWriter writer) : Files.WriteOnlyStream
    {
        private readonly Decoder decoder = new UTF8Encoding(false).GetDecoder();
        private readonly char[] chars = new char[4096];
        private readonly StreamWriter? utf8File = writer is StreamWriter { Encoding: UTF8Encoding encoding } file && encoding.Preamble.IsEmpty ? file : null;

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (utf8File is { } file)
            {
                file.Flush();
                file.BaseStream.Write(buffer);
                return;
            }

            while (!buffer.IsEmpty)
            {
                decoder.Convert(buffer, chars, flush: false, out var bytesUsed, out var charsUsed, out _);
                writer.Write(chars, 0, charsUsed);
                buffer = buffer[bytesUsed..];
            }
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Flush() => writer.Flush();
    }
}
