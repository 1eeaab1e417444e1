namespace ContentLint.Corpus;

/// <summary>
/// How many documents of a corpus hold each line: 64-bit hashes of the lines, lower-cased with white space and digits
/// collapsed (lines of one word or of punctuation alone are not counted), with their document counts, copies of one
/// article counted once; never the text. Data, not code: deterministic (the same documents give
/// the same profile, byte for byte, whatever the parallelism), mergeable from shards (<see cref="Merge"/>), and
/// written by <c>contentlint profile</c> (<see cref="LintSession.CreateCorpusProfileAsync"/>) for runs that see too few
/// documents to count for themselves (<see cref="LinterBuilder.SetCorpusProfile"/>, <c>corpus-profile</c> in configuration).
/// </summary>
public sealed class CorpusProfile
{
    private readonly ulong[] hashes;
    private readonly int[] counts;

    /// <param name="documents">The documents profiled.</param>
    /// <param name="countedDocuments">The documents counted: copies and near-copies of one article are one.</param>
    /// <param name="hashes">The line hashes, sorted, distinct.</param>
    /// <param name="counts">For each hash, the counted documents that hold the line (at least one).</param>
    /// <param name="prunedBelow">Lines held by fewer documents than this were left out (1: none was).</param>
    internal CorpusProfile(long documents, long countedDocuments, ulong[] hashes, int[] counts, int prunedBelow = 1)
    {
        PrunedBelow = prunedBelow;
        Documents = documents;
        CountedDocuments = countedDocuments;
        this.hashes = hashes;
        this.counts = counts;
    }

    /// <summary>Where <c>contentlint profile</c> writes the profile when neither <c>--output</c> nor configuration (<c>corpus-profile</c>) says.</summary>
    public const string DefaultFileName = ".contentlint-corpus-profile";

    /// <summary>The number of documents profiled.</summary>
    public long Documents { get; }

    /// <summary>The number of documents counted: copies and near-copies of one article count once.</summary>
    public long CountedDocuments { get; }

    /// <summary>Lines held by fewer documents than this were left out (<see cref="Pruned"/>); 1 when none was.</summary>
    public int PrunedBelow { get; }

    /// <summary>The number of distinct lines counted.</summary>
    public int Lines => hashes.Length;

    /// <summary>The hashes, sorted, for the writer and for merging.</summary>
    internal ReadOnlySpan<ulong> Hashes => hashes;

    /// <summary>The counts, in the order of <see cref="Hashes"/>.</summary>
    internal ReadOnlySpan<int> Counts => counts;

    /// <summary>How many counted documents hold <paramref name="line"/> (normalised); 0 for a line that is not counted (one word, punctuation).</summary>
    public int DocumentsWith(ReadOnlySpan<char> line) => CorpusLine.Hash(line) is { } hash ? DocumentsWith(hash) : 0;

    /// <summary>How many counted documents hold the line with this hash.</summary>
    internal int DocumentsWith(ulong hash)
    {
        var at = Array.BinarySearch(hashes, hash);
        return at >= 0 ? counts[at] : 0;
    }

    /// <summary>
    /// The profile of the shards' documents together: counts and totals add up. It equals the profile of the whole
    /// corpus when each article's copies lie in one shard (a copy in another shard counts once per shard) and no
    /// shard is <see cref="Pruned"/>: merge first, then prune.
    /// </summary>
    public static CorpusProfile Merge(IEnumerable<CorpusProfile> shards)
    {
        ArgumentNullException.ThrowIfNull(shards);
        var parts = shards.ToList();
        return Combine(parts, (a, b) => checked(a + b), parts.Sum(p => p.Documents), parts.Sum(p => p.CountedDocuments), parts.Count == 0 ? 1 : parts.Max(p => p.PrunedBelow));
    }

    /// <summary>
    /// The profile without the lines fewer than <paramref name="minDocuments"/> documents hold: nearly all lines of a
    /// corpus are in one document only, so a profile pruned at 2 is a small fraction of the size. The rules see a
    /// pruned line as held by no document, which changes nothing for thresholds at or above
    /// <paramref name="minDocuments"/>; but a pruned profile no longer merges exactly.
    /// </summary>
    public CorpusProfile Pruned(int minDocuments)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minDocuments, 1);
        var kept = Enumerable.Range(0, Lines).Where(i => counts[i] >= minDocuments).ToArray();
        return new CorpusProfile(Documents, CountedDocuments, [.. kept.Select(i => hashes[i])], [.. kept.Select(i => counts[i])], Math.Max(PrunedBelow, minDocuments));
    }

    /// <summary>
    /// The evidence of two sources that may have counted the same documents (a run over files a stored profile was
    /// made from): each line gets the larger of its two counts, and the totals the larger of theirs.
    /// </summary>
    internal static CorpusProfile Larger(CorpusProfile first, CorpusProfile second) =>
        Combine([first, second], Math.Max, Math.Max(first.Documents, second.Documents), Math.Max(first.CountedDocuments, second.CountedDocuments), Math.Max(first.PrunedBelow, second.PrunedBelow));

    private static CorpusProfile Combine(List<CorpusProfile> parts, Func<int, int, int> add, long documents, long countedDocuments, int prunedBelow)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }

        var size = parts.Sum(p => p.Lines);
        var allHashes = new List<ulong>(size);
        var allCounts = new List<int>(size);
        var positions = new int[parts.Count];
        while (true)
        {
            // A k-way merge of sorted arrays: linear, and no dictionary of every line.
            ulong? smallest = null;
            for (var i = 0; i < parts.Count; i++)
            {
                if (positions[i] < parts[i].Lines && (smallest is null || parts[i].hashes[positions[i]] < smallest))
                {
                    smallest = parts[i].hashes[positions[i]];
                }
            }

            if (smallest is not { } hash)
            {
                break;
            }

            var count = 0;
            for (var i = 0; i < parts.Count; i++)
            {
                if (positions[i] < parts[i].Lines && parts[i].hashes[positions[i]] == hash)
                {
                    count = add(count, parts[i].counts[positions[i]]);
                    positions[i]++;
                }
            }

            allHashes.Add(hash);
            allCounts.Add(count);
        }

        return new CorpusProfile(documents, countedDocuments, [.. allHashes], [.. allCounts], prunedBelow);
    }

    /// <summary>Reads a profile that <see cref="Save"/> or <c>contentlint profile</c> wrote.</summary>
    /// <exception cref="InvalidDataException">The file is not a corpus profile, or a damaged one.</exception>
    public static CorpusProfile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return CorpusProfileFormat.Read(stream);
    }

    /// <summary>
    /// Writes the profile to <paramref name="path"/>: to a temporary file beside it, then renamed over it, so a run
    /// reading the old profile never sees half of the new one.
    /// </summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = System.IO.Path.GetFullPath(path);
        var temporary = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full)!, $".{System.IO.Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                Write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Writes the profile to <paramref name="stream"/>.</summary>
    internal void Write(Stream stream) => CorpusProfileFormat.Write(this, stream);

    /// <summary>Reads a profile from <paramref name="stream"/>.</summary>
    /// <exception cref="InvalidDataException">The data is not a corpus profile, or a damaged one.</exception>
    internal static CorpusProfile Read(Stream stream) => CorpusProfileFormat.Read(stream);
}
