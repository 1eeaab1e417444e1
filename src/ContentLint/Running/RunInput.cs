using ContentLint.Files;

namespace ContentLint;

/// <summary>One file of a run (or the stream it reads), the linter its configuration gives it, and how to read it.</summary>
/// <param name="DisplayPath">The path reports show.</param>
/// <param name="FullPath">The file's absolute path; for a stream, where the file it is named after would be.</param>
/// <param name="Linter">The linter configured for the file.</param>
/// <param name="Read">
/// Reads the file into the documents to lint, lazily. Each call reads it again, so a pass over every document of the
/// run (run-wide evidence such as a corpus profile) can come before the lint pass.
/// </param>
internal sealed record RunInput(string DisplayPath, string FullPath, Linter Linter, Func<IEnumerable<SourceDocument>> Read)
{
    /// <summary>Why the file is not linted though it was named (<c>CL0012</c>); null for a file that is.</summary>
    public Diagnostics.Finding? Skip { get; init; }

    /// <summary>True for a file of the run read as one article (not records, not a stream): <see cref="Read"/> gives one document.</summary>
    public bool IsArticleFile { get; init; }

    /// <summary>When the run lints only some of the file's records (a shard's part): which. Null for all of them.</summary>
    public Files.RecordRange? Records { get; init; }
}

/// <summary>The inputs of a run in report order, and the named paths that matched nothing.</summary>
internal sealed record RunInputs(IReadOnlyList<RunInput> Inputs, IReadOnlyList<string> MissingPaths)
{
    /// <summary>When a shard of the run is one file's records: which records. Null otherwise.</summary>
    public Files.RecordRange? Records { get; init; }

    /// <summary>
    /// Every file of the whole run, in report order, when this is a shard of it: each shard's first pass counts the
    /// corpus evidence over all of them, and each shard's report names the rules one whole run's report names. Null
    /// when the run is not divided.
    /// </summary>
    public IReadOnlyList<RunInput>? WholeRun { get; init; }
}
