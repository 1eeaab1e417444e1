using ContentLint.Corpus;
using ContentLint.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Configuration;

/// <summary>
/// One <c>.contentlint.yaml</c>: which rule packs to use, which files to lint, how to set rules, and per-glob
/// overrides. Read strictly: unknown keys, bad severities and missing folders are errors with file:line:col.
/// </summary>
internal sealed class ContentLintConfig
{
    /// <summary>The file names searched for, in order of preference.</summary>
    public static IReadOnlyList<string> FileNames { get; } = [LintSession.ConfigurationFileName, ".contentlint.yml"];

    /// <summary>The <c>extends</c> entry for the built-in rules that are on by default (the default when nothing extends).</summary>
    public const string BuiltInRecommended = "builtin:recommended";

    /// <summary>The <c>extends</c> entry for every built-in rule, those off by default included.</summary>
    public const string BuiltInAll = "builtin:all";

    /// <summary>The keys a configuration file may have.</summary>
    internal static IReadOnlyList<string> Keys { get; } = ["root", "extends", "include", "exclude", "languages", "encoding", "max-file-size", "max-findings-per-rule", "jsonl", "baseline", "corpus-profile", "rules", "overrides"];

    /// <summary>The keys of the <c>jsonl</c> mapping.</summary>
    internal static IReadOnlyList<string> JsonLinesKeys { get; } = ["text", "title", "id", "lang", "format"];

    private ContentLintConfig(string path)
    {
        Path = path;
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>The folder the file is in: globs and rule folders are relative to it.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>True when the search for configuration stops here (<c>root: true</c>).</summary>
    public bool IsRoot { get; private set; }

    /// <summary>The rule packs: <c>builtin:recommended</c>, <c>builtin:all</c>, or full paths of rule folders.</summary>
    public IReadOnlyList<string> Extends { get; private set; } = [];

    /// <summary>Globs of the files to lint when no path is given, relative to <see cref="Directory"/>.</summary>
    public IReadOnlyList<string> Include { get; private set; } = [];

    /// <summary>Globs of files never to lint, relative to <see cref="Directory"/>.</summary>
    public IReadOnlyList<string> Exclude { get; private set; } = [];

    /// <summary>The languages the content is in (ISO 639-1); rules bound to other languages do not run.</summary>
    public IReadOnlyList<string> Languages { get; private set; } = [];

    /// <summary>
    /// The encoding of files without a byte-order mark: <c>auto</c> (detect UTF-8 or Windows-1252), <c>utf-8</c>,
    /// <c>windows-1252</c> or <c>iso-8859-1</c>; null when the file does not say.
    /// </summary>
    public string? Encoding { get; private set; }

    /// <summary>Files larger than this many bytes are skipped with a finding (<c>max-file-size</c>); null when the file does not say.</summary>
    public long? MaxFileSize { get; private set; }

    /// <summary>The most findings of one rule listed per document (<c>max-findings-per-rule</c>); null when the file does not say.</summary>
    public int? MaxFindingsPerRule { get; private set; }

    /// <summary>
    /// How JSON Lines records map to documents (<c>jsonl</c>: the <c>text</c>, <c>title</c>, <c>id</c> and
    /// <c>lang</c> fields, and the text's <c>format</c>); null when the file does not say.
    /// </summary>
    public Files.JsonLinesOptions? JsonLines { get; private set; }

    /// <summary>The full path of the baseline a run from this folder uses without <c>--baseline</c> (<c>baseline</c>); null when the file does not say.</summary>
    public string? Baseline { get; private set; }

    /// <summary>
    /// The stored corpus profile (<c>corpus-profile</c>) the corpus rules read besides a run's own counts, and that
    /// <c>contentlint profile</c> writes when <c>--output</c> is not given; null when the file does not say.
    /// </summary>
    public CorpusProfileSetting? CorpusProfile { get; private set; }

    internal IReadOnlyList<RuleSetting> Rules { get; private set; } = [];

    internal IReadOnlyList<ConfigOverride> Overrides { get; private set; } = [];

    /// <summary>Reads and checks a configuration file.</summary>
    /// <exception cref="ConfigurationException">The file is unreadable or invalid.</exception>
    public static ContentLintConfig Load(string path)
    {
        var errors = new List<ConfigurationError>();
        var config = Load(path, errors);
        return errors.Count == 0 ? config! : throw new ConfigurationException(errors);
    }

    internal static ContentLintConfig? Load(string path, List<ConfigurationError> errors)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        return YamlMap.ReadFile(fullPath, errors, "configuration file") is { } text ? Parse(text, fullPath, errors) : null;
    }

