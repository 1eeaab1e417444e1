using System.IO.Hashing;
using ContentLint.Files;

namespace ContentLint.Caching;

/// <summary>
/// A run with a cache: every file's key (<see cref="LintCache.EntryKey"/>), and the documents of the run with the
/// findings the cache holds for them. Only files that are one article are cached; records, skipped files and files
/// that cannot be read go through as without a cache.
/// </summary>
internal sealed class CachedRun(LintCache cache, IReadOnlyDictionary<string, UInt128> keys, UInt128? corpusKey, bool needsDocuments)
{
    public LintCache Cache { get; } = cache;

    /// <summary>The hash of the file's content as the run reads it; null when it cannot be read within the size limit.</summary>
    public static UInt128? HashOf(RunInput input)
    {
        try
        {
            // Hashed as it is read: the bytes are not kept, so a buffer is reused rather than the file's size allocated.
            var hash = new XxHash128();
            BoundedFile.Read(input.FullPath, input.Linter.ReadOptions.MaxFileSize, hash.Append);
            return hash.GetCurrentHashAsUInt128();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Read again when linted, which reports why.
            return null;
        }
    }

    /// <summary>True when the cache holds the findings of the file as it was hashed.</summary>
    public bool IsKept(RunInput input) => keys.TryGetValue(input.FullPath, out var key) && Cache.Contains(input.FullPath, key);

    /// <summary>
    /// Every document of <paramref name="run"/>, each file closed by an item without a document. A file with a key (one
    /// article) is left to the thread that lints it, in parallel: the cache's findings for it when it holds them (its
    /// document read only when a report or the baseline needs it), else the file read and linted, with the key of the
    /// bytes read to keep its findings under.
    /// </summary>
    public IEnumerable<RunDocument> Documents(IReadOnlyList<RunInput> run)
    {
        foreach (var input in run)
        {
            if (keys.TryGetValue(input.FullPath, out var key))
            {
                yield return new RunDocument(input, null, ReadLater: () => Kept(input, key) ?? ReadToKeep(input) ?? new RunDocument(input, input.Read().Single()));
            }
            else
            {
                foreach (var source in input.Read())
                {
                    yield return new RunDocument(input, source);
                }
            }

            yield return new RunDocument(input, null);
        }
    }

    /// <summary>The file with the findings the cache holds for it under <paramref name="key"/>; null when it holds none.</summary>
    private RunDocument? Kept(RunInput input, UInt128 key) =>
        Cache.TryGet(input.FullPath, key, input.DisplayPath, input.Linter) is not { } kept ? null
            : needsDocuments ? new RunDocument(input, input.Read().Single(), kept)
            : new RunDocument(input, new SourceDocument(null, null, null), kept);

    /// <summary>
    /// Reads the article as <see cref="ArticleSource.ReadFile"/> does, keyed by the bytes read (the file may have
    /// changed since it was hashed); null when it cannot be read, so that the usual read reports why.
    /// </summary>
    private RunDocument? ReadToKeep(RunInput input)
    {
        byte[] bytes;
        try
        {
            bytes = BoundedFile.ReadAllBytes(input.FullPath, input.Linter.ReadOptions.MaxFileSize);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var source = ArticleFileLoader.FromBytes(bytes, input.DisplayPath, input.Linter.ReadOptions, input.Linter.DefaultLanguage);
        return new RunDocument(input, source, KeyToKeep: LintCache.EntryKey(LintCache.ContentHash(bytes), input.Linter.ReadsCorpus ? corpusKey : null));
    }
}
