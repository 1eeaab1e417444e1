using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ContentLint.Fixing;

/// <summary>
/// Where a field's value lies in the bytes of a JSON object, and the bytes of a new string value in the old one's
/// style, so a record can be rewritten by replacing those bytes alone: every other byte of the line (key order,
/// spacing, number formats, other strings' escapes) stays as it was.
/// </summary>
internal static class JsonFieldValue
{
    private static readonly JsonWriterOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The byte range of the value of <paramref name="field"/> in <paramref name="json"/> (an object), found as
    /// <see cref="Files.JsonLinesReader"/> finds it: a top-level key of that exact name, else the dotted path into
    /// nested objects; of repeated keys the last one, as <see cref="JsonElement.GetProperty(string)"/> takes.
    /// </summary>
    public static Range? Find(ReadOnlySpan<byte> json, string field)
    {
        if (Last(json, field) is { } direct)
        {
            return direct;
        }

        var offset = 0;
        var scope = json;
        foreach (var part in field.Split('.'))
        {
            if (Last(scope, part) is not { } value)
            {
                return null;
            }

            var (start, length) = value.GetOffsetAndLength(scope.Length);
            offset += start;
            scope = scope.Slice(start, length);
        }

        return new Range(offset, offset + scope.Length);
    }

    /// <summary>The byte range of the value of the last <paramref name="name"/> key of the object <paramref name="json"/>.</summary>
    private static Range? Last(ReadOnlySpan<byte> json, string name)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        Range? found = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var matches = reader.ValueTextEquals(name);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (matches)
            {
                found = new Range(start, (int)reader.BytesConsumed);
            }
        }

        return found;
    }

    /// <summary>
    /// <paramref name="value"/> as a JSON string in the style of <paramref name="old"/> (the value it replaces):
    /// non-ASCII characters written as they are, or as <c>\uXXXX</c> escapes when the old string was ASCII with such
    /// escapes (as Python's <c>json.dumps</c> writes by default).
    /// </summary>
    public static byte[] EncodeString(string value, ReadOnlySpan<byte> old)
    {
        var buffer = new ArrayBufferWriter<byte>(value.Length + 16);
        using (var json = new Utf8JsonWriter(buffer, Relaxed))
        {
            json.WriteStringValue(value);
        }

        var escapedStyle = Ascii.IsValid(old) && old.IndexOf("\\u"u8) >= 0;
        if (!escapedStyle || Ascii.IsValid(buffer.WrittenSpan))
        {
            return buffer.WrittenSpan.ToArray();
        }

        var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        var ascii = new StringBuilder(text.Length + 32);
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                ascii.Append(c);
            }
            else
            {
                ascii.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return Encoding.ASCII.GetBytes(ascii.ToString());
    }
}
