using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using ContentLint.Checks;
using ContentLint.Corpus;
using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Files;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint;

/// <summary>
/// Runs a fixed set of rules over documents. Build one with <see cref="LinterBuilder"/>; it is immutable and
/// thread-safe, so one instance serves a whole run, in parallel.
/// </summary>
public sealed class Linter
{
    internal Linter(ImmutableArray<IRule> rules, ImmutableDictionary<string, Severity> severities, ImmutableHashSet<string> engineDiagnosticsOff, ImmutableArray<string> languages = default, ArticleReadOptions? readOptions = null, int? maxFindingsPerRule = DefaultMaxFindingsPerRule, ImmutableArray<IRule> loadedRules = default, CorpusProfile? corpusProfile = null, CorpusProfileSetting? configuredCorpusProfile = null)
    {
        Rules = rules;
        LoadedRules = loadedRules.IsDefault ? rules : loadedRules;
        ruleIds = new(() => LoadedRules.Select(r => r.Descriptor).Concat(EngineDiagnostics.All)
            .SelectMany(d => new[] { (Key: d.Id, d.Id), (Key: d.Name, d.Id) })
            .DistinctBy(k => k.Key)
            .ToDictionary(k => k.Key, k => k.Id, StringComparer.Ordinal));
        this.severities = severities;
        this.engineDiagnosticsOff = engineDiagnosticsOff;
        Languages = languages.IsDefault ? [] : languages;
        ReadOptions = readOptions ?? ArticleReadOptions.Default;
        MaxFindingsPerRule = maxFindingsPerRule;
        findingLimits = new FindingsLimit(maxFindingsPerRule, rules.Where(r => r.Definition.MaxFindings is not null).ToImmutableDictionary(r => r.Descriptor.Id, r => r.Definition.MaxFindings!.Value, StringComparer.Ordinal));
        triggerIndex = TriggerIndex.Build(rules);
        ReadsCorpus = rules.Any(r => r is YamlRule { ReadsCorpus: true });
        CorpusProfile = corpusProfile;
        ConfiguredCorpusProfile = configuredCorpusProfile;
        corpusCounts = corpusProfile;
    }

    /// <summary>The same linter with other corpus evidence: a stored profile, a run's first pass, or both.</summary>
    private Linter(Linter linter, CorpusProfile? profile, CorpusEvidence? evidence)
        : this(linter.Rules, linter.severities, linter.engineDiagnosticsOff, linter.Languages, linter.ReadOptions, linter.MaxFindingsPerRule, linter.LoadedRules, profile, linter.ConfiguredCorpusProfile)
    {
        corpusEvidence = evidence;
        gated = linter.gated;
        // A profile made from the run's own files must not count them twice: each line gets the larger count.
        corpusCounts = (profile, evidence?.Profile) switch
        {
            ({ } stored, { } counted) => Corpus.CorpusProfile.Larger(counted, stored),
            (var stored, var counted) => stored ?? counted,
        };
    }

    /// <summary>
    /// The default <see cref="MaxFindingsPerRule"/>: 100. Past that many findings of one rule in one article the
    /// rule is misconfigured or the file is no article, and a longer list only buries the other findings.
    /// </summary>
    public const int DefaultMaxFindingsPerRule = 100;

    /// <summary>How many findings of each rule a document lists: <see cref="MaxFindingsPerRule"/>, or the rule's own <c>max-findings</c>.</summary>
    private readonly FindingsLimit findingLimits;

    /// <summary>The trigger words of every rule, matched in one pass per document.</summary>
    private readonly TriggerIndex triggerIndex;

    /// <summary>Every trigger word of the rules, scanned once per document (exposed for the benchmarks' profiler).</summary>
    internal TriggerIndex TriggerIndex => triggerIndex;

    /// <summary>False for a linter that runs every rule on every unit: the reference the trigger gates are tested against.</summary>
    private bool gated = true;

    /// <summary>The same linter without trigger gates: each rule looks at every unit, whatever words it holds.</summary>
    internal Linter WithoutTriggerGates() => new(this, CorpusProfile, corpusEvidence) { gated = false };

    /// <summary>The id of every loaded rule and engine diagnostic, by id and by name: what a suppression comment may name.</summary>
    private readonly Lazy<IReadOnlyDictionary<string, string>> ruleIds;

    private readonly ImmutableDictionary<string, Severity> severities;
    private readonly ImmutableHashSet<string> engineDiagnosticsOff;

    /// <summary>The copies a corpus run found; null outside one.</summary>
    private readonly CorpusEvidence? corpusEvidence;

    /// <summary>The line counts corpus rules see: the run's and the stored profile's, the larger of each; null when there are none.</summary>
    private readonly CorpusProfile? corpusCounts;

