using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace ContentLint.Files;

/// <summary>
/// Reads the rows of a Parquet file as records, with the field mapping of JSON Lines: a <c>text</c> string column
/// (or the one <see cref="JsonLinesOptions.TextField"/> names), and <c>title</c>, <c>id</c>, <c>lang</c> when present;
/// a dotted name (<c>meta.url</c>) reaches into a struct column. A record's line is its 1-based row number.
/// Only the mapped columns are read, one row group at a time, through Parquet.Net's low-level column reader (no
/// reflection, so it works trimmed and in a Native AOT build).
/// </summary>
internal static class ParquetRecords
{
    /// <summary>True for the extension of Parquet files.</summary>
    public static bool IsParquetPath(string path) => path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);

    /// <summary>How many rows the Parquet file in <paramref name="stream"/> holds, from its index (nothing is decompressed).</summary>
    /// <exception cref="IOException">The file is not a Parquet file or is damaged.</exception>
    public static long CountRows(Stream stream)
    {
        var reader = Guarded(() => ParquetReader.CreateAsync(stream, leaveStreamOpen: true).GetAwaiter().GetResult());
        try
        {
            return reader.Metadata?.NumRows ?? 0;
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>The records of the Parquet file in <paramref name="stream"/> (seekable: Parquet's index is at the end), lazily, in row order.</summary>
    /// <param name="stream">The file.</param>
    /// <param name="options">The field mapping.</param>
    /// <param name="rows">Only the rows in this 1-based range, when given (a shard's part).</param>
    /// <exception cref="IOException">The file is not a Parquet file, is damaged, or has no string column for the text.</exception>
    public static IEnumerable<JsonLinesRecord> Read(Stream stream, JsonLinesOptions options, RecordRange? rows = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        var reader = Guarded(() => ParquetReader.CreateAsync(stream, leaveStreamOpen: true).GetAwaiter().GetResult());
        try
        {
            foreach (var record in Read(reader, options, rows))
            {
                yield return record;
            }
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static IEnumerable<JsonLinesRecord> Read(ParquetReader reader, JsonLinesOptions options, RecordRange? rows)
    {
        var text = Column(reader.Schema, options.TextField) ?? throw new IOException($"the Parquet file has no column '{options.TextField}' for the text");
        if (!IsString(text))
        {
            throw new IOException($"the Parquet column '{options.TextField}' must hold strings, found {text.ClrType.Name}");
        }

        var title = Column(reader.Schema, options.TitleField) is { } t && IsString(t) ? t : null;
        var language = Column(reader.Schema, options.LanguageField) is { } l && IsString(l) ? l : null;
        var id = Column(reader.Schema, options.IdField);
        long first = 0;
        for (var group = 0; group < reader.RowGroupCount; group++)
        {
            using var rowGroup = reader.OpenRowGroupReader(group);
            var count = checked((int)rowGroup.RowCount);
            var start = first;
            first += count;
            if (rows is { } range && (start + count < range.First || start + 1 > range.Last))
            {
                // No row of this group is in the range: it is not even decompressed.
                continue;
            }

            var texts = Strings(rowGroup, text, count);
            var titles = title is null ? null : Strings(rowGroup, title, count);
            var languages = language is null ? null : Strings(rowGroup, language, count);
            var ids = id is null ? null : Ids(rowGroup, id, count);
            for (var i = 0; i < count; i++)
            {
                var row = start + i + 1;
                if (rows is { } wanted && !wanted.Contains(row))
                {
                    continue;
                }

                var line = checked((int)row);
                yield return texts[i] is null
                    ? new JsonLinesRecord(line, ids?[i], null, null, null, $"field '{options.TextField}' must be a string, found null")
                    : new JsonLinesRecord(line, ids?[i], texts[i], titles?[i], languages?[i], null);
            }
        }
    }

    /// <summary>The data column a field name maps to: the name itself, else its dotted parts as a path into struct columns.</summary>
    private static DataField? Column(ParquetSchema schema, string name)
    {
        var fields = schema.GetDataFields();
        return fields.FirstOrDefault(f => f.Path.ToList().SequenceEqual([name]))
            ?? fields.FirstOrDefault(f => f.Path.ToList().SequenceEqual(name.Split('.')));
    }

    private static bool IsString(DataField field) => !field.IsArray && (field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>));

    private static string?[] Strings(ParquetRowGroupReader rowGroup, DataField field, int count)
    {
        var values = new string?[count];
        Guarded(() => rowGroup.ReadAsync(field, values.AsMemory()).AsTask().GetAwaiter().GetResult());
        return values;
    }

    /// <summary>An id column's values as text: strings as they are, whole numbers in invariant digits; other types give no id.</summary>
    private static string?[]? Ids(ParquetRowGroupReader rowGroup, DataField field, int count)
    {
        if (field.IsArray)
        {
            return null;
        }

        if (IsString(field))
        {
            return Strings(rowGroup, field, count);
        }

        if (field.ClrType == typeof(long))
        {
            var values = new long?[count];
            Guarded(() => rowGroup.ReadAsync<long>(field, values.AsMemory()).AsTask().GetAwaiter().GetResult());
            return [.. values.Select(v => v?.ToString(CultureInfo.InvariantCulture))];
        }

        if (field.ClrType == typeof(int))
        {
            var values = new int?[count];
            Guarded(() => rowGroup.ReadAsync<int>(field, values.AsMemory()).AsTask().GetAwaiter().GetResult());
            return [.. values.Select(v => v?.ToString(CultureInfo.InvariantCulture))];
        }

        return null;
    }

    private static void Guarded(Action read) => Guarded(() =>
    {
        read();
        return true;
    });

    /// <summary>Runs a Parquet.Net call; whatever it throws on a damaged file becomes an <see cref="IOException"/> the run reports as an unreadable file.</summary>
    private static T Guarded<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not (IOException or OperationCanceledException or OutOfMemoryException))
        {
            throw new IOException("not a readable Parquet file: " + e.Message, e);
        }
    }
}
