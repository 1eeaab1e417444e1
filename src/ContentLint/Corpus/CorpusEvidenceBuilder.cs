using System.Numerics;
using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Files;

namespace ContentLint.Corpus;

/// <summary>
/// The first pass of a corpus run: add every document of the run (in report order), then <see cref="Build(int, CancellationToken)"/> the
/// evidence the corpus rules read while the run lints. Only the hashes of each document's counted lines are kept,
/// never text (about 8 bytes a line, twice for a long line); lines are counted at the end by sorting them, not in a
/// dictionary, which would take three to six times as much per distinct line.
/// </summary>
internal sealed class CorpusEvidenceBuilder
{
    /// <summary>How many documents are parsed and hashed at the same time.</summary>
    private const int BatchSize = 64;

    private readonly List<DocumentLines> documents = [];

    /// <summary>For each document, whether it is in the part whose profile <see cref="BuildPartProfile"/> gives.</summary>
    private readonly List<bool> inPart = [];

    /// <summary>The number of documents added.</summary>
    public int Documents => documents.Count;

    /// <summary>Adds a document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="record">For a JSON Lines record, where it is in its file: it names the record in reports.</param>
    public void Add(Document document, RecordLocation? record = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        Add(DocumentLines.Of(document, record));
    }

    /// <summary>
    /// Adds what <paramref name="sources"/> yields, streaming: documents are read, hashed on up to
    /// <paramref name="jobs"/> threads in small batches and dropped; units that could not be read are skipped.
    /// </summary>
    public void Add(IEnumerable<SourceDocument> sources, int jobs = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        Add(sources.Select(source => (Func<(SourceDocument?, bool)>)(() => (source, true))), jobs, cancellationToken);
    }

