using System.Buffers;
using System.Text.Json;

namespace ContentLint.Files;

/// <summary>One line of a JSON Lines file, as read.</summary>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Content">The line's bytes without the line feed that ends it (a carriage return before it stays).</param>
/// <param name="EndsWithNewline">False for a last line without a line feed.</param>
internal readonly record struct JsonLine(int Number, ReadOnlyMemory<byte> Content, bool EndsWithNewline);

/// <summary>One line of a JSON Lines file: a record to lint, or the reason it cannot be linted.</summary>
/// <param name="Line">The 1-based line of the record in the file.</param>
/// <param name="Id">The record's id, when it has one.</param>
/// <param name="Text">The text to lint; null when the record is malformed.</param>
/// <param name="Title">The record's headline, when it has one.</param>
/// <param name="Language">The record's language code, when it has one.</param>
/// <param name="Error">Why the record cannot be linted; null when it can.</param>
internal sealed record JsonLinesRecord(int Line, string? Id, string? Text, string? Title, string? Language, string? Error)
{
    /// <summary>
    /// When the line is not valid UTF-8: the 0-based offset in the line of its first invalid byte. Invalid bytes are
    /// read as U+FFFD, so the record is still linted. Null when the line is valid.
    /// </summary>
    public int? FirstInvalidByte { get; init; }

    /// <summary>The byte at <see cref="FirstInvalidByte"/>, for the finding's message.</summary>
    internal byte InvalidByteValue { get; init; }
}

/// <summary>
/// Reads a JSON Lines corpus one record at a time. Memory holds one line, never the file: a 1 GB corpus streams
/// through. Blank lines are skipped; a line that is not a JSON object with a string text field becomes a record
/// with an <see cref="JsonLinesRecord.Error"/>, and reading goes on.
/// </summary>
internal static class JsonLinesReader
{
    private const int ChunkSize = 1 << 16;

    /// <summary>The extensions of compressed files, whose content is named by the extension before: <c>corpus.jsonl.gz</c>.</summary>
    private static readonly string[] CompressedExtensions = [".gz", ".zst", ".zstd"];

