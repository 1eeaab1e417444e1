using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ContentLint.Baselines;
using ContentLint.Configuration;
using ContentLint.Diagnostics;
using ContentLint.Files;
using ContentLint.Fixing;
using ContentLint.Formatting;

namespace ContentLint;

/// <summary>
/// A whole run, as the <c>contentlint</c> tool does it: finds the files (paths, folders, globs, or the configuration's
/// <c>include</c>), gives each the rules its <c>.contentlint.yaml</c> files configure, lints them in parallel batches,
/// applies the baseline and hands results on in a deterministic order (by path, then position) whatever the number
/// of jobs. <see cref="LintAsync"/> streams results per file, <see cref="WriteReportsAsync"/> writes reports as it goes,
/// <see cref="FixAsync"/> fixes, <see cref="CreateBaselineAsync"/> accepts today's findings. Creating a session reads
/// nothing; configuration and the files are resolved on first use, once.
/// </summary>
public sealed class LintSession
{
    /// <summary>The name of the configuration file a session looks for in each file's folder and above (<c>.yml</c> is read too).</summary>
    public const string ConfigurationFileName = ".contentlint.yaml";

    /// <summary>How many documents are read ahead and linted at the same time.</summary>
    private const int BatchSize = 64;

    private readonly ConfigResolver resolver;
    private readonly Lazy<RunInputs> inputs;
    private readonly Lazy<Baseline?> baseline;

    /// <summary>Creates a session; nothing is read until it is used.</summary>
    public LintSession(LintSessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Jobs, 1, nameof(options));
        if (options.OpenStream is not null && options.Paths.Count > 0)
        {
            throw new ArgumentException("A session lints either a stream or paths, not both.", nameof(options));
        }