    /// <summary>The stored corpus profile the corpus rules read (<see cref="LinterBuilder.SetCorpusProfile"/>); null when there is none.</summary>
    internal CorpusProfile? CorpusProfile { get; }

    /// <summary>
    /// The profile configuration names (<c>corpus-profile</c>), which a <see cref="LintSession"/> reads and hands in
    /// with <see cref="WithCorpus"/>: a configuration is resolved without reading it, so <c>contentlint profile</c>
    /// can write a profile that does not exist yet.
    /// </summary>
    internal CorpusProfileSetting? ConfiguredCorpusProfile { get; }

    /// <summary>
    /// True when a rule reads corpus evidence (a corpus kind such as <c>shared-line</c>): a run over files then makes
    /// its first pass (<see cref="CorpusEvidenceBuilder"/>) and lints with <see cref="WithCorpus"/>.
    /// </summary>
    internal bool ReadsCorpus { get; }

    /// <summary>
    /// This linter with other corpus evidence: corpus rules see the line counts of <paramref name="profile"/> and of
    /// <paramref name="evidence"/> (a run's first pass over all its documents), the larger count of each line, and the
    /// copies the run found.
    /// </summary>
    internal Linter WithCorpus(CorpusProfile? profile, CorpusEvidence? evidence) => new(this, profile, evidence);

    /// <summary>The rules this linter runs, in the order they were added.</summary>
    public ImmutableArray<IRule> Rules { get; }

    /// <summary>
    /// Every rule that was added, in order, as configuration made it, including those that do not run: off by
    /// default, turned off by configuration, or bound to other languages. What <c>contentlint rules</c> lists and
    /// can explain; a rule in <see cref="Rules"/> is the same object here.
    /// </summary>
    public ImmutableArray<IRule> LoadedRules { get; }

    /// <summary>The languages the content is in, as configured; empty when configuration does not say.</summary>
    public ImmutableArray<string> Languages { get; }

    /// <summary>The language of documents that do not state theirs: the configured one, when there is exactly one.</summary>
    internal string? DefaultLanguage => Languages.Length == 1 ? Languages[0] : null;

    /// <summary>How files are read: the size limit and the encoding of files without a byte-order mark (<c>max-file-size</c>, <c>encoding</c>).</summary>
    public ArticleReadOptions ReadOptions { get; }

    /// <summary>
    /// The most findings of one rule <see cref="Lint(Document, CancellationToken)"/> lists per document
    /// (<c>max-findings-per-rule</c>), unless the rule sets its own (<see cref="RuleDefinition.MaxFindings"/>); the rest
    /// are counted by one <c>CL0010</c> finding. Null lists them all.
    /// </summary>
    public int? MaxFindingsPerRule { get; }

    /// <summary>The severity findings of <paramref name="rule"/> get: configuration's, else the rule's default.</summary>
    public Severity GetSeverity(IRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return GetSeverity(rule.Descriptor);
    }

    private Severity GetSeverity(RuleDescriptor descriptor) =>
        severities.TryGetValue(descriptor.Id, out var severity) ? severity : descriptor.DefaultSeverity;

    /// <summary>The severity of an engine finding, or null when configuration turned it off.</summary>
    private Severity? EngineSeverity(RuleDescriptor descriptor) =>
        engineDiagnosticsOff.Contains(descriptor.Id) ? null : GetSeverity(descriptor);

    /// <summary>Lints a string.</summary>
    /// <param name="text">The article.</param>
    /// <param name="options">Its path, format, title and language, when known.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public ImmutableArray<Finding> Lint(string text, DocumentOptions? options = null, CancellationToken cancellationToken = default) =>
        Lint(Document.Parse(text, options), cancellationToken);

    /// <summary>
    /// Lints a parsed document; findings come sorted by position. A rule's findings past
    /// <see cref="MaxFindingsPerRule"/> (or the rule's <see cref="RuleDefinition.MaxFindings"/>) are replaced by one
    /// <c>CL0010</c> finding that counts them.
    /// </summary>
    public ImmutableArray<Finding> Lint(Document document, CancellationToken cancellationToken = default) =>
        Lint(document, record: null, cancellationToken);

    /// <summary>Lints a document that is <paramref name="record"/> of a JSON Lines file, which names it in the corpus evidence.</summary>
    internal ImmutableArray<Finding> Lint(Document document, RecordLocation? record, CancellationToken cancellationToken)
    {
        var all = LintAll(document, cancellationToken, record);
        return EngineSeverity(EngineDiagnostics.FindingsLimited) is { } severity
            ? findingLimits.Apply(all, severity, document)
            : all;
    }