    internal static ContentLintConfig? Parse(string yaml, string fullPath, List<ConfigurationError> errors)
    {
        var before = errors.Count;
        if (YamlMap.Load(yaml, fullPath, errors, "configuration file") is not { } map)
        {
            return null;
        }

        var config = new ContentLintConfig(fullPath)
        {
            IsRoot = map.GetBool("root") ?? false,
            Include = [.. map.GetStrings("include").Select(i => i.Value)],
            Exclude = [.. map.GetStrings("exclude").Select(i => i.Value)],
            Languages = map.GetLanguages("languages"),
            Encoding = map.GetChoice("encoding", Files.TextEncodings.Names),
            MaxFileSize = ByteSize.Read(map, "max-file-size"),
            MaxFindingsPerRule = map.GetInt("max-findings-per-rule", 1, int.MaxValue),
            JsonLines = map.GetMap("jsonl") is { } jsonl ? ReadJsonLines(jsonl) : null,
        };
        if (map.GetString("baseline") is { } baseline)
        {
            config.Baseline = System.IO.Path.GetFullPath(baseline, config.Directory);
        }

        if (map.GetString("corpus-profile") is { } corpusProfile)
        {
            config.CorpusProfile = new CorpusProfileSetting(System.IO.Path.GetFullPath(corpusProfile, config.Directory), YamlMap.Location(fullPath, map.Get("corpus-profile")!.Start));
        }

        config.Extends = ReadExtends(map, config.Directory);
        config.Rules = map.GetMap("rules") is { } rules ? ReadRuleSettings(rules) : [];
        config.Overrides = ReadOverrides(map);
        map.ReportUnknownKeys("a configuration file", Keys);
        return errors.Count == before ? config : null;
    }

    private static Files.JsonLinesOptions ReadJsonLines(YamlMap map)
    {
        var defaults = Files.JsonLinesOptions.Default;
        var options = new Files.JsonLinesOptions
        {
            TextField = map.GetString("text") ?? defaults.TextField,
            TitleField = map.GetString("title") ?? defaults.TitleField,
            IdField = map.GetString("id") ?? defaults.IdField,
            LanguageField = map.GetString("lang") ?? defaults.LanguageField,
            Format = map.GetChoice("format", ["text", "markdown"]) == "markdown" ? Documents.DocumentFormat.Markdown : Documents.DocumentFormat.PlainText,
        };
        map.ReportUnknownKeys("the jsonl mapping", JsonLinesKeys);
        return options;
    }

    private static List<string> ReadExtends(YamlMap map, string directory)
    {
        var packs = new List<string>();
        foreach (var (entry, node, owner) in map.GetStrings("extends"))
        {
            if (entry is BuiltInRecommended or BuiltInAll)
            {
                packs.Add(entry);
            }
            else if (entry.StartsWith("builtin:", StringComparison.Ordinal))
            {
                owner.Error(node, ConfigurationErrorIds.InvalidValue, $"Unknown built-in pack '{entry}'; the packs are '{BuiltInRecommended}' and '{BuiltInAll}'.{YamlMap.Suggest(entry, [BuiltInRecommended, BuiltInAll])}");
            }
            else if (System.IO.Directory.Exists(System.IO.Path.GetFullPath(entry, directory)))
            {
                packs.Add(System.IO.Path.GetFullPath(entry, directory));
            }
            else
            {
                owner.Error(node, ConfigurationErrorIds.Unreadable, $"The rule folder '{entry}' does not exist (relative to {directory}).");
            }
        }

        return packs;
    }

