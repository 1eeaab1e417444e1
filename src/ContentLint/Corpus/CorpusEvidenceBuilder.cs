using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Files;

namespace ContentLint.Corpus;

/// <summary>
/// The first pass of a corpus run: add every document of the run (in report order), then <see cref="Build"/> the
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
        Add(sources.Select(source => (source, true)), jobs, cancellationToken);
    }

    /// <summary>As <see cref="Add(IEnumerable{SourceDocument}, int, CancellationToken)"/>, each document marked as in the part whose profile <see cref="BuildPartProfile"/> gives (a shard's) or not.</summary>
    public void Add(IEnumerable<(SourceDocument Source, bool InPart)> sources, int jobs = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        foreach (var batch in sources.Where(s => s.Source.Document is not null).Chunk(BatchSize))
        {
            var hashed = new DocumentLines[batch.Length];
            Parallel.For(0, batch.Length, new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellationToken }, i => hashed[i] = DocumentLines.Of(batch[i].Source.Document!, batch[i].Source.Record));
            for (var i = 0; i < batch.Length; i++)
            {
                Add(hashed[i], batch[i].InPart);
            }
        }
    }

    private void Add(DocumentLines lines, bool isInPart = true)
    {
        documents.Add(lines);
        inPart.Add(isInPart);
    }

    /// <summary>Groups the copies and counts each line once per group.</summary>
    public CorpusEvidence Build(CancellationToken cancellationToken = default)
    {
        var clusters = FindClusters(cancellationToken);
        var (profile, groups) = Count(Enumerable.Range(0, documents.Count), clusters, documents.Count);
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
        var clusters = FindClusters(cancellationToken);
        var owned = Enumerable.Range(0, documents.Count).Where(i => inPart[clusters.Original(i)]);
        return Count(owned, clusters, inPart.Count(isIn => isIn)).Profile;
    }

    private DocumentClusters FindClusters(CancellationToken cancellationToken)
    {
        var (hashes, counts) = CountDocuments(documents);
        var held = new CorpusProfile(documents.Count, documents.Count, hashes, counts);
        return DocumentClusters.Find(documents, held.DocumentsWith, cancellationToken);
    }

    /// <summary>The profile of the documents at <paramref name="indices"/>, each line counted once per group of copies; and the groups of more than one.</summary>
    private (CorpusProfile Profile, List<IGrouping<int, int>> Groups) Count(IEnumerable<int> indices, DocumentClusters clusters, long profiled)
    {
        var counted = indices.ToList();
        var (hashes, counts) = CountDocuments(counted.Select(i => documents[i]));
        var groups = counted.GroupBy(clusters.Original).Where(g => g.Count() > 1).ToList();
        var countedDocuments = (long)counted.Count;
        foreach (var group in groups)
        {
            countedDocuments -= group.Count() - 1;
            foreach (var hash in group.SelectMany(i => documents[i].Lines).GroupBy(h => h).Where(h => h.Count() > 1))
            {
                // A line in several copies of one article counts once.
                counts[Array.BinarySearch(hashes, hash.Key)] -= hash.Count() - 1;
            }
        }

        return (new CorpusProfile(profiled, countedDocuments, hashes, counts), groups);
    }

    /// <summary>Every line hash of the documents, sorted and distinct, with how many documents hold it (each document lists a line once).</summary>
    private static (ulong[] Hashes, int[] Counts) CountDocuments(IEnumerable<DocumentLines> counted)
    {
        var documents = counted.ToList();
        var all = new ulong[documents.Sum(d => (long)d.Lines.Length)];
        var at = 0;
        foreach (var document in documents)
        {
            document.Lines.CopyTo(all, at);
            at += document.Lines.Length;
        }

        Array.Sort(all);
        var distinct = 0;
        for (var i = 0; i < all.Length; i++)
        {
            distinct += i == 0 || all[i] != all[i - 1] ? 1 : 0;
        }

        var hashes = new ulong[distinct];
        var counts = new int[distinct];
        var last = -1;
        for (var i = 0; i < all.Length; i++)
        {
            if (i == 0 || all[i] != all[i - 1])
            {
                hashes[++last] = all[i];
            }

            counts[last]++;
        }

        return (hashes, counts);
    }
}
