namespace ContentLint.Corpus;

/// <summary>
/// What the corpus says about one document, for rules (<see cref="Rules.RuleContext.Corpus"/>): how many documents of
/// the corpus hold a line, and whether the document copies an earlier one. The counts are the run's own (its first
/// pass over every document) and a configured profile's, combined line by line by taking the larger: a profile made
/// from the same files must not count them twice.
/// </summary>
internal sealed class CorpusView
{
    private readonly CorpusProfile profile;

    internal CorpusView(CorpusProfile profile, DocumentCopy? copy)
    {
        this.profile = profile;
        Copy = copy;
    }

    /// <summary>The number of documents in the corpus, copies of one article counted once.</summary>
    public long CountedDocuments => profile.CountedDocuments;

    /// <summary>The earlier document of the run this one copies; null when it is no copy (or the run did not look).</summary>
    public DocumentCopy? Copy { get; }

    /// <summary>How many documents hold <paramref name="line"/>, normalised (<see cref="CorpusLine"/>); 0 for a line of one word or punctuation.</summary>
    public int DocumentsWith(ReadOnlySpan<char> line) => profile.DocumentsWith(line);

    /// <summary>How many documents hold the line with this hash (<see cref="CorpusLine"/>).</summary>
    internal int DocumentsWith(ulong hash) => profile.DocumentsWith(hash);
}
