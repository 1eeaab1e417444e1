using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using ContentLint.Baselines;
using ContentLint.Caching;
using ContentLint.Configuration;
using ContentLint.Corpus;
using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Files;
using ContentLint.Fixing;
using ContentLint.Formatting;

namespace ContentLint;

/// <summary>
/// A whole run, as the <c>contentlint</c> tool does it: finds the files (paths, folders, globs, or the configuration's
/// <c>include</c>), gives each the rules its <c>.contentlint.yaml</c> files configure, counts the lines the run's
/// documents share when a corpus rule is on (a first pass that reads every file again), lints them in parallel batches,
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
    private readonly SkipRules skipRules;
    private readonly Lazy<string?> pathBase;
    private readonly Lazy<RunInputs> inputs;
    private readonly Lazy<RunInputs> withProfiles;
    private readonly Lazy<Baseline?> baseline;

    /// <summary>The corpus profiles configuration names, read once each however many linters name them.</summary>
    private readonly Dictionary<string, CorpusProfile> corpusProfiles = new(StringComparer.Ordinal);

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
        skipRules = new SkipRules(options.UseIgnoreFiles, options.IncludeHidden, options.Environment);
        pathBase = new(() => options.PathStyle switch
        {
            ReportPathStyle.Absolute => null,
            ReportPathStyle.RepositoryRoot => skipRules.RepositoryOf(working)?.WorkTree ?? working,
            _ => working,
        });
        inputs = new(FindInputs);
        withProfiles = new(() => WithCorpusProfiles(inputs.Value));
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

    /// <summary>
    /// The path reports show for <paramref name="fullPath"/>, with forward slashes: as <see cref="LintSessionOptions.PathStyle"/>
    /// says, relative to the working folder or the repository's top folder when inside it, else absolute. Only on Windows is a
    /// backslash a separator; elsewhere it is a character of the name, and stays.
    /// </summary>
    public string DisplayPath(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        var shown = fullPath;
        if (pathBase.Value is { } root)
        {
            var relative = Path.GetRelativePath(root, fullPath);
            shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        }

        return Path.DirectorySeparatorChar == '\\' ? shown.Replace('\\', '/') : shown;
    }

    /// <summary>
    /// Checks that reports can be written to the files <paramref name="paths"/> (relative to the working folder) by this
    /// run: none is a folder, none is named twice (by two paths to the same file either), and none is a file the run
    /// reads, which opening it for the report would empty before it is read.
    /// </summary>
    /// <exception cref="ArgumentException">One of them cannot be written; the message says which and why.</exception>
    /// <exception cref="ConfigurationException">A configuration or rule file the run needs is invalid.</exception>
    public void CheckReportOutputs(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (WriteTargets.CheckReportOutputs([.. paths.Select(p => Path.GetFullPath(p, Options.WorkingDirectory))], paths, inputs.Value.Inputs.Select(i => i.FullPath)) is { } problem)
        {
            throw new ArgumentException(problem);
        }
    }

    /// <summary>The linter configuration gives the file at <paramref name="path"/> (which need not exist).</summary>
    /// <exception cref="ConfigurationException">Its configuration, one of its rule packs or its corpus profile is invalid.</exception>
    /// <remarks>The linter reads the corpus profile configuration names (<c>corpus-profile</c>): one file has no corpus of its own.</remarks>
    public Linter LinterFor(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        CheckConfigFile();
        var linter = resolver.LinterFor(Path.GetFullPath(path, Options.WorkingDirectory));
        lock (corpusProfiles)
        {
            var errors = new List<ConfigurationError>();
            var configured = WithCorpusProfile(linter, errors);
            return errors.Count == 0 ? configured : throw new ConfigurationException(errors);
        }
    }

    /// <summary>
    /// Lints <paramref name="text"/> as the run would lint the file at <paramref name="path"/> if it held that text (an
    /// editor's unsaved buffer): the file's configuration, its format by extension (JSON Lines records included, or
    /// every file with <see cref="LintSessionOptions.ReadAllAsJsonLines"/>), the size limit, and the baseline with its
    /// notes. A path the configuration excludes gives no findings. The session's files are not searched, so this is
    /// as cheap as linting one document; configuration and the baseline are read once per session.
    /// </summary>
    /// <param name="path">Where the text belongs (it need not exist); relative to the working folder.</param>
    /// <param name="text">The file's content, already decoded.</param>
    /// <param name="cancellationToken">Stops the lint.</param>
    /// <exception cref="ConfigurationException">The file's configuration or one of its rule packs is invalid.</exception>
    /// <exception cref="IOException">The baseline cannot be read.</exception>
    /// <exception cref="InvalidDataException">The baseline is not a ContentLint baseline.</exception>
    public async Task<FileResult> LintTextAsync(string path, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        CheckConfigFile();
        var full = Path.GetFullPath(path, Options.WorkingDirectory);
        var shown = DisplayPath(full);
        if (resolver.IsExcluded(full))
        {
            return new FileResult(shown, []);
        }

        var linter = LinterFor(full);
        var input = new RunInput(shown, full, linter, () => ArticleSource.ReadText(text, shown, Options.ReadAllAsJsonLines, linter.DefaultLanguage, linter.ReadOptions));
        var findings = new List<Finding>();
        await foreach (var part in FilteredAsync([input], null, cancellationToken).ConfigureAwait(false))
        {
            findings.AddRange(part.Findings);
        }

        return new FileResult(shown, [.. findings]);
    }

    /// <summary>
    /// Fixes <paramref name="text"/> as <see cref="FixAsync"/> would fix the file at <paramref name="path"/> if it held
    /// that text, and writes nothing: the file's configuration, the fixes <paramref name="options"/> allows, pass after
    /// pass. A path the configuration excludes comes back unchanged, without findings.
    /// </summary>
    /// <param name="path">Where the text belongs (it need not exist); relative to the working folder.</param>
    /// <param name="text">The file's content, already decoded.</param>
    /// <param name="options">Which rules' fixes to apply; null applies what <c>contentlint fix</c> applies.</param>
    /// <param name="cancellationToken">Stops the fix.</param>
    /// <exception cref="ConfigurationException">The file's configuration or one of its rule packs is invalid.</exception>
    /// <exception cref="NotSupportedException">The path is read as JSON Lines, whose records are not fixed in place.</exception>
    public FixResult FixText(string path, string text, FixOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        CheckConfigFile();
        var full = Path.GetFullPath(path, Options.WorkingDirectory);
        if (Options.ReadAllAsJsonLines || JsonLinesReader.IsJsonLinesPath(full))
        {
            throw new NotSupportedException("The records of a JSON Lines file are not fixed in place.");
        }

        if (resolver.IsExcluded(full))
        {
            return new FixResult(text, text, [], [], [], 0);
        }

        var linter = LinterFor(full);
        // As FileFix parses a file's text, so that the editor and 'contentlint fix' fix alike.
        return new Fixer(linter, options).Fix(text, new DocumentOptions { Path = DisplayPath(full), DefaultLanguage = linter.DefaultLanguage }, cancellationToken);
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

    /// <summary>
    /// The corpus profile the working folder's configuration names (<c>corpus-profile</c>): where
    /// <c>contentlint profile</c> writes by default. Null when there is none.
    /// </summary>
    /// <exception cref="ConfigurationException">The working folder's configuration is invalid.</exception>
    public string? GetCorpusProfilePath()
    {
        CheckConfigFile();
        return resolver.ChainFor(Options.WorkingDirectory).LastOrDefault(config => config.CorpusProfile is not null)?.CorpusProfile!.Path;
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

    /// <summary>What a report of this run states before its first finding: every rule that may report and the file count.</summary>
    /// <exception cref="ConfigurationException">A configuration, rule file or corpus profile the run needs is invalid or missing.</exception>
    public ReportHeader CreateReportHeader()
    {
        var profiled = withProfiles.Value;
        var rules = RunFileList.LintersOf(profiled.WholeRun ?? profiled.Inputs).SelectMany(l => l.Rules).Select(r => r.Descriptor);
        return ReportHeader.For(rules, profiled.Inputs.Count);
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
        var cached = await OpenCacheAsync(needsDocuments: baseline.Value is not null, cancellationToken).ConfigureAwait(false);
        await foreach (var part in FilteredAsync(await InputsToLintAsync(cached, cancellationToken).ConfigureAwait(false), progress, cancellationToken, cached).ConfigureAwait(false))
        {
            findings.AddRange(part.Findings);
            if (part.EndsFile)
            {
                yield return new FileResult(part.Input.DisplayPath, [.. findings]);
                findings.Clear();
            }
        }

        cached?.Cache.Save();
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
        var cached = await OpenCacheAsync(needsDocuments: baseline.Value is not null || writers.Any(w => w.ReadsDocuments), cancellationToken).ConfigureAwait(false);
        await foreach (var part in FilteredAsync(await InputsToLintAsync(cached, cancellationToken).ConfigureAwait(false), progress, cancellationToken, cached).ConfigureAwait(false))
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
        cached?.Cache.Save();
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

    /// <summary>
    /// Lints every file, accepts each finding (hidden ones aside) in a baseline and saves it at <paramref name="path"/>
    /// (relative to the working folder), its folder created when needed. The path is checked before anything is
    /// linted: whatever configuration says, a baseline is written only inside the run's root (the working folder, or
    /// the root of the git repository it is in when that is higher), never over a file the run reads or a folder.
    /// </summary>
    /// <param name="path">Where to save the baseline; <see cref="GetBaselinePath"/> gives the configured one.</param>
    /// <param name="progress">Told after each document and each file.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The baseline saved.</returns>
    /// <exception cref="UnauthorizedAccessException">The path is outside the run's root; nothing was written.</exception>
    /// <exception cref="ArgumentException">The path is a folder or a file the run reads; nothing was written.</exception>
    /// <exception cref="ConfigurationException">A configuration or rule file the run needs is invalid.</exception>
    /// <exception cref="IOException">The baseline cannot be written.</exception>
    public async Task<Baseline> SaveBaselineAsync(string path, IProgress<LintProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path, Options.WorkingDirectory);
        CheckInsideRoot([full], "a baseline");
        CheckReportOutputs([path]);
        var accepted = await CreateBaselineAsync(Path.GetDirectoryName(full)!, progress, cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        accepted.Save(full);
        return accepted;
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
        await foreach (var (input, source, findings) in LintDocumentsAsync(await WithCorpusEvidenceAsync(withProfiles.Value.Inputs, cancellationToken).ConfigureAwait(false), progress, cancellationToken).ConfigureAwait(false))
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
    /// (its encoding, byte-order mark, line breaks, owner and mode kept), or in a dry run only its diff is made. Only
    /// safe fixes unless <see cref="FixRunOptions.Unsafe"/> says otherwise, and never one that would change the
    /// structure around it (<see cref="FixResult.Withheld"/>). Files are written only inside the run's root (the
    /// working folder, or the root of the git repository it is in when that is higher), whatever configuration's
    /// <c>include</c> or a link says: a run that would write elsewhere writes nothing.
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="FixRunOptions.Rules"/> names a rule no file has, or one that offers no fix.</exception>
    /// <exception cref="UnauthorizedAccessException">A file to fix is outside the run's root (not in a dry run); nothing was written.</exception>
    /// <exception cref="ConfigurationException">A configuration or rule file the run needs is invalid.</exception>
    /// <exception cref="InvalidOperationException">The session lints a stream, which cannot be fixed in place.</exception>
    public async IAsyncEnumerable<FileFixResult> FixAsync(FixRunOptions? options = null, IProgress<LintProgress>? progress = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        options ??= new FixRunOptions();
        if (Options.OpenStream is not null)
        {
            throw new InvalidOperationException("A stream cannot be fixed in place; fix its text with a Fixer.");
        }

        // Fixes come from the same evidence as findings: the whole run's shared lines, read before any file is written.
        var run = await WithCorpusEvidenceAsync(withProfiles.Value.Inputs, cancellationToken).ConfigureAwait(false);
        var fixers = CreateFixers([.. RunFileList.LintersOf(run)], options);
        if (!options.DryRun)
        {
            CheckInsideRoot(run.Select(i => i.FullPath), "fix");
        }

        long fixedCount = 0;
        for (var i = 0; i < run.Count; i++)
        {
            var input = run[i];
            if (input.Skip is { } skip)
            {
                // Left out as lint leaves it out: the finding that says so is all it has.
                ImmutableArray<Finding> left = input.Linter.Configure(skip) is { } finding ? [finding] : [];
                progress?.Report(new LintProgress(i + 1, run.Count, i + 1, fixedCount));
                yield return new FileFixResult(input.DisplayPath, new FixResult("", "", left, [], left, 0)) { FullPath = input.FullPath, Remaining = left };
                continue;
            }

            var fixer = fixers[input.Linter];
            var fix = await Task.Run(() => FileFix.Create(fixer, input.FullPath, input.DisplayPath, cancellationToken), cancellationToken).ConfigureAwait(false);
            fixedCount += fix.Result.Applied.Length;
            progress?.Report(new LintProgress(i + 1, run.Count, i + 1, fixedCount));
            yield return Complete(fix, fixer, options);
        }
    }

    /// <summary>
    /// Throws when one of <paramref name="paths"/> (or the file a link of them leads to) is outside the run's root:
    /// configuration's globs, a link or a named path may lead anywhere, and a run writes only inside its root.
    /// </summary>
    private void CheckInsideRoot(IEnumerable<string> paths, string writer)
    {
        if (WriteTargets.FirstOutside(paths, WriteTargets.RunRoot(Options.WorkingDirectory)) is { } outside)
        {
            throw new UnauthorizedAccessException(
                $"{outside} is outside the folder the run started in and its repository; {writer} writes nothing there, so nothing was written. Run it from a folder that holds the file.");
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

        var input = withProfiles.Value.Inputs[0];
        var fixer = CreateFixers([input.Linter], options)[input.Linter];
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
    private FileFixResult Complete(FileFix fix, Fixer fixer, FixRunOptions options)
    {
        var result = new FileFixResult(fix.Path, fix.Result)
        {
            FullPath = fix.FullPath,
            HasChanges = fix.IsChanged,
            Remaining = fix.Result.Remaining,
            IsJsonLines = fix.IsJsonLines,
            UnsafeFixesLeft = options.Unsafe ? 0 : fix.Result.Found.Count(f => f.Fix is { Applicability: FixApplicability.Unsafe, Edits.Count: > 0 } && fixer.Fixes(f.Id)),
        };
        if (fix.IsJsonLines)
        {
            return result with { Problem = fix.Problem };
        }

        if (fix.Problem is not null && fix.Result.Remaining.Any(fixer.IsFixable))
        {
            // A file that cannot be read or decoded had fixes to apply; its findings say what it holds.
            return result with { Problem = fix.Problem };
        }

        if (!fix.IsChanged)
        {
            return result;
        }

        if (options.DryRun)
        {
            // A patch that git apply takes from the working folder: a/ and b/ before relative paths.
            var relative = !Path.IsPathRooted(fix.Path);
            return result with { Diff = fix.CreatePatch(relative ? "a/" + fix.Path : fix.Path, relative ? "b/" + fix.Path : fix.Path) };
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
    /// A fixer for each linter (one per distinct configuration), applying the safe fixes (and the unsafe ones when
    /// asked) of the rules <see cref="FixRunOptions.Rules"/> names. A named rule that a configuration turns off is
    /// simply not fixed in its files.
    /// </summary>
    private static Dictionary<Linter, Fixer> CreateFixers(List<Linter> linters, FixRunOptions options)
    {
        var wanted = options.Rules;
        var problems = new List<string>();
        foreach (var name in wanted ?? [])
        {
            var rule = linters.SelectMany(l => l.Rules).FirstOrDefault(r => r.Descriptor.Id == name || r.Descriptor.Name == name);
            if (rule is null && linters.Count > 0)
            {
                var known = linters.SelectMany(l => l.Rules).SelectMany(r => new[] { r.Descriptor.Id, r.Descriptor.Name }).Distinct();
                problems.Add($"No rule has the id or name '{name}'.{YamlMap.Suggest(name, known)}");
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
            Unsafe = options.Unsafe,
            Rules = wanted is { Count: > 0 }
                ? wanted.Where(name => linter.Rules.Any(r => r.Descriptor.Id == name || r.Descriptor.Name == name)).ToHashSet(StringComparer.Ordinal)
                : null,
        }));
    }

    /// <summary>
    /// The findings of the run in report order, a file's documents one part each and then a part that ends the file,
    /// with the baseline applied: accepted findings hidden, entries that no longer match added as notes.
    /// </summary>
    private async IAsyncEnumerable<FilePart> FilteredAsync(IReadOnlyList<RunInput> run, IProgress<LintProgress>? progress, [EnumeratorCancellation] CancellationToken cancellationToken, CachedRun? cached = null)
    {
        // Read before the first finding: a baseline that cannot be read stops the run before any report is written.
        var filter = baseline.Value is { } accepted ? new BaselineFilter(accepted) : null;
        if (filter is not null && inputs.Value.Records is not null)
        {
            throw new ArgumentException("A baseline cannot be checked against a shard of one file's records: what it accepts is counted over the whole file. Shard a corpus of several files, or lint without a baseline.", nameof(Options));
        }

        // True once the file being handed on has had its baseline notes: with its one document, in position order.
        var notesGiven = false;
        await foreach (var (input, source, findings) in LintDocumentsAsync(run, progress, cancellationToken, cached).ConfigureAwait(false))
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
    /// Runs each input of <paramref name="run"/> with its linter over every document of the input, in batches linted in parallel, and yields in report
    /// order each document with its findings, then an item without a document that ends the input. Every lint goes
    /// through here; a run over files comes after the first pass that gathers the evidence only all the run's documents
    /// give (<see cref="WithCorpusEvidenceAsync"/>), an editor's single text with the stored profile alone.
    /// </summary>
    private async IAsyncEnumerable<(RunInput Input, SourceDocument? Source, ImmutableArray<Finding> Findings)> LintDocumentsAsync(
        IReadOnlyList<RunInput> run,
        IProgress<LintProgress>? progress,
        [EnumeratorCancellation] CancellationToken cancellationToken,
        CachedRun? cached = null)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.Jobs, CancellationToken = cancellationToken };
        int filesDone = 0;
        long documents = 0, findingCount = 0;
        using var batches = (cached?.Documents(run) ?? DocumentsToLint(run)).Chunk(BatchSize).GetEnumerator();
        var linting = LintNextBatch();
        while (linting is not null)
        {
            var (batch, found) = await linting.ConfigureAwait(false);
            // The next batch is linted while this one's findings are handed on: the reports are written on one thread,
            // which the other cores would otherwise wait for after every batch.
            linting = LintNextBatch();
            for (var i = 0; i < batch.Length; i++)
            {
                if (batch[i].EndsFile)
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

        // The next batch of documents, read (when left to be read) and linted in parallel; null after the last.
        Task<(RunDocument[] Batch, ImmutableArray<Finding>[] Found)>? LintNextBatch()
        {
            if (!batches.MoveNext())
            {
                return null;
            }

            var batch = batches.Current;
            return Task.Run(
                () =>
                {
                    var found = new ImmutableArray<Finding>[batch.Length];
                    Parallel.For(0, batch.Length, parallel, i => (batch[i], found[i]) = Lint(batch[i]));
                    return (batch, found);
                },
                cancellationToken);
        }

        // The document read (when it was left to be read here) and its findings.
        (RunDocument Read, ImmutableArray<Finding> Findings) Lint(RunDocument document)
        {
            if (document.ReadLater is { } read)
            {
                document = read();
            }

            if (document.Kept is { } kept)
            {
                return (document, kept);
            }

            if (document.Source is not { } source)
            {
                return (document, []);
            }

            var findings = document.Input.Linter.Lint(source, cancellationToken);
            if (document.KeyToKeep is { } key)
            {
                cached!.Cache.Add(document.Input.FullPath, key, findings, document.Input.Linter);
            }

            return (document, findings);
        }
    }

    /// <summary>
    /// Every document of <paramref name="run"/>, each input closed by an item without a document; a file that is one
    /// article is read when its batch is linted, in parallel, and the records of a corpus file as they are enumerated.
    /// </summary>
    private IEnumerable<RunDocument> DocumentsToLint(IReadOnlyList<RunInput> run)
    {
        foreach (var input in run)
        {
            if (input.IsArticleFile)
            {
                yield return new RunDocument(input, null, ReadLater: () => new RunDocument(input, input.Read().Single()));
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

    /// <summary>
    /// The cache of a run with <see cref="LintSessionOptions.CacheFile"/>, and each file's key (null without a cache):
    /// every file of the whole run is read and hashed first, since the findings of a file whose rules read the corpus
    /// depend on every file. <paramref name="needsDocuments"/>: the baseline or a report reads the documents, so a file
    /// whose findings are kept is still read and parsed (not linted).
    /// </summary>
    private async Task<CachedRun?> OpenCacheAsync(bool needsDocuments, CancellationToken cancellationToken)
    {
        if (Options.CacheFile is not { } file || Options.OpenStream is not null || Options.Rules.Count > 0)
        {
            return null;
        }

        var whole = withProfiles.Value.WholeRun ?? withProfiles.Value.Inputs;
        var stamp = StampOf(whole);
        // The cache file is read while the files are hashed.
        var opening = Task.Run(() => LintCache.Open(Path.GetFullPath(file, Options.WorkingDirectory), stamp), cancellationToken);
        // Each file's input is made once here (a run's list makes them as asked): its path, whether its rules read the corpus, its hash.
        var files = new (string FullPath, bool ReadsCorpus, UInt128? Hash)[whole.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.Jobs, CancellationToken = cancellationToken };
        await Task.Run(() => Parallel.For(0, whole.Count, parallel, HashFile), cancellationToken).ConfigureAwait(false);
        var cache = await opening.ConfigureAwait(false);
        UInt128? corpusKey = null;
        if (files.All(f => f.Hash is not null))
        {
            var corpus = new CacheStamp();
            foreach (var hashed in files)
            {
                corpus.Add(hashed.FullPath).Add(hashed.Hash!.Value.ToString(CultureInfo.InvariantCulture));
            }

            corpusKey = corpus.Value;
        }

        var keys = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        foreach (var hashed in files)
        {
            if (hashed.Hash is { } hash && (!hashed.ReadsCorpus || corpusKey is not null))
            {
                keys[hashed.FullPath] = LintCache.EntryKey(hash, hashed.ReadsCorpus ? corpusKey : null);
            }
        }

        return new CachedRun(cache, keys, corpusKey, needsDocuments);

        void HashFile(int index)
        {
            var input = whole[index];
            files[index] = (input.FullPath, input.Linter.ReadsCorpus, input.IsArticleFile ? CachedRun.HashOf(input) : null);
        }
    }

    /// <summary>The inputs to lint: with the corpus evidence, unless every file's findings are in the cache.</summary>
    private async Task<IReadOnlyList<RunInput>> InputsToLintAsync(CachedRun? cached, CancellationToken cancellationToken) =>
        cached is not null && withProfiles.Value.Inputs.All(cached.IsKept)
            ? withProfiles.Value.Inputs
            : await WithCorpusEvidenceAsync(withProfiles.Value.Inputs, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The cache stamp of a run over <paramref name="run"/>: the tool's version, the options that change findings, and
    /// every configuration file, rule file and corpus profile the files' configurations read.
    /// </summary>
    private UInt128 StampOf(IReadOnlyList<RunInput> run)
    {
        var stamp = new CacheStamp()
            .Add(Options.CacheToolVersion)
            .Add(Options.BuiltInRules ? "builtin" : "no-builtin")
            .Add(Options.ReadAllAsJsonLines ? "jsonl" : "by-extension");
        var configs = run.Select(i => Path.GetDirectoryName(i.FullPath)!).Distinct(StringComparer.Ordinal).SelectMany(resolver.ChainFor).Distinct().ToList();
        foreach (var config in configs.Select(c => c.Path).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            stamp.AddFile(config);
        }

        var folders = configs.SelectMany(c => c.Extends).Where(pack => !pack.StartsWith("builtin:", StringComparison.Ordinal))
            .Concat(Options.RuleFolders.Select(f => Path.GetFullPath(f, Options.WorkingDirectory)));
        foreach (var folder in folders.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            stamp.AddFolder(folder);
        }

        foreach (var profile in configs.Where(c => c.CorpusProfile is not null).Select(c => c.CorpusProfile!.Path).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            stamp.AddFile(profile);
        }

        return stamp.Value;
    }

    /// <summary>
    /// Counts the lines the documents of the run share — copies and near-copies of one article once — and gives the
    /// profile that <c>contentlint profile</c> writes and <c>corpus-profile</c> names, for runs that see few files
    /// (a pre-commit hook, standard input, a linter on one string: <see cref="LinterBuilder.SetCorpusProfile"/>).
    /// It streams: documents are read, hashed and dropped, and the profile is the same whatever
    /// <see cref="LintSessionOptions.Jobs"/>. The profile configuration names is not read, so a missing one can be written.
    /// </summary>
    /// <param name="progress">Told after each file (<see cref="LintProgress.Findings"/> stays 0).</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <exception cref="ConfigurationException">A configuration or rule file the run needs is invalid.</exception>
    public async Task<CorpusProfile> CreateCorpusProfileAsync(IProgress<LintProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var run = inputs.Value;
        if (run.WholeRun is not { } whole)
        {
            return await Task.Run(() => ReadLines(run.Inputs, null, progress, cancellationToken).Build(cancellationToken).Profile, cancellationToken).ConfigureAwait(false);
        }

        // A shard's profile: copies are found over the whole run, and each article counted by the shard that holds
        // its first copy, so that the shards' profiles merged are the whole run's.
        var part = run.Inputs.ToDictionary(i => i.FullPath, i => i.Records, StringComparer.Ordinal);
        return await Task.Run(() => ReadLines(whole, InPart, progress, cancellationToken).BuildPartProfile(cancellationToken), cancellationToken).ConfigureAwait(false);

        bool InPart(RunInput input, SourceDocument source) =>
            part.TryGetValue(input.FullPath, out var records) && (records is not { } range || range.Contains(source.Record?.Line ?? 0));
    }

    /// <summary>
    /// The first pass of a run over files, when a rule reads the corpus: every document is read, its lines hashed and
    /// counted, and the inputs get linters that see those counts (with the configured profile's) and the copies found.
    /// A stream can be read only once, so a run over one has the configured profile alone.
    /// </summary>
    private async Task<IReadOnlyList<RunInput>> WithCorpusEvidenceAsync(IReadOnlyList<RunInput> run, CancellationToken cancellationToken)
    {
        // A shard counts over the whole run's documents: its findings are those one run over everything gives them.
        var whole = withProfiles.Value.WholeRun ?? run;
        if (Options.OpenStream is not null || !RunFileList.LintersOf(whole).Any(l => l.ReadsCorpus))
        {
            return run;
        }

        // One article is no corpus: none of its lines is in two documents of the run (the least min-documents of a
        // corpus rule) and it has no copy there, so a first pass would add nothing to the stored profile the
        // linters already see, if there is one. A pre-commit hook on one file or an editor's save skips reading it twice.
        if (whole is [{ IsArticleFile: true }])
        {
            return run;
        }

        // Lines one document holds are left out: no corpus rule reports a line fewer than two documents hold
        // (shared-line's least min-documents), and they are nearly all the lines of a corpus.
        var evidence = await Task.Run(() => ReadLines(whole, inPart: null, progress: null, cancellationToken).Build(minDocuments: 2, cancellationToken), cancellationToken).ConfigureAwait(false);
        var linters = RunFileList.LintersOf(whole).Concat(RunFileList.LintersOf(run)).Distinct().ToDictionary(l => l, l => l.WithCorpus(l.CorpusProfile, evidence));
        return RunFileList.WithLinters(run, linters);
    }

    /// <summary>Reads every document of <paramref name="run"/> and hashes its lines, each marked as in the part <paramref name="inPart"/> says (null: all are).</summary>
    private CorpusEvidenceBuilder ReadLines(IReadOnlyList<RunInput> run, Func<RunInput, SourceDocument, bool>? inPart, IProgress<LintProgress>? progress, CancellationToken cancellationToken)
    {
        var builder = new CorpusEvidenceBuilder();
        builder.Add(Reads(), Options.Jobs, cancellationToken);
        return builder;

        // A file of one article is read by the builder's threads, as the lint pass reads it (DocumentsToLint); the
        // records of a corpus file as they are enumerated. Progress counts what is handed on.
        IEnumerable<Func<(SourceDocument?, bool)>> Reads()
        {
            int filesDone = 0;
            long documents = 0;
            foreach (var input in run)
            {
                if (input.IsArticleFile)
                {
                    documents++;
                    yield return () => Marked(input, input.Read().Single());
                }
                else
                {
                    foreach (var source in input.Read())
                    {
                        documents++;
                        yield return () => Marked(input, source);
                    }
                }

                progress?.Report(new LintProgress(++filesDone, run.Count, documents, 0));
            }
        }

        (SourceDocument?, bool) Marked(RunInput input, SourceDocument source) => (source, inPart?.Invoke(input, source) ?? true);
    }

    /// <summary>
    /// The inputs (and the whole run's, for a shard) with linters that read the corpus profile their configuration
    /// names, each profile read once; every profile that cannot be read is an error at the <c>corpus-profile</c> line
    /// that names it.
    /// </summary>
    private RunInputs WithCorpusProfiles(RunInputs run)
    {
        lock (corpusProfiles)
        {
            var errors = new List<ConfigurationError>();
            var linters = RunFileList.LintersOf(run.WholeRun ?? run.Inputs).Concat(RunFileList.LintersOf(run.Inputs)).Distinct().ToDictionary(l => l, l => WithCorpusProfile(l, errors));
            return errors.Count == 0
                ? run with { Inputs = RunFileList.WithLinters(run.Inputs, linters), WholeRun = run.WholeRun is { } whole ? RunFileList.WithLinters(whole, linters) : null }
                : throw new ConfigurationException([.. errors.Distinct()]);
        }
    }

    /// <summary><paramref name="linter"/> with the corpus profile its configuration names, read once; a profile that cannot be read adds to <paramref name="errors"/>.</summary>
    private Linter WithCorpusProfile(Linter linter, List<ConfigurationError> errors)
    {
        if (linter.ConfiguredCorpusProfile is not { } setting)
        {
            return linter;
        }

        if (!corpusProfiles.TryGetValue(setting.Path, out var profile))
        {
            try
            {
                corpusProfiles[setting.Path] = profile = CorpusProfile.Load(setting.Path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                errors.Add(new ConfigurationError(ConfigurationErrorIds.Unreadable, setting.Location, $"Cannot read the corpus profile '{setting.Path}': {e.Message} Write it with 'contentlint profile'."));
                return linter;
            }
        }

        return linter.WithCorpus(profile, evidence: null);
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
            var linter = LintersFor([full])[0].Linter;
            // The name standard input goes by is judged as a named file: an excluded one is not linted.
            if (Options.StreamPath is not null && Skipped(full, shown) is { } skip)
            {
                return new([SkippedInput(shown, full, linter, skip)], []);
            }

            return new([new RunInput(shown, full, linter, () => ArticleSource.ReadStream(open(), shown, null, Options.ReadAllAsJsonLines, linter.DefaultLanguage, linter.ReadOptions))], []);
        }

        FoundArticles found;
        if (Options.Paths.Count > 0)
        {
            found = ArticleFinder.Find(Options.Paths, working, skipRules);
        }
        else if (resolver.IncludingConfig(working) is { } config)
        {
            found = ArticleFinder.Find(config.Include, config.Directory, skipRules);
        }
        else
        {
            found = ArticleFinder.Find(["."], working, skipRules);
        }

        // Files found in folders and by globs that configuration excludes are left out silently; a file named as a
        // file is reported as skipped, so that a run over it does not end in "No problems in 0 files".
        var named = found.Named;
        var files = found.Files.Where(file => named.Contains(file) || !resolver.IsExcluded(file)).ToList();
        var run = LintersFor(files)
            .Select(file => (Full: file.Path, Shown: DisplayPath(file.Path), file.Linter))
            .OrderBy(file => file.Shown, StringComparer.Ordinal)
            .ToList();
        RecordRange? range = null;
        IReadOnlyList<RunInput>? whole = null;
        if (Options.Shard is { } shard)
        {
            // The whole run is read by every shard's first pass: corpus evidence is counted over all its documents,
            // so that a shard's findings are those one run over everything gives its documents.
            whole = new RunFileList(run, InputMaker(named, null));
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

        return new(new RunFileList(run, InputMaker(named, range)), Options.Paths.Count > 0 ? found.Missing : [])
        {
            Records = range,
            WholeRun = whole,
        };
    }

    /// <summary>
    /// Makes a file's input as the run reads it: its documents (only the records in <paramref name="records"/>, when
    /// given), or the CL0012 finding of a file <paramref name="named"/> as a file that is skipped.
    /// </summary>
    private Func<string, string, Linter, RunInput> InputMaker(IReadOnlySet<string> named, RecordRange? records) =>
        (full, shown, linter) => named.Contains(full) && Skipped(full, shown) is { } skip
            ? SkippedInput(shown, full, linter, skip)
            : new RunInput(shown, full, linter, () => ArticleSource.ReadFile(full, shown, null, Options.ReadAllAsJsonLines, linter.DefaultLanguage, linter.ReadOptions, records))
            {
                Records = records,
                IsArticleFile = !ArticleSource.HoldsRecords(full, Options.ReadAllAsJsonLines),
            };

    /// <summary>The <c>CL0012</c> finding of a named file that <c>exclude</c> or an ignore file leaves out; null when it is linted.</summary>
    private Finding? Skipped(string fullPath, string shown) =>
        ReasonToSkip(fullPath) is { } reason ? ArticleFileLoader.Finding(EngineDiagnostics.IgnoredFile, shown, null, default, ("reason", reason)) : null;

    /// <summary>Why a named file is not linted: the <c>exclude</c> glob or the ignore file's pattern that leaves it out; null when it is linted.</summary>
    private string? ReasonToSkip(string fullPath) =>
        resolver.FindExclusion(fullPath) is { } exclusion
            ? $"excluded by '{exclusion.Glob}' in {DisplayPath(exclusion.ConfigPath)}"
            : skipRules.ReasonToSkipNamed(fullPath) is { File: { } file, Pattern: { } pattern }
                ? $"ignored by {DisplayPath(file)}:{pattern.Line.ToString(CultureInfo.InvariantCulture)} ('{pattern.Text}'); --no-ignore lints it"
                : null;

    /// <summary>
    /// What configuration gives the file at <paramref name="path"/> (which need not exist), as <c>contentlint
    /// --print-config</c> shows it: the configuration files that cascade, the overrides that match, the linter they
    /// build, and why the file would be skipped if named.
    /// </summary>
    /// <exception cref="ConfigurationException">Its configuration or one of its rule packs is invalid.</exception>
    internal ConfigurationDescription DescribeConfiguration(string path)
    {
        var full = Path.GetFullPath(path, Options.WorkingDirectory);
        var linter = LinterFor(full);
        return new ConfigurationDescription(
            [.. resolver.ChainFor(Path.GetDirectoryName(full)!).Select(config => config.Path)],
            resolver.MatchingOverrides(full),
            linter,
            ReasonToSkip(full));
    }

    private static RunInput SkippedInput(string shown, string full, Linter linter, Finding skip) =>
        new(shown, full, linter, () => [new SourceDocument(null, null, skip)]) { Skip = skip };

    /// <summary>Every file with its linter, in the order given; every distinct configuration error, when there is one.</summary>
    private List<(string Path, Linter Linter)> LintersFor(IReadOnlyCollection<string> files)
    {
        var linters = new List<(string, Linter)>(files.Count);
        var errors = new List<ConfigurationError>();
        foreach (var file in files)
        {
            try
            {
                linters.Add((file, resolver.LinterFor(file)));
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

/// <summary>What configuration gives one file.</summary>
/// <param name="Files">The configuration files that apply, farthest first: the nearest wins.</param>
/// <param name="Overrides">The overrides that match the file, in the order they apply.</param>
/// <param name="Linter">The linter they build: rules, severities, languages, how files are read.</param>
/// <param name="SkipReason">Why the file is not linted when named (<c>exclude</c>, an ignore file); null when it is.</param>
internal sealed record ConfigurationDescription(IReadOnlyList<string> Files, IReadOnlyList<ConfigOverride> Overrides, Linter Linter, string? SkipReason);
