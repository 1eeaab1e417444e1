namespace ContentLint.Corpus;

/// <summary>
/// What a corpus run's first pass found: how many documents hold each line (<see cref="Profile"/>, copies counted
/// once) and which documents are copies of an earlier one.
/// </summary>
internal sealed class CorpusEvidence
{
    private readonly IReadOnlyDictionary<(string Path, int Record), DocumentCopy> copies;

    internal CorpusEvidence(CorpusProfile profile, IReadOnlyDictionary<(string Path, int Record), DocumentCopy> copies)
    {
        Profile = profile;
        this.copies = copies;
    }

    /// <summary>The line counts of the run's documents: what <c>contentlint profile</c> writes.</summary>
    public CorpusProfile Profile { get; }

    /// <summary>The number of documents that are copies of an earlier one.</summary>
    public int Copies => copies.Count;

    /// <summary>The earlier document that the document at <paramref name="path"/> (and, in a JSON Lines file, <paramref name="recordLine"/>) copies; null when it is no copy.</summary>
    public DocumentCopy? CopyOf(string path, int recordLine = 0)
    {
        ArgumentNullException.ThrowIfNull(path);
        return copies.GetValueOrDefault((path, recordLine));
    }
}