    /// <summary>
    /// <c>rules:</c> maps a selector (id, name, <c>category:NAME</c>) to a severity, <c>off</c>, or a mapping of
    /// <c>severity</c> and rule options.
    /// </summary>
    private static List<RuleSetting> ReadRuleSettings(YamlMap rules)
    {
        var settings = new List<RuleSetting>();
        foreach (var key in rules.Keys)
        {
            var selector = key.Value ?? "";
            var location = YamlMap.Location(rules.Path, key.Start);
            var value = rules.Get(selector)!;
            if (value is YamlMappingNode mapping)
            {
                var options = rules.Child(mapping);
                var severityNode = options.Node.Children.TryGetValue(new YamlScalarNode("severity"), out var s) ? s : null;
                var severity = severityNode is null ? null : ReadSeverity(options, severityNode);
                settings.Add(new RuleSetting(selector, severity, Off: false, [options], location));
            }
            else if (value is YamlScalarNode { Value: "off" })
            {
                settings.Add(new RuleSetting(selector, null, Off: true, [], location));
            }
            else if (ReadSeverity(rules, value) is { } severity)
            {
                settings.Add(new RuleSetting(selector, severity, Off: false, [], location));
            }
        }

        return settings;
    }

    private static Severity? ReadSeverity(YamlMap map, YamlNode node)
    {
        var text = (node as YamlScalarNode)?.Value ?? "";
        if (SeverityNames.TryParse(text, out var severity))
        {
            return severity;
        }

        var allowed = SeverityNames.All.Append("off").ToList();
        map.Error(node, ConfigurationErrorIds.InvalidValue, $"A rule setting must be one of {string.Join(", ", allowed.Select(a => $"'{a}'"))} or a mapping of options; found '{text}'.{YamlMap.Suggest(text, allowed)}");
        return null;
    }

    private static List<ConfigOverride> ReadOverrides(YamlMap map)
    {
        var overrides = new List<ConfigOverride>();
        foreach (var node in map.GetSequence("overrides")?.Children ?? [])
        {
            if (node is not YamlMappingNode mapping)
            {
                map.Error(node, ConfigurationErrorIds.InvalidValue, "Each override must be a mapping with 'files' and 'rules' (or 'encoding').");
                continue;
            }

            var entry = map.Child(mapping);
            var files = entry.GetStrings("files", required: true).Select(f => f.Value).ToList();
            var encoding = entry.GetChoice("encoding", Files.TextEncodings.Names);
            var rules = entry.GetMap("rules", required: encoding is null) is { } r ? ReadRuleSettings(r) : [];
            entry.ReportUnknownKeys("an override", ["files", "encoding", "rules"]);
            overrides.Add(new ConfigOverride(files, rules) { Encoding = encoding, Location = YamlMap.Location(map.Path, mapping.Start) });
        }

        return overrides;
    }
}

/// <summary>Rule settings (and the encoding) that apply to the files some globs match.</summary>
/// <param name="Files">Globs relative to the configuration file's folder.</param>
/// <param name="Rules">The settings, as in <c>rules:</c>.</param>
internal sealed record ConfigOverride(IReadOnlyList<string> Files, IReadOnlyList<RuleSetting> Rules)
{
    /// <summary>The encoding of these files, as <c>encoding:</c> at the top; null when the override does not say.</summary>
    public string? Encoding { get; init; }

    /// <summary>Where the override starts in its configuration file.</summary>
    public SourceLocation? Location { get; init; }
}
