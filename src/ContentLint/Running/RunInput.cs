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

/// <summary>
/// The files of a run over paths, in report order, kept compact: each file's name, its folder as the run reads it
/// and as reports show it (both shared by the folder's files), and its linter by number. A file's
/// <see cref="RunInput"/> is made each time it is looked at, and dropped by the pass that looks: a list of 200,000
/// files holds about 70 bytes a file rather than half a kilobyte of paths, readers and closures.
/// </summary>
internal sealed class RunFileList : IReadOnlyList<RunInput>
{
    private readonly string[] folders;
    private readonly RunFile[] files;
    private readonly Linter[] linters;
    private readonly Func<string, string, Linter, RunInput> toInput;

    /// <param name="files">The files in report order: absolute path, path reports show, linter.</param>
    /// <param name="toInput">Makes a file's input from its absolute path, shown path and linter.</param>
    public RunFileList(IEnumerable<(string FullPath, string DisplayPath, Linter Linter)> files, Func<string, string, Linter, RunInput> toInput)
    {
        var folderIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var linterIndex = new Dictionary<Linter, int>(ReferenceEqualityComparer.Instance);
        var list = new List<RunFile>();
        foreach (var (full, shown, linter) in files)
        {
            // Both paths end with the file's name; the rest is its folder's, shared.
            var name = Path.GetFileName(full);
            if (!shown.EndsWith(name, StringComparison.Ordinal))
            {
                name = "";
            }

            if (!linterIndex.TryGetValue(linter, out var linterAt))
            {
                linterIndex[linter] = linterAt = linterIndex.Count;
            }

            list.Add(new RunFile(FolderAt(full[..^name.Length]), FolderAt(shown[..^name.Length]), name, linterAt));
        }

        folders = [.. folderIndex.OrderBy(f => f.Value).Select(f => f.Key)];
        this.files = [.. list];
        linters = [.. linterIndex.OrderBy(l => l.Value).Select(l => l.Key)];
        this.toInput = toInput;

        int FolderAt(string folder)
        {
            if (!folderIndex.TryGetValue(folder, out var at))
            {
                folderIndex[folder] = at = folderIndex.Count;
            }

            return at;
        }
    }

    private RunFileList(string[] folders, RunFile[] files, Linter[] linters, Func<string, string, Linter, RunInput> toInput)
    {
        this.folders = folders;
        this.files = files;
        this.linters = linters;
        this.toInput = toInput;
    }

    public int Count => files.Length;

    public RunInput this[int index]
    {
        get
        {
            var file = files[index];
            return toInput(string.Concat(folders[file.Folder], file.Name), string.Concat(folders[file.ShownFolder], file.Name), linters[file.Linter]);
        }
    }

    /// <summary>The linters of <paramref name="run"/>'s files, each once.</summary>
    public static IEnumerable<Linter> LintersOf(IReadOnlyList<RunInput> run) =>
        run is RunFileList list ? list.linters.Distinct() : run.Select(i => i.Linter).Distinct();

    /// <summary><paramref name="run"/> with each file's linter replaced as <paramref name="replace"/> says (it holds every linter of the run).</summary>
    public static IReadOnlyList<RunInput> WithLinters(IReadOnlyList<RunInput> run, IReadOnlyDictionary<Linter, Linter> replace) =>
        run is RunFileList list
            ? new RunFileList(list.folders, list.files, [.. list.linters.Select(l => replace[l])], list.toInput)
            : [.. run.Select(i => i with { Linter = replace[i.Linter] })];

    public IEnumerator<RunInput> GetEnumerator()
    {
        for (var i = 0; i < files.Length; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>One file: its folder as read and as shown (indices of the shared folders), its name, its linter's index.</summary>
    private readonly record struct RunFile(int Folder, int ShownFolder, string Name, int Linter);
}
