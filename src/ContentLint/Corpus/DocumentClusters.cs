namespace ContentLint.Corpus;

/// <summary>
/// Groups copies and near-copies of one article: two documents are copies when most long lines of the smaller are in
/// the larger — a copy, the same article with a few lines changed, or an extractor's output next to the page it came
/// from (nearly a subset of it). Long lines are prose; menus and link lists, which pages of one site share, are short.
/// Candidates come from an inverted index of the long lines shared by few documents, so the work grows with the
/// copies, not with the square of the corpus.
/// </summary>
internal sealed class DocumentClusters
{
    /// <summary>The share of the smaller document's long lines the larger must hold.</summary>
    internal const double MinContainment = 0.6;

    /// <summary>
    /// The least number of long lines two copies share, unless no other document holds them: one or two sentences
    /// that others hold too are a quotation.
    /// </summary>
    internal const int MinSharedLongLines = 3;

    /// <summary>
    /// Long lines held by more documents than this are template text (or an article copied so widely that its copies
    /// are better reported by the line rule than paired): they are left out of the index, which bounds its work.
    /// </summary>
    internal const int MaxPostings = 256;

    private readonly int[] parent;

    private DocumentClusters(int count)
    {
        parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            parent[i] = i;
        }
    }

    /// <summary>The first document (in run order) of document <paramref name="index"/>'s group: the one its copies are reported against.</summary>
    public int Original(int index)
    {
        while (parent[index] != index)
        {
            parent[index] = parent[parent[index]];
            index = parent[index];
        }

        return index;
    }

    /// <summary>Finds the groups of copies among <paramref name="documents"/>, in run order.</summary>
    /// <param name="documents">The documents' line hashes.</param>
    /// <param name="documentsWith">For a line hash, how many documents hold it.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public static DocumentClusters Find(IReadOnlyList<DocumentLines> documents, Func<ulong, int> documentsWith, CancellationToken cancellationToken)
    {
        var clusters = new DocumentClusters(documents.Count);
        // Documents with the same lines are copies, however short: a short piece has no long lines to compare.
        var byLines = new Dictionary<ulong, int>();
        for (var i = 0; i < documents.Count; i++)
        {
            if (documents[i].Lines.Length > 0 && !byLines.TryAdd(documents[i].Fingerprint, i))
            {
                clusters.Join(byLines[documents[i].Fingerprint], i);
            }
        }

        var postings = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < documents.Count; i++)
        {
            foreach (var hash in documents[i].LongLines)
            {
                if (documentsWith(hash) is > 1 and <= MaxPostings)
                {
                    if (!postings.TryGetValue(hash, out var list))
                    {
                        postings[hash] = list = [];
                    }

                    list.Add(i);
                }
            }
        }

        var shared = new Dictionary<int, (int Common, int OnlyTheirs)>();
        for (var i = 0; i < documents.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            shared.Clear();
            foreach (var hash in documents[i].LongLines)
            {
                if (!postings.TryGetValue(hash, out var holders))
                {
                    continue;
                }

                foreach (var other in holders)
                {
                    if (other > i)
                    {
                        var (common, onlyTheirs) = shared.GetValueOrDefault(other);
                        shared[other] = (common + 1, onlyTheirs + (holders.Count == 2 ? 1 : 0));
                    }
                }
            }

            // Ascending order: the groups, and so which document is the original, never depend on hashing order.
            foreach (var (other, (common, onlyTheirs)) in shared.OrderBy(s => s.Key))
            {
                var smaller = Math.Min(documents[i].LongLines.Length, documents[other].LongLines.Length);
                // A short extract shares few long lines with its page, but lines no other document holds.
                if (common >= MinContainment * smaller && (common >= MinSharedLongLines || onlyTheirs == common))
                {
                    clusters.Join(i, other);
                }
            }
        }

        return clusters;
    }

    private void Join(int first, int second)
    {
        var (a, b) = (Original(first), Original(second));
        if (a != b)
        {
            // The earlier document stays the original.
            parent[Math.Max(a, b)] = Math.Min(a, b);
        }
    }
}