    /// <summary>Every finding in <paramref name="document"/>, however many: the fixer must see them all.</summary>
    internal ImmutableArray<Finding> LintAll(Document document, CancellationToken cancellationToken = default, RecordLocation? record = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var corpus = corpusCounts is { } counts ? new CorpusView(counts, corpusEvidence?.CopyOf(document.Path, record?.Line ?? 0)) : null;
        var diagnostics = new List<Finding>();
        var fallbackFindings = new List<Finding>();
        var triggers = new Lazy<DocumentTriggers>(() => triggerIndex.Scan(document.Text), LazyThreadSafetyMode.None);
        // Rules that read words read the text as it reads; rules that look for the invisible characters, as written.
        var asRead = document.AsRead();
        var readTriggers = asRead is (var read, _) ? new Lazy<DocumentTriggers>(() => triggerIndex.Scan(read.Text), LazyThreadSafetyMode.None) : triggers;
        foreach (var rule in Rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var definition = rule.Definition;
            if (!definition.AppliesTo(document.Language))
            {
                continue;
            }

            var found = new List<Finding>();
            (Document Read, Lazy<DocumentTriggers> Triggers, (Document, VisibleText)? Written) reading =
                asRead is (var visible, var map) && rule is YamlRule { ReadsVisibleText: true } ? (visible, readTriggers, (document, map)) : (document, triggers, null);
            var context = new RuleContext(reading.Read, definition, GetSeverity(rule), found, cancellationToken)
            {
                Triggers = gated ? reading.Triggers : null,
                Corpus = corpus,
                Written = reading.Written,
            };
            try
            {
                rule.Analyze(context);
                (definition.Fallback ? fallbackFindings : diagnostics).AddRange(found);
            }
            catch (RegexMatchTimeoutException e)
            {
                AddEngineFinding(diagnostics, document, EngineDiagnostics.RuleTimedOut, ("rule", rule.Descriptor.Id), ("timeout", e.MatchTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s"));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One broken rule must not take the run down with it (markdownlint's handleRuleFailures).
                AddEngineFinding(diagnostics, document, EngineDiagnostics.RuleFailed, ("rule", rule.Descriptor.Id), ("reason", $"{e.GetType().Name}: {e.Message}"));
            }
        }

        // Fallback rules only add what the specific rules missed: one artefact, one finding.
        if (fallbackFindings.Count > 0)
        {
            var flaggedLines = diagnostics.SelectMany(Lines).ToHashSet();
            diagnostics.AddRange(fallbackFindings.Where(d => !Lines(d).Any(flaggedLines.Contains)));
        }

        var kept = SuppressionFilter.Apply(document, diagnostics, EngineSeverity(EngineDiagnostics.UnusedSuppression), ruleIds.Value);
        kept.Sort();
        return [.. kept];
    }

    private static IEnumerable<int> Lines(Finding diagnostic) =>
        Enumerable.Range(diagnostic.Location.Start.Line, diagnostic.Location.End.Line - diagnostic.Location.Start.Line + 1);

    /// <summary>
    /// Reads and lints an article file (whatever its extension; <see cref="SourceLinting.LintSourceFile"/> reads
    /// JSON Lines too), within <see cref="ReadOptions"/>. A file that cannot be read gives a <c>CL0001</c> finding
    /// instead of an exception; a binary file (<c>CL0007</c>) or one over the size limit (<c>CL0009</c>) is skipped
    /// with a finding; invalid UTF-8 is linted with a <c>CL0008</c> finding.
    /// </summary>
    /// <param name="path">The file to read.</param>
    /// <param name="displayPath">The path diagnostics show; defaults to <paramref name="path"/>.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public FileResult LintFile(string path, string? displayPath = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        displayPath ??= path;
        var source = ArticleSource.ReadArticle(path, displayPath, ReadOptions, DefaultLanguage).Single();
        return new FileResult(displayPath, this.Lint(source, cancellationToken));
    }

    /// <summary>An engine finding made while reading, with the severity configuration gives it; null when configuration turned it off.</summary>
    internal Finding? Configure(Finding engineFinding) =>
        EngineSeverity(engineFinding.Descriptor) is { } severity ? engineFinding with { Severity = severity } : null;

    private void AddEngineFinding(List<Finding> findings, Document document, RuleDescriptor descriptor, params (string Name, string Value)[] arguments)
    {
        if (EngineSeverity(descriptor) is not { } severity)
        {
            return;
        }

        var message = MessageTemplate.Format(descriptor.MessageFormat, arguments.ToDictionary(a => a.Name, a => a.Value));
        var span = new TextRange(0, 0);
        findings.Add(new Finding(descriptor, severity, message, document.Path, span, document.Source.GetLinePositionSpan(span)));
    }
}