        var working = Path.GetFullPath(options.WorkingDirectory);
        Options = options with { WorkingDirectory = working };
        resolver = new ConfigResolver(new ConfigResolverOptions
        {
            ConfigPath = options.ConfigFile is { } config ? Path.GetFullPath(config, working) : null,
            RuleFolders = [.. options.RuleFolders.Select(f => Path.GetFullPath(f, working))],
            NoBuiltIn = !options.BuiltInRules,
            Rules = options.Rules,
        });
        inputs = new(FindInputs);
        baseline = new(() => GetBaselinePath() is { } path ? Baseline.Load(path) : null);
    }

    /// <summary>The options, with <see cref="LintSessionOptions.WorkingDirectory"/> made absolute.</summary>
    public LintSessionOptions Options { get; }

    /// <summary>The absolute paths of the files the run lints, in report order.</summary>
    /// <exception cref="ConfigurationException">A configuration or rule file the run needs is invalid or missing.</exception>
    public IReadOnlyList<string> Files => [.. inputs.Value.Inputs.Select(i => i.FullPath)];

    /// <summary>The paths and globs of <see cref="LintSessionOptions.Paths"/> that matched nothing; they are not linted.</summary>
    /// <exception cref="ConfigurationException">A configuration or rule file the run needs is invalid.</exception>
    public IReadOnlyList<string> MissingPaths => inputs.Value.MissingPaths;

    /// <summary>The path reports show for <paramref name="fullPath"/>: relative to the working folder when inside it, with forward slashes.</summary>
    public string DisplayPath(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        var relative = Path.GetRelativePath(Options.WorkingDirectory, fullPath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return shown.Replace('\\', '/');
    }

    /// <summary>The linter configuration gives the file at <paramref name="path"/> (which need not exist).</summary>
    /// <exception cref="ConfigurationException">Its configuration or one of its rule packs is invalid.</exception>
    public Linter LinterFor(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        CheckConfigFile();
        return resolver.LinterFor(Path.GetFullPath(path, Options.WorkingDirectory));
    }

    /// <summary>
    /// The baseline the run applies: <see cref="LintSessionOptions.BaselineFile"/>, else the one the working folder's
    /// configuration names; null when there is none.
    /// </summary>
    /// <exception cref="ConfigurationException">The working folder's configuration is invalid.</exception>
    public string? GetBaselinePath()
    {
        if (Options.BaselineFile is { } named)
        {
            return Path.GetFullPath(named, Options.WorkingDirectory);
        }

        CheckConfigFile();
        return resolver.ChainFor(Options.WorkingDirectory).LastOrDefault(config => config.Baseline is not null)?.Baseline;
    }

    /// <summary>The folders of rule files the working folder's configuration extends (what <c>contentlint test</c> checks).</summary>
    /// <exception cref="ConfigurationException">The working folder's configuration is invalid.</exception>
    public IReadOnlyList<string> GetConfiguredRuleFolders()
    {
        CheckConfigFile();
        return [.. resolver.ChainFor(Options.WorkingDirectory)
            .SelectMany(config => config.Extends)
            .Where(pack => !pack.StartsWith("builtin:", StringComparison.Ordinal))
            .Distinct()];
    }

    /// <summary>What a report of this run states before its first finding: every rule that may report, the working folder, the file count.</summary>
    public ReportHeader CreateReportHeader()
    {
        var rules = (inputs.Value.WholeRunLinters ?? [.. inputs.Value.Inputs.Select(i => i.Linter)]).Distinct().SelectMany(l => l.Rules).Select(r => r.Descriptor);
        return ReportHeader.For(rules, Options.WorkingDirectory, inputs.Value.Inputs.Count);
    }

    /// <summary>
    /// Lints every file and yields one result per file, in report order, as soon as the file is done. The findings of
    /// a JSON Lines file come together when the whole file is done; <see cref="WriteReportsAsync"/> streams them.
    /// </summary>
    /// <exception cref="ConfigurationException">A configuration or rule file the run needs is invalid; nothing was linted.</exception>
    /// <exception cref="IOException">The baseline cannot be read.</exception>
    /// <exception cref="InvalidDataException">The baseline is not a ContentLint baseline.</exception>
    public async IAsyncEnumerable<FileResult> LintAsync(IProgress<LintProgress>? progress = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var findings = new List<Finding>();
        await foreach (var part in FilteredAsync(progress, cancellationToken).ConfigureAwait(false))
        {
            findings.AddRange(part.Findings);
            if (part.EndsFile)
            {
                yield return new FileResult(part.Input.DisplayPath, [.. findings]);
                findings.Clear();
            }
        }
    }

    /// <summary>
    /// Lints every file and writes each finding to every one of <paramref name="writers"/> as it is found, so memory
    /// does not grow with the run; then completes them. Hidden findings are written to none.
    /// </summary>
    /// <param name="writers">The reports, each made by a formatter's <see cref="DiagnosticFormatter.CreateWriter"/> with <see cref="CreateReportHeader"/>.</param>
    /// <param name="progress">Told after each document and each file.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The counts of the run (the same in every report).</returns>
    /// <exception cref="ConfigurationException">A configuration or rule file the run needs is invalid; nothing was written.</exception>
    /// <exception cref="IOException">The baseline cannot be read.</exception>
    /// <exception cref="InvalidDataException">The baseline is not a ContentLint baseline.</exception>
    public async Task<ReportSummary> WriteReportsAsync(IReadOnlyList<DiagnosticWriter> writers, IProgress<LintProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writers);
        if (writers.Count == 0)
        {
            throw new ArgumentException("At least one report is required.", nameof(writers));
        }

        RunInput? current = null;
        await foreach (var part in FilteredAsync(progress, cancellationToken).ConfigureAwait(false))
        {
            if (!ReferenceEquals(part.Input, current))
            {
                current = part.Input;
                Each(writers, w => w.BeginFile(part.Input.DisplayPath));
            }

            foreach (var finding in part.Findings)
            {
                Each(writers, w => w.Write(finding));
            }

            if (part.Source is { } source)
            {
                Each(writers, w => w.EndDocument(source.Document, source.Record));
            }

            if (part.EndsFile)
            {
                Each(writers, w => w.EndFile());
                current = null;
            }
        }

        Each(writers, w => w.Complete());
        return writers[0].Summary;
    }

    /// <summary>
    /// Entries of the baseline for files that are not in the run and no longer exist: the whole file went, so the
    /// entries can go too. Empty when the run has no baseline.
    /// </summary>
    /// <exception cref="IOException">The baseline cannot be read.</exception>
    /// <exception cref="InvalidDataException">The baseline is not a ContentLint baseline.</exception>
    public IReadOnlyList<BaselineEntry> FindStaleBaselineEntries()
    {
        if (baseline.Value is not { } accepted)
        {
            return [];
        }

        var inRun = inputs.Value.Inputs.Select(i => Baseline.KeyOf(accepted.Directory, i.FullPath)).ToHashSet(StringComparer.Ordinal);
        return [.. accepted.Entries.Where(e => !inRun.Contains(e.File) && !File.Exists(Path.Combine(accepted.Directory, e.File)))];
    }

    /// <summary>Lints every file and accepts each finding (hidden ones aside) in a baseline whose paths are relative to <paramref name="directory"/>.</summary>
    /// <param name="directory">The folder the baseline file will be saved in.</param>
    /// <param name="progress">Told after each document and each file.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <exception cref="ConfigurationException">A configuration or rule file the run needs is invalid.</exception>
    public async Task<Baseline> CreateBaselineAsync(string directory, IProgress<LintProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var builder = new BaselineBuilder(Path.GetFullPath(directory, Options.WorkingDirectory));
        await foreach (var (input, source, findings) in LintDocumentsAsync(progress, cancellationToken).ConfigureAwait(false))
        {
            if (source is not null)
            {
                builder.Add(input.FullPath, source.Document, findings);
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// Fixes every file, one at a time in report order, and yields what each fix did: the file is written atomically
    /// (its encoding, byte-order mark and line breaks kept), or in a dry run only its diff is made.
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="FixRunOptions.Rules"/> names a rule no file has, or one that offers no fix.</exception>
    /// <exception cref="ConfigurationException">A configuration or rule file the run needs is invalid.</exception>
    /// <exception cref="InvalidOperationException">The session lints a stream, which cannot be fixed in place.</exception>
    public async IAsyncEnumerable<FileFixResult> FixAsync(FixRunOptions? options = null, IProgress<LintProgress>? progress = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        options ??= new FixRunOptions();
        if (Options.OpenStream is not null)
        {
            throw new InvalidOperationException("A stream cannot be fixed in place; fix its text with a Fixer.");
        }

        var run = inputs.Value.Inputs;
        var fixers = CreateFixers(run.Select(i => i.Linter).Distinct().ToList(), options.Rules);
        long fixedCount = 0;
        for (var i = 0; i < run.Count; i++)
        {
            var input = run[i];
            var fixer = fixers[input.Linter];
            var fix = await Task.Run(() => FileFix.Create(fixer, input.FullPath, input.DisplayPath, cancellationToken), cancellationToken).ConfigureAwait(false);
            fixedCount += fix.Result.Applied.Length;
            progress?.Report(new LintProgress(i + 1, run.Count, i + 1, fixedCount));
            yield return Complete(fix, fixer, options.DryRun);
        }
    }

    /// <summary>
    /// Fixes the JSON Lines records of the session's stream (<see cref="LintSessionOptions.OpenStream"/>: standard
    /// input, say) and writes them to <paramref name="output"/> as a filter does: each record's text field fixed,
    /// every other byte of its line as it was, in input order, compressed as the input was (gzip, Zstandard or not
    /// at all, recognised from its bytes); records that cannot be read are written back unchanged and reported.
    /// Yields what became of each record, as it goes: memory does not grow with the stream.
    /// </summary>
    /// <param name="output">Where the fixed records go; left open.</param>
    /// <param name="options">Which rules' fixes, and which records to drop.</param>
    /// <param name="progress">Told after each record.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <exception cref="InvalidOperationException">The session lints paths, not a stream.</exception>
    /// <exception cref="ArgumentException"><see cref="FixRunOptions.Rules"/> names a rule that does not run, or one that offers no fix.</exception>
    /// <exception cref="ConfigurationException">A configuration or rule file the run needs is invalid.</exception>
    public async IAsyncEnumerable<RecordFix> FixRecordsAsync(Stream output, FixRunOptions? options = null, IProgress<LintProgress>? progress = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        options ??= new FixRunOptions();
        if (Options.OpenStream is not { } open)
        {
            throw new InvalidOperationException("FixRecordsAsync fixes the session's stream; the session lints paths.");
        }

        var input = inputs.Value.Inputs[0];
        var fixer = CreateFixers([input.Linter], options.Rules)[input.Linter];
        var reading = new ArticleSource.RecordReading(input.DisplayPath, input.Linter.ReadOptions.JsonLines, input.Linter.DefaultLanguage, input.Linter.ReadOptions);
        using var data = CorpusStreams.Open(open(), ArticleFileLoader.BinaryProbeLength, leaveOpen: true);
        using var compressed = CorpusStreams.Compress(output, data.Compression, leaveOpen: true);
        using var records = new JsonLinesRecordFixer(fixer, reading, options.DropDocumentsWith).Fix(data, compressed, Options.Jobs, cancellationToken).GetEnumerator();
        long done = 0, fixedCount = 0;
        while (await Task.Run(records.MoveNext, cancellationToken).ConfigureAwait(false))
        {
            done++;
            fixedCount += records.Current.Applied;
            progress?.Report(new LintProgress(0, 1, done, fixedCount));
            yield return records.Current;
        }
    }

    /// <summary>What became of a computed fix: a problem, a diff, or the file written.</summary>
    private FileFixResult Complete(FileFix fix, Fixer fixer, bool dryRun)
    {
        var result = new FileFixResult(fix.Path, fix.Result) { FullPath = fix.FullPath, HasChanges = fix.IsChanged, Remaining = fix.Result.Remaining };
        if (fix.Problem is not null && fix.Result.Remaining.Any(fixer.IsFixable))
        {
            // A file that cannot be read or decoded had fixes to apply; its findings say what it holds.
            return result with { Problem = fix.Problem };
        }

        if (!fix.IsChanged)
        {
            return result;
        }

        if (dryRun)
        {
            // A unified diff that git apply takes from the working folder: a/ and b/ before relative paths.
            var relative = !Path.IsPathRooted(fix.Path);
            return result with { Diff = UnifiedDiff.Create(fix.Result.OriginalText, fix.Result.Text, relative ? "a/" + fix.Path : fix.Path, relative ? "b/" + fix.Path : fix.Path) };
        }

        try
        {
            fix.Write(Options.FileWriter);
            return result with { Written = true };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file still holds what it had, and so its findings are those of the old text.
            return result with { Problem = e.Message, Remaining = fix.Result.Found };
        }
    }

    /// <summary>
    /// A fixer for each linter (one per distinct configuration), applying the fixes of the rules <paramref name="wanted"/>
    /// names. A named rule that a configuration turns off is simply not fixed in its files.
    /// </summary>
    private static Dictionary<Linter, Fixer> CreateFixers(List<Linter> linters, IReadOnlyList<string>? wanted)
    {
        var problems = new List<string>();
        foreach (var name in wanted ?? [])
        {
            var rule = linters.SelectMany(l => l.Rules).FirstOrDefault(r => r.Descriptor.Id == name || r.Descriptor.Name == name);
            if (rule is null && linters.Count > 0)
            {
                problems.Add($"No rule has the id or name '{name}'.");
            }
            else if (rule is { Definition.Fix: null })
            {
                problems.Add($"Rule {rule.Descriptor.Id} ({rule.Descriptor.Name}) offers no fix.");
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("\n", problems));
        }

        return linters.ToDictionary(linter => linter, linter => new Fixer(linter, new FixOptions
        {
            Rules = wanted is { Count: > 0 }
                ? wanted.Where(name => linter.Rules.Any(r => r.Descriptor.Id == name || r.Descriptor.Name == name)).ToHashSet(StringComparer.Ordinal)
                : null,
        }));
    }

    /// <summary>
    /// The findings of the run in report order, a file's documents one part each and then a part that ends the file,
    /// with the baseline applied: accepted findings hidden, entries that no longer match added as notes.
    /// </summary>
    private async IAsyncEnumerable<FilePart> FilteredAsync(IProgress<LintProgress>? progress, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Read before the first finding: a baseline that cannot be read stops the run before any report is written.
        var filter = baseline.Value is { } accepted ? new BaselineFilter(accepted) : null;
        if (filter is not null && inputs.Value.Records is not null)
        {
            throw new ArgumentException("A baseline cannot be checked against a shard of one file's records: what it accepts is counted over the whole file. Shard a corpus of several files, or lint without a baseline.", nameof(Options));
        }

        // True once the file being handed on has had its baseline notes: with its one document, in position order.
        var notesGiven = false;
        await foreach (var (input, source, findings) in LintDocumentsAsync(progress, cancellationToken).ConfigureAwait(false))
        {
            if (source is null)
            {
                // Baseline entries that no longer match a JSON Lines corpus are notes at the end of the file.
                IReadOnlyList<Finding> notes = notesGiven ? [] : filter?.Unmatched(input.FullPath, input.DisplayPath) ?? [];
                notesGiven = false;
                yield return new FilePart(input, notes, null);
                continue;
            }

            if (filter is null)
            {
                yield return new FilePart(input, findings, source);
                continue;
            }

            var kept = filter.Filter(input.FullPath, source.Document, findings).ToList();
            if (source.Record is null)
            {
                // A file that is one document is complete here: its stale-entry notes sort in with its findings
                // (after the filter has run: it is what counts the entries off).
                notesGiven = true;
                kept = [.. kept.Concat(filter.Unmatched(input.FullPath, input.DisplayPath)).Order()];
            }

            yield return new FilePart(input, kept, source);
        }
    }

    /// <summary>
    /// Runs each input's linter over every document of the input, in batches linted in parallel, and yields in report
    /// order each document with its findings, then an item without a document that ends the input. Every run goes
    /// through here, so evidence that needs all the run's documents (lines many documents share: a corpus profile)
    /// is built here first, by a pass over <see cref="Documents"/>, whose inputs read their files again.
    /// </summary>
    private async IAsyncEnumerable<(RunInput Input, SourceDocument? Source, ImmutableArray<Finding> Findings)> LintDocumentsAsync(
        IProgress<LintProgress>? progress,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var run = inputs.Value.Inputs;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.Jobs, CancellationToken = cancellationToken };
        int filesDone = 0;
        long documents = 0, findingCount = 0;
        foreach (var batch in Documents(run).Chunk(BatchSize))
        {
            var found = new ImmutableArray<Finding>[batch.Length];
            await Task.Run(() => Parallel.For(0, batch.Length, parallel, i => found[i] = batch[i].Source is { } source ? batch[i].Input.Linter.Lint(source, cancellationToken) : []), cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < batch.Length; i++)
            {
                if (batch[i].Source is null)
                {
                    filesDone++;
                }
                else
                {
                    documents++;
                    findingCount += found[i].Length;
                }

                progress?.Report(new LintProgress(filesDone, run.Count, documents, findingCount));
                yield return (batch[i].Input, batch[i].Source, found[i]);
            }
        }
    }

    /// <summary>Every document of every input, each input closed by an item without a document.</summary>
    private static IEnumerable<(RunInput Input, SourceDocument? Source)> Documents(IReadOnlyList<RunInput> inputs)
    {
        foreach (var input in inputs)
        {
            foreach (var source in input.Read())
            {
                yield return (input, source);
            }

            yield return (input, null);
        }
    }

    private static void Each(IReadOnlyList<DiagnosticWriter> writers, Action<DiagnosticWriter> action)
    {
        foreach (var writer in writers)
        {
            action(writer);
        }
    }

    /// <summary>Resolves what the run reads and every file's linter, before anything is linted, so an invalid configuration stops it whole.</summary>
    private RunInputs FindInputs()
    {
        CheckConfigFile();
        var working = Options.WorkingDirectory;
        if (Options.OpenStream is { } open)
        {
            if (Options.Shard is not null)
            {
                throw new ArgumentException("A stream cannot be divided into shards; give the shards files, or split the stream before it reaches each worker.", nameof(Options));
            }

            var name = Options.StreamPath ?? "<stdin>";
            var full = Path.GetFullPath(name, working);
            var shown = Options.StreamPath is null ? name : DisplayPath(full);
            var linter = LintersFor([full])[full];
            return new([new RunInput(shown, full, linter, () => ArticleSource.ReadStream(open(), shown, null, Options.ReadAllAsJsonLines, linter.DefaultLanguage, linter.ReadOptions))], []);
        }

        FoundArticles found;
        if (Options.Paths.Count > 0)
        {
            found = ArticleFinder.Find(Options.Paths, working);
        }
        else if (resolver.IncludingConfig(working) is { } config)
        {
            found = ArticleFinder.Find(config.Include, config.Directory);
        }
        else
        {
            found = ArticleFinder.Find(["."], working);
        }

        var files = found.Files.Where(file => !resolver.IsExcluded(file)).ToList();
        var linters = LintersFor(files);
        var run = files
            .Select(file => (Full: file, Shown: DisplayPath(file), Linter: linters[file]))
            .OrderBy(file => file.Shown, StringComparer.Ordinal)
            .ToList();
        RecordRange? range = null;
        IReadOnlyList<Linter>? wholeRunLinters = null;
        if (Options.Shard is { } shard)
        {
            wholeRunLinters = [.. run.Select(file => file.Linter)];
            // One corpus file is divided by record number; several files by a hash of their path.
            if (run.Count == 1 && ArticleSource.HoldsRecords(run[0].Full, Options.ReadAllAsJsonLines))
            {
                if (ArticleSource.CountRecords(run[0].Full, Options.ReadAllAsJsonLines) is { } records)
                {
                    range = shard.RecordsOf(records);
                }
                else if (shard.Index > 0)
                {
                    // A file that cannot be read is reported once, as one run reports it: by the first shard.
                    run = [];
                }
            }
            else
            {
                run = [.. run.Where(file => shard.HoldsFile(file.Shown))];
            }
        }

        return new(
            [.. run.Select(file => new RunInput(file.Shown, file.Full, file.Linter, () => ArticleSource.ReadFile(file.Full, file.Shown, null, Options.ReadAllAsJsonLines, file.Linter.DefaultLanguage, file.Linter.ReadOptions, range)))],
            Options.Paths.Count > 0 ? found.Missing : [])
        {
            Records = range,
            WholeRunLinters = wholeRunLinters,
        };
    }

    /// <summary>Every file's linter; every distinct configuration error, when there is one.</summary>
    private Dictionary<string, Linter> LintersFor(IEnumerable<string> files)
    {
        var linters = new Dictionary<string, Linter>(StringComparer.Ordinal);
        var errors = new List<ConfigurationError>();
        foreach (var file in files)
        {
            try
            {
                linters[file] = resolver.LinterFor(file);
            }
            catch (ConfigurationException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        return errors.Count == 0 ? linters : throw new ConfigurationException([.. errors.Distinct()]);
    }

    private void CheckConfigFile()
    {
        if (Options.ConfigFile is { } named && Path.GetFullPath(named, Options.WorkingDirectory) is var full && !File.Exists(full))
        {
            throw new ConfigurationException([new ConfigurationError(ConfigurationErrorIds.Unreadable, new SourceLocation(full, 1, 1), "The configuration file does not exist.")]);
        }
    }

    /// <summary>The findings of one document of a file (its <paramref name="Source"/>), or of none: then they are the file's last.</summary>
    private sealed record FilePart(RunInput Input, IReadOnlyList<Finding> Findings, SourceDocument? Source)
    {
        /// <summary>True for the part that ends the file.</summary>
        public bool EndsFile => Source is null;
    }
}
