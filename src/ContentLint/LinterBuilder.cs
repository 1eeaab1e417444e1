using System.Collections.Immutable;
using System.Text;
using ContentLint.Checks;
using ContentLint.Configuration;
using ContentLint.Corpus;
using ContentLint.Diagnostics;
using ContentLint.Files;
using ContentLint.Rules;

namespace ContentLint;

/// <summary>
/// Collects rules and settings, then <see cref="Build"/>s an immutable <see cref="Linter"/>:
/// <c>new LinterBuilder().AddBuiltInRules().AddRules("my-rules").SetSeverity("CL3001", Severity.Error).Build()</c>.
/// Settings apply in the order they are made, so a later one wins; a selector is a rule id, a rule name or
/// <c>category:NAME</c>, and a category setting never overrides a setting of one rule made in the same batch.
/// </summary>
public sealed class LinterBuilder
{
    private const string CategoryPrefix = "category:";

    private readonly List<IRule> rules = [];
    private readonly List<ConfigurationError> errors = [];
    private readonly List<RuleSetting> settings = [];
    private bool enableRulesOffByDefault;
    private IReadOnlyList<string> languages = [];
    private ArticleReadOptions readOptions = ArticleReadOptions.Default;
    private int? maxFindingsPerRule = Linter.DefaultMaxFindingsPerRule;
    private CorpusProfile? corpusProfile;
    private CorpusProfileSetting? configuredCorpusProfile;

    /// <summary>Adds every built-in rule.</summary>
    public LinterBuilder AddBuiltInRules()
    {
        rules.AddRange(BuiltInRules.Rules);
        return this;
    }

    /// <summary>Adds every rule file under <paramref name="directory"/>; invalid files are reported by <see cref="Build"/>.</summary>
    public LinterBuilder AddRules(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            errors.Add(new ConfigurationError(ConfigurationErrorIds.Unreadable, new SourceLocation(directory, 1, 1), "The rule folder does not exist."));
            return this;
        }

        foreach (var file in RuleLoader.FindRuleFiles(directory))
        {
            AddRuleFile(file);
        }