    /// <summary>
    /// True for the extensions of JSON Lines files: <c>.jsonl</c> and <c>.ndjson</c>, also compressed (<c>.jsonl.gz</c>,
    /// <c>.jsonl.zst</c>). The compression itself is recognised from the bytes.
    /// </summary>
    public static bool IsJsonLinesPath(string path)
    {
        var extension = Path.GetExtension(path);
        if (CompressedExtensions.Any(e => extension.Equals(e, StringComparison.OrdinalIgnoreCase)))
        {
            extension = Path.GetExtension(path.AsSpan(0, path.Length - extension.Length)).ToString();
        }

        return extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads the records of <paramref name="stream"/>, lazily, in order.</summary>
    /// <param name="stream">The JSON Lines data (decompressed).</param>
    /// <param name="options">The field mapping.</param>
    /// <param name="lines">Only the records on the lines of this 1-based range, when given (a shard's part); the others are not parsed.</param>
    public static IEnumerable<JsonLinesRecord> Read(Stream stream, JsonLinesOptions? options = null, RecordRange? lines = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= JsonLinesOptions.Default;
        foreach (var line in ReadLines(stream))
        {
            if (lines is { } range && !range.Contains(line.Number))
            {
                if (line.Number > range.Last)
                {
                    yield break;
                }

                continue;
            }

            if (Parse(line.Content, line.Number, options) is { } record)
            {
                yield return record;
            }
        }
    }

    /// <summary>How many lines <paramref name="stream"/> holds (a last line without a line feed counts).</summary>
    public static long CountLines(Stream stream)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            long lines = 0;
            var last = (byte)'\n';
            int read;
            while ((read = stream.Read(buffer, 0, ChunkSize)) > 0)
            {
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
                last = buffer[read - 1];
            }

            return last == '\n' ? lines : lines + 1;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The lines of <paramref name="stream"/>, lazily, in order. Each line's bytes are valid only until the next one is
    /// read: memory holds one line (and a read-ahead block), never the file.
    /// </summary>
    public static IEnumerable<JsonLine> ReadLines(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int start = 0, end = 0, lineNumber = 0;
            var endOfStream = false;
            while (true)
            {
                var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline < 0 && !endOfStream)
                {
                    // Keep the partial line, make room and read more.
                    if (start > 0)
                    {
                        Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                        end -= start;
                        start = 0;
                    }

                    if (end == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        Buffer.BlockCopy(buffer, 0, larger, 0, end);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    var read = stream.Read(buffer, end, buffer.Length - end);
                    endOfStream = read == 0;
                    end += read;
                    continue;
                }

                if (newline < 0 && start == end)
                {
                    yield break;
                }

                var length = newline < 0 ? end - start : newline;
                lineNumber++;
                var line = new ReadOnlyMemory<byte>(buffer, start, length);
                start += newline < 0 ? length : length + 1;
                yield return new JsonLine(lineNumber, line, newline >= 0);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The record on one line (<paramref name="line"/> without its line break); null for a blank line. A byte-order
    /// mark on the first line is skipped.
    /// </summary>
    public static JsonLinesRecord? Parse(ReadOnlyMemory<byte> line, int lineNumber, JsonLinesOptions options) =>
        ParseContent(lineNumber == 1 ? line[ByteOrderMarkLength(line.Span)..] : line, lineNumber, options);

    /// <summary>The length of a UTF-8 byte-order mark at the start of <paramref name="line"/>: 3 or 0.</summary>
    public static int ByteOrderMarkLength(ReadOnlySpan<byte> line) => line.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;

    private static JsonLinesRecord? ParseContent(ReadOnlyMemory<byte> line, int lineNumber, JsonLinesOptions options)
    {
        try
        {
            return ParseLine(line, lineNumber, options);
        }
        catch (InvalidOperationException)
        {
            // JSON may escape a lone surrogate ("\ud800"); System.Text.Json refuses to turn it into a string.
            return Malformed(lineNumber, null, "a string holds an escaped lone surrogate (\\uD800 to \\uDFFF), which is not valid text");
        }
    }

    private static JsonLinesRecord? ParseLine(ReadOnlyMemory<byte> line, int lineNumber, JsonLinesOptions options)
    {
        var bytes = line.Span.TrimEnd("\r\n \t"u8);
        if (bytes.TrimStart(" \t"u8).IsEmpty)
        {
            return null;
        }

        int? invalid = null;
        byte invalidValue = 0;
        var content = line[..bytes.Length];
        if (TextEncodings.ScanUtf8(bytes) is { } scan)
        {
            // JSON text is UTF-8 and the parser throws on anything else: read broken bytes as U+FFFD, as articles are.
            invalid = scan.FirstInvalidByte;
            invalidValue = bytes[scan.FirstInvalidByte];
            content = TextEncodings.Utf8.GetBytes(TextEncodings.Utf8.GetString(bytes));
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(content);
        }
        catch (JsonException e)
        {
            return Malformed(lineNumber, null, "not valid JSON: " + FirstSentence(e.Message));
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Malformed(lineNumber, null, $"a record must be a JSON object, found {Describe(root.ValueKind)}");
            }

            var id = Find(root, options.IdField) is { } idValue ? ScalarText(idValue) : null;
            if (Find(root, options.TextField) is not { ValueKind: JsonValueKind.String } text)
            {
                var found = Find(root, options.TextField) is { } other ? Describe(other.ValueKind) : "nothing";
                return Malformed(lineNumber, id, $"field '{options.TextField}' must be a string, found {found}");
            }

            return new JsonLinesRecord(
                lineNumber,
                id,
                text.GetString(),
                Find(root, options.TitleField) is { ValueKind: JsonValueKind.String } title ? title.GetString() : null,
                Find(root, options.LanguageField) is { ValueKind: JsonValueKind.String } language ? language.GetString() : null,
                null) { FirstInvalidByte = invalid, InvalidByteValue = invalidValue };
        }
    }

    private static JsonLinesRecord Malformed(int line, string? id, string reason) => new(line, id, null, null, null, reason);

    /// <summary>The value at a field name, following dots into nested objects; null when it is absent.</summary>
    private static JsonElement? Find(JsonElement root, string field)
    {
        if (root.TryGetProperty(field, out var direct))
        {
            return direct;
        }

        var current = root;
        foreach (var part in field.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
            {
                return null;
            }
        }

        return current;
    }

    private static string? ScalarText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>System.Text.Json's messages add a path and byte position sentence; the first sentence says what is wrong.</summary>
    private static string FirstSentence(string message)
    {
        var stop = message.IndexOf(". ", StringComparison.Ordinal);
        return stop < 0 ? message.TrimEnd('.') : message[..stop];
    }
}
