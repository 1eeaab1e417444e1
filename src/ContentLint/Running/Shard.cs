using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ContentLint;

/// <summary>
/// One of <see cref="Count"/> deterministic parts of a run (<c>--shard K/N</c>, <c>K</c> counting from 0 as Slurm's
/// <c>SLURM_ARRAY_TASK_ID</c> does): the N shards together cover every document exactly once. Files are divided by a
/// hash of their path as reports show it (so every worker must start in the same folder); a run over one JSON Lines
/// or Parquet file is divided by record number instead, in N contiguous ranges.
/// </summary>
/// <param name="Index">Which part, from 0 to <paramref name="Count"/> - 1.</param>
/// <param name="Count">How many parts.</param>
public readonly record struct Shard(int Index, int Count)
{
    /// <summary>Reads <c>K/N</c>.</summary>
    /// <exception cref="FormatException">The text is not two whole numbers K/N with 0 ≤ K &lt; N.</exception>
    public static Shard Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count < 1 || index >= count)
        {
            throw new FormatException($"'{text}' is not a shard K/N: two whole numbers with K from 0 to N-1, such as 0/4 for the first of four.");
        }

        return new Shard(index, count);
    }

    /// <summary>True when the file reports show as <paramref name="displayPath"/> belongs to this shard.</summary>
    public bool HoldsFile(string displayPath)
    {
        ArgumentNullException.ThrowIfNull(displayPath);
        var hash = BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(displayPath)), 0);
        return (int)(hash % (ulong)Count) == Index;
    }

    /// <summary>This shard's part of <paramref name="records"/> numbered records: first and last number, 1-based; empty when there are fewer records than shards.</summary>
    internal Files.RecordRange RecordsOf(long records) =>
        new((records * Index / Count) + 1, records * (Index + 1) / Count);

    /// <inheritdoc />
    public override string ToString() => $"{Index.ToString(CultureInfo.InvariantCulture)}/{Count.ToString(CultureInfo.InvariantCulture)}";
}