    /// <summary>
    /// As <see cref="Add(IEnumerable{SourceDocument}, int, CancellationToken)"/>, each document read when its batch is
    /// hashed, on the batch's threads (a file of one article is read and parsed there, not by the enumerator, which would
    /// leave the other cores waiting), and marked as in the part whose profile <see cref="BuildPartProfile"/> gives (a
    /// shard's) or not. A read that gives no document adds nothing.
    /// </summary>
    public void Add(IEnumerable<Func<(SourceDocument? Source, bool InPart)>> reads, int jobs = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reads);
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellationToken };
        foreach (var batch in reads.Chunk(BatchSize))
        {
            var hashed = new (DocumentLines? Lines, bool InPart)[batch.Length];
            Parallel.For(0, batch.Length, parallel, i =>
            {
                var (source, isInPart) = batch[i]();
                hashed[i] = (source?.Document is { } document ? DocumentLines.Of(document, source.Record) : null, isInPart);
            });
            foreach (var (lines, isInPart) in hashed)
            {
                if (lines is not null)
                {
                    Add(lines, isInPart);
                }
            }
        }
    }

    private void Add(DocumentLines lines, bool isInPart = true)
    {
        documents.Add(lines);
        inPart.Add(isInPart);
    }

    /// <summary>Groups the copies and counts each line once per group.</summary>
    public CorpusEvidence Build(CancellationToken cancellationToken = default) => Build(minDocuments: 1, cancellationToken);

    /// <summary>
    /// Groups the copies and counts each line once per group, leaving out of the profile the lines fewer than
    /// <paramref name="minDocuments"/> documents hold (as <see cref="CorpusProfile.Pruned"/>): a lint pass, whose corpus
    /// rules report no line held by fewer than two documents, keeps a small fraction of the lines.
    /// </summary>
    public CorpusEvidence Build(int minDocuments, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minDocuments, 1);
        // Copies are found on the counts of every document, then the same counts are corrected for them: one count.
        var (hashes, counts) = CountDocuments(documents, minDocuments);
        var clusters = DocumentClusters.Find(documents, new CorpusProfile(documents.Count, documents.Count, hashes, counts).DocumentsWith, cancellationToken);
        var (profile, groups) = CountOnce(Enumerable.Range(0, documents.Count), clusters, hashes, counts, documents.Count, minDocuments);
        var copies = new Dictionary<(string, int), DocumentCopy>();
        foreach (var group in groups)
        {
            var original = documents[group.Key];
            foreach (var copy in group.Skip(1).Select(i => documents[i]))
            {
                copies[copy.Key] = new DocumentCopy(original.Name, DocumentLines.CountCommon(copy.Lines, original.Lines), Math.Min(copy.Lines.Length, original.Lines.Length));
            }
        }

        return new CorpusEvidence(profile, copies);
    }

    /// <summary>
    /// The profile of a shard's documents (those added as in the part), with copies found over every document added:
    /// an article and its copies are counted by the shard that holds its first, however the copies are spread, so
    /// that the shards' profiles merged (<see cref="CorpusProfile.Merge"/>) are the whole corpus's byte for byte.
    /// </summary>
    public CorpusProfile BuildPartProfile(CancellationToken cancellationToken = default)
    {
        // Copies are found on lines several documents hold (DocumentClusters); the others need no count here.
        var (held, heldCounts) = CountDocuments(documents, minDocuments: 2);
        var clusters = DocumentClusters.Find(documents, new CorpusProfile(documents.Count, documents.Count, held, heldCounts).DocumentsWith, cancellationToken);
        var owned = Enumerable.Range(0, documents.Count).Where(i => inPart[clusters.Original(i)]).ToList();
        var (hashes, counts) = CountDocuments(owned.Select(i => documents[i]), minDocuments: 1);
        return CountOnce(owned, clusters, hashes, counts, inPart.Count(isIn => isIn), minDocuments: 1).Profile;
    }

    /// <summary>
    /// The profile of the documents at <paramref name="indices"/>, whose lines <paramref name="hashes"/> and
    /// <paramref name="counts"/> count (the counts are corrected in place), each line counted once per group of
    /// copies; and the groups of more than one.
    /// </summary>
    private (CorpusProfile Profile, List<IGrouping<int, int>> Groups) CountOnce(IEnumerable<int> indices, DocumentClusters clusters, ulong[] hashes, int[] counts, long profiled, int minDocuments)
    {
        var counted = indices.ToList();
        var groups = counted.GroupBy(clusters.Original).Where(g => g.Count() > 1).ToList();
        var countedDocuments = (long)counted.Count;
        var lowered = false;
        foreach (var group in groups)
        {
            countedDocuments -= group.Count() - 1;
            foreach (var hash in group.SelectMany(i => documents[i].Lines).GroupBy(h => h).Where(h => h.Count() > 1))
            {
                // A line in several copies of one article counts once.
                var at = Array.BinarySearch(hashes, hash.Key);
                counts[at] -= hash.Count() - 1;
                lowered |= counts[at] < minDocuments;
            }
        }

        var profile = new CorpusProfile(profiled, countedDocuments, hashes, counts, minDocuments);
        return (lowered ? profile.Pruned(minDocuments) : profile, groups);
    }

    /// <summary>
    /// How many parts the line hashes are counted in, by their top bits. Counting sorts the lines, and a sort of every
    /// line of the run at once would hold a second copy of them all (8 bytes a line, at the peak of the run, the end of
    /// the first pass); each part is sorted in turn in one buffer of about an eighth, and the parts come out in order.
    /// </summary>
    private const int CountingParts = 8;

    /// <summary>
    /// Every line hash of the documents that at least <paramref name="minDocuments"/> of them hold, sorted and
    /// distinct, with how many documents hold it (each document lists a line once).
    /// </summary>
    private static (ulong[] Hashes, int[] Counts) CountDocuments(IEnumerable<DocumentLines> counted, int minDocuments)
    {
        var documents = counted.ToList();
        var sizes = new int[CountingParts];
        foreach (var hash in documents.SelectMany(d => d.Lines))
        {
            sizes[PartOf(hash)]++;
        }

        // Each part is sorted twice, once to count what is kept and once to keep it: the arrays kept are made at their
        // size, not grown, which a profile of every line (minDocuments 1) would otherwise hold twice over.
        var buffer = new ulong[sizes.Max()];
        var keptInPart = new int[CountingParts];
        for (var part = 0; part < CountingParts; part++)
        {
            keptInPart[part] = Count(SortedPart(part), minDocuments, null, null, 0);
        }

        var hashes = new ulong[keptInPart.Sum()];
        var counts = new int[hashes.Length];
        for (int part = 0, at = 0; part < CountingParts; at += keptInPart[part], part++)
        {
            Count(SortedPart(part), minDocuments, hashes, counts, at);
        }

        return (hashes, counts);

        Span<ulong> SortedPart(int part)
        {
            var all = buffer.AsSpan(0, sizes[part]);
            var at = 0;
            foreach (var document in documents)
            {
                foreach (var hash in document.Lines)
                {
                    if (PartOf(hash) == part)
                    {
                        all[at++] = hash;
                    }
                }
            }

            all.Sort();
            return all;
        }
    }

    /// <summary>The part of the counting a line hash falls in: its top bits, so that the parts follow each other in order.</summary>
    private static int PartOf(ulong hash) => (int)(hash >> (64 - BitOperations.Log2(CountingParts)));

    /// <summary>
    /// The number of distinct hashes of <paramref name="sorted"/> that occur at least <paramref name="minDocuments"/>
    /// times; each with its count written from <paramref name="at"/> in <paramref name="hashes"/> and <paramref name="counts"/> when given.
    /// </summary>
    private static int Count(ReadOnlySpan<ulong> sorted, int minDocuments, ulong[]? hashes, int[]? counts, int at)
    {
        var kept = 0;
        for (var start = 0; start < sorted.Length;)
        {
            var end = RunEnd(sorted, start);
            if (end - start >= minDocuments)
            {
                if (hashes is not null)
                {
                    hashes[at + kept] = sorted[start];
                    counts![at + kept] = end - start;
                }

                kept++;
            }

            start = end;
        }

        return kept;
    }

    /// <summary>Where the run of equal hashes that starts at <paramref name="start"/> ends, in sorted <paramref name="sorted"/>.</summary>
    private static int RunEnd(ReadOnlySpan<ulong> sorted, int start)
    {
        var end = start + 1;
        while (end < sorted.Length && sorted[end] == sorted[start])
        {
            end++;
        }

        return end;
    }
}
