namespace ContentLint.Files;

/// <summary>A range of records of one corpus file, by 1-based record number, both ends included: a shard's part of the file.</summary>
/// <param name="First">The first record in the range.</param>
/// <param name="Last">The last record in the range; below <paramref name="First"/> when the range is empty.</param>
internal readonly record struct RecordRange(long First, long Last)
{
    /// <summary>True when record <paramref name="number"/> is in the range.</summary>
    public bool Contains(long number) => number >= First && number <= Last;
}
