using System.IO.Compression;
using System.Text;
using Parquet;
using Parquet.Schema;

namespace ContentLint.Tests.Infrastructure;

/// <summary>Writes corpus files in the formats data teams keep them in: compressed JSON Lines and Parquet.</summary>
internal static class CorpusFiles
{
    public static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }

    public static byte[] Zstandard(string text)
    {
        using var compressor = new ZstdSharp.Compressor(3);
        return compressor.Wrap(Encoding.UTF8.GetBytes(text)).ToArray();
    }

    public static string Gunzip(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static string Unzstd(byte[] bytes)
    {
        using var decompressor = new ZstdSharp.Decompressor();
        return Encoding.UTF8.GetString(decompressor.Unwrap(bytes));
    }

    /// <summary>One row of a Parquet corpus: a numeric id, and a text that may be missing (null).</summary>
    public sealed record Row(long Id, string? Title, string? Lang, string? Text, string? Url = null);

    /// <summary>A Parquet file of <paramref name="rows"/>, in row groups of <paramref name="rowGroupSize"/>, with columns id, title, lang, text and meta.url.</summary>
    public static async Task<byte[]> ParquetAsync(IReadOnlyList<Row> rows, int rowGroupSize = 1000)
    {
        var url = new DataField<string>("url");
        var schema = new ParquetSchema(new DataField<long>("id"), new DataField<string>("title"), new DataField<string>("lang"), new DataField<string>("text"), new StructField("meta", url));
        using var buffer = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(schema, buffer))
        {
            foreach (var group in rows.Chunk(rowGroupSize))
            {
                using var rowGroup = writer.CreateRowGroup();
                await rowGroup.WriteAsync<long>(schema.DataFields[0], group.Select(r => r.Id).ToArray().AsMemory());
                await rowGroup.WriteAsync(schema.DataFields[1], group.Select(r => r.Title!).ToArray());
                await rowGroup.WriteAsync(schema.DataFields[2], group.Select(r => r.Lang!).ToArray());
                await rowGroup.WriteAsync(schema.DataFields[3], group.Select(r => r.Text!).ToArray());
                await rowGroup.WriteAsync(schema.DataFields[4], group.Select(r => r.Url!).ToArray());
            }
        }

        return buffer.ToArray();
    }
}