        return this;
    }

    /// <summary>Adds the rule in one YAML file; an invalid file is reported by <see cref="Build"/>.</summary>
    public LinterBuilder AddRuleFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (RuleLoader.LoadFile(path, errors) is { } rule)
        {
            rules.Add(rule);
        }

        return this;
    }

    /// <summary>Adds a rule: a loaded YAML rule or one written in C#.</summary>
    public LinterBuilder AddRule(IRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        rules.Add(rule);
        return this;
    }

    /// <summary>Runs the rules that are off by default too (<c>extends: builtin:all</c>).</summary>
    public LinterBuilder EnableRulesOffByDefault()
    {
        enableRulesOffByDefault = true;
        return this;
    }

    /// <summary>
    /// Declares the languages the content is in: rules bound to other languages do not run, and when there is
    /// one language it is the language of documents that do not state theirs.
    /// </summary>
    public LinterBuilder SetLanguages(IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        languages = [.. codes];
        return this;
    }

    /// <summary>Files larger than <paramref name="bytes"/> are skipped with a <c>CL0009</c> finding (<c>max-file-size</c>; default 10 MiB).</summary>
    public LinterBuilder SetMaxFileSize(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bytes, 1);
        readOptions = readOptions with { MaxFileSize = bytes };
        return this;
    }

    /// <summary>How JSON Lines records map to documents (<c>jsonl</c>): their text, title, id and language fields.</summary>
    public LinterBuilder SetJsonLines(JsonLinesOptions jsonLines)
    {
        ArgumentNullException.ThrowIfNull(jsonLines);
        readOptions = readOptions with { JsonLines = jsonLines };
        return this;
    }

    /// <summary>The encoding of files without a byte-order mark (<c>encoding</c>); null detects UTF-8 or Windows-1252 (the default).</summary>
    public LinterBuilder SetEncoding(Encoding? encoding)
    {
        readOptions = readOptions with { Encoding = encoding };
        return this;
    }

    /// <summary>
    /// Lists at most <paramref name="limit"/> findings of one rule per document, and counts the rest in one
    /// <c>CL0010</c> finding (<c>max-findings-per-rule</c>; default 100); null lists them all.
    /// </summary>
    public LinterBuilder SetMaxFindingsPerRule(int? limit)
    {
        if (limit is { } value)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(limit));
        }

        maxFindingsPerRule = limit;
        return this;
    }

    /// <summary>
    /// A stored corpus profile (<see cref="LintSession.CreateCorpusProfileAsync"/>, <c>contentlint profile</c>): the
    /// corpus rules (<c>shared-line</c>) report the lines of a document that many documents of that corpus hold.
    /// Without one, a linter that lints one document at a time has no corpus to count; null for none.
    /// </summary>
    public LinterBuilder SetCorpusProfile(CorpusProfile? profile)
    {
        corpusProfile = profile;
        return this;
    }

    /// <summary>The profile configuration names, which the session reads (<see cref="Linter.ConfiguredCorpusProfile"/>).</summary>
    internal LinterBuilder SetConfiguredCorpusProfile(CorpusProfileSetting setting)
    {
        configuredCorpusProfile = setting;
        return this;
    }

    /// <summary>Turns on the rules <paramref name="selector"/> names, with <paramref name="severity"/>.</summary>
    /// <param name="selector">A rule id, a rule name, or <c>category:NAME</c>.</param>
    /// <param name="severity">The severity their findings get.</param>
    public LinterBuilder SetSeverity(string selector, Severity severity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(selector);
        settings.Add(new RuleSetting(selector, severity, Off: false, Options: [], Location: null, Batch: settings.Count));
        return this;
    }

    /// <summary>Turns off the rules <paramref name="selector"/> names (a rule id, a rule name, or <c>category:NAME</c>).</summary>
    public LinterBuilder TurnOff(string selector)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(selector);
        settings.Add(new RuleSetting(selector, null, Off: true, Options: [], Location: null, Batch: settings.Count));
        return this;
    }

    /// <summary>Adds one batch of settings from a configuration file, with their positions for errors.</summary>
    internal LinterBuilder Apply(IEnumerable<RuleSetting> batch)
    {
        var number = settings.Count;
        settings.AddRange(batch.Select(s => s with { Batch = number }));
        return this;
    }

    /// <summary>
    /// Validates settings that do not apply to the files this linter is for (an override whose globs do not
    /// match them): an unknown rule or a bad option is still an error, whatever file a run starts with.
    /// </summary>
    internal LinterBuilder Check(IEnumerable<RuleSetting> batch) => Apply(batch.Select(s => s with { CheckOnly = true }));

    /// <summary>Builds the linter.</summary>
    /// <exception cref="ConfigurationException">A rule file or setting was invalid, or two rules share an id or name.</exception>
    public Linter Build()
    {
        var problems = new List<ConfigurationError>(errors);
        var byKey = IndexRules(problems);
        if (problems.Count > 0)
        {
            throw new ConfigurationException(problems);
        }

        var states = rules.Distinct().ToDictionary(r => r.Descriptor.Id, r => new RuleState(r.Descriptor.Id, r, (r.Descriptor.IsEnabledByDefault || enableRulesOffByDefault) && SpeaksContentLanguage(r)));
        var engine = EngineDiagnostics.All.ToDictionary(d => d.Id, d => new RuleState(d.Id, null, enabled: true));

        // Within one batch, category settings go first so a setting for one rule always wins over its category's.
        foreach (var setting in settings.OrderBy(s => s.Batch).ThenBy(s => s.Selector.StartsWith(CategoryPrefix, StringComparison.Ordinal) ? 0 : 1))
        {
            var targets = Select(setting.Selector, byKey, states, engine).ToList();
            if (targets.Count == 0)
            {
                var isCategory = setting.Selector.StartsWith(CategoryPrefix, StringComparison.Ordinal);
                var known = isCategory ? states.Values.Select(s => CategoryPrefix + s.Rule!.Descriptor.Category).Distinct().ToList() : byKey.Keys.ToList();
                problems.Add(new ConfigurationError(ConfigurationErrorIds.UnknownRule, setting.Location ?? new SourceLocation("<settings>", 1, 1), $"No rule has the {(isCategory ? "category" : "id or name")} '{setting.Selector}'.{YamlMap.Suggest(setting.Selector, known)}"));
                continue;
            }

            foreach (var state in targets)
            {
                (setting.CheckOnly ? state.Unconfigured() : state).Apply(setting, problems);
            }
        }

        if (problems.Count > 0)
        {
            throw new ConfigurationException(problems);
        }

        // Every rule as configuration made it (a variant when it set options), in the order added.
        var loaded = rules.Distinct().Select(r => states[r.Descriptor.Id]).ToList();
        var active = loaded.Where(s => s.Enabled).ToList();
        return new Linter(
            [.. active.Select(s => s.Rule!)],
            active.Concat(engine.Values)
                .Where(s => s.Severity is not null)
                .ToImmutableDictionary(s => s.Id, s => s.Severity!.Value, StringComparer.Ordinal),
            [.. engine.Values.Where(e => !e.Enabled).Select(e => e.Id)],
            [.. languages],
            readOptions,
            maxFindingsPerRule,
            [.. loaded.Select(s => s.Rule!)],
            corpusProfile,
            configuredCorpusProfile);
    }

    /// <summary>False for a rule bound to languages none of which the content is in.</summary>
    private bool SpeaksContentLanguage(IRule rule) =>
        languages.Count == 0 || rule.Definition.Languages.Count == 0 || rule.Definition.Languages.Intersect(languages).Any();

    private Dictionary<string, IRule> IndexRules(List<ConfigurationError> problems)
    {
        var byKey = new Dictionary<string, IRule>(StringComparer.Ordinal);
        foreach (var rule in rules.Distinct())
        {
            foreach (var (key, what) in new[] { (rule.Descriptor.Id, "id"), (rule.Descriptor.Name, "name") })
            {
                if (!byKey.TryAdd(key, rule))
                {
                    problems.Add(new ConfigurationError(ConfigurationErrorIds.DuplicateRule, SourceOf(rule, what), $"Rule {what} '{key}' is already used by {SourceOf(byKey[key], what)}."));
                }
            }
        }

        return byKey;
    }

    private static IEnumerable<RuleState> Select(string selector, Dictionary<string, IRule> byKey, Dictionary<string, RuleState> states, Dictionary<string, RuleState> engine)
    {
        if (selector.StartsWith(CategoryPrefix, StringComparison.Ordinal))
        {
            var category = selector[CategoryPrefix.Length..];
            return states.Values.Where(s => s.Rule!.Descriptor.Category == category);
        }

        if (byKey.TryGetValue(selector, out var rule))
        {
            return [states[rule.Descriptor.Id]];
        }

        var engineDescriptor = EngineDiagnostics.All.FirstOrDefault(d => d.Id == selector || d.Name == selector);
        return engineDescriptor is null ? [] : [engine[engineDescriptor.Id]];
    }

    /// <summary>Where a rule's <paramref name="key"/> (<c>id</c> or <c>name</c>) is written, as near as is known.</summary>
    private static SourceLocation SourceOf(IRule rule, string key) => rule.Definition switch
    {
        { KeySources: { } keys } => key == "id" ? keys.Id : keys.Name,
        { Source: { } source } => source,
        _ => new SourceLocation(rule.GetType().FullName ?? "<rule>", 1, 1),
    };

    /// <summary>What the settings make of one rule (or engine diagnostic) while they are applied.</summary>
    private sealed class RuleState(string id, IRule? rule, bool enabled)
    {
        /// <summary>Option layers from configuration, earliest first; each is laid over the rule file.</summary>
        private readonly List<YamlMap> optionLayers = [];

        /// <summary>The rule as added, which option variants are built from.</summary>
        private readonly IRule? added = rule;

        public string Id { get; } = id;

        public bool Enabled { get; private set; } = enabled;

        public Severity? Severity { get; private set; }

        /// <summary>The rule to run: the added one, or a variant built with configuration's options.</summary>
        public IRule? Rule { get; private set; } = rule;

        /// <summary>A fresh state of the same rule, to try a setting on without changing this one.</summary>
        public RuleState Unconfigured() => new(Id, added, Enabled);

        public void Apply(RuleSetting setting, List<ConfigurationError> problems)
        {
            if (setting.Off)
            {
                Enabled = false;
                return;
            }

            Enabled = true;
            Severity = setting.Severity ?? Severity;
            if (setting.Options.Count == 0)
            {
                return;
            }

            if (added is not YamlRule original || original.Source is null)
            {
                problems.Add(new ConfigurationError(ConfigurationErrorIds.InvalidValue, setting.Location ?? new SourceLocation("<settings>", 1, 1), $"Rule '{setting.Selector}' is not a YAML rule; only its severity can be configured."));
                return;
            }

            optionLayers.AddRange(setting.Options);
            Rule = RuleLoader.WithOptions(original, optionLayers, problems) ?? Rule;
        }
    }
}

/// <summary>One setting for the rules a selector names: a severity, off, or options laid over the rule file.</summary>
/// <param name="Selector">A rule id, a rule name, or <c>category:NAME</c>.</param>
/// <param name="Severity">The severity to use, if the setting gives one.</param>
/// <param name="Off">True to turn the rules off.</param>
/// <param name="Options">Option mappings from configuration.</param>
/// <param name="Location">Where the setting was written, for errors.</param>
/// <param name="Batch">Settings of one batch (one configuration block) apply categories first.</param>
/// <param name="CheckOnly">True to validate the setting without applying it.</param>
internal sealed record RuleSetting(string Selector, Severity? Severity, bool Off, IReadOnlyList<YamlMap> Options, SourceLocation? Location, int Batch = 0, bool CheckOnly = false);
