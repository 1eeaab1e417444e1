namespace ContentLint.Benchmarks.Corpus;

/// <summary>
/// A tiny seeded random generator (SplitMix64). Written out rather than <see cref="Random"/> so that a corpus is the
/// same bytes on every .NET version: benchmark figures from different phases must measure the same input.
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong state = seed;

    /// <summary>The generator for article <paramref name="index"/> of a corpus: independent of how many articles follow it.</summary>
    public static SplitMix64 ForArticle(ulong corpusSeed, int index) =>
        new(new SplitMix64(corpusSeed ^ (0x9E3779B97F4A7C15UL * (ulong)(index + 1))).NextUInt64());

    public ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>A number in [<paramref name="min"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => (NextUInt64() >> 11) * (1.0 / (1UL << 53)) < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
