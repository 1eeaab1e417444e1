using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ContentLint.Checks;
using ContentLint.Configuration;
using ContentLint.Diagnostics;
using ContentLint.Testing;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Rules;

/// <summary>
/// Reads rule files: one rule per YAML file, strictly. Unknown keys, missing keys, bad values and bad regular
/// expressions are errors positioned at <c>file:line:col</c>; a file with errors yields no rule.
/// </summary>
public static partial class RuleLoader
{
    /// <summary>The file extensions rule files have.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".yaml", ".yml"];

    /// <summary>The keys every rule file may have, whatever its kind.</summary>
    internal static IReadOnlyList<string> CommonKeys { get; } = [.. RuleKeys.All.Select(k => k.Name)];

    /// <summary>The shared keys configuration may set for a rule beside the kind's own options.</summary>
    internal static IReadOnlyList<string> ConfigurableKeys { get; } = [.. RuleKeys.Configurable.Select(k => k.Name)];

    /// <summary>Loads one rule file.</summary>
    /// <exception cref="ConfigurationException">The file is invalid or unreadable.</exception>
    public static IRule LoadFile(string path)
    {
        var errors = new List<ConfigurationError>();
        var rule = LoadFile(path, errors);
        return rule ?? throw new ConfigurationException(errors);
    }

    /// <summary>Loads one rule from YAML text; <paramref name="path"/> names it in errors.</summary>
    /// <exception cref="ConfigurationException">The rule is invalid.</exception>
    public static IRule LoadText(string yaml, string path)
    {
        var errors = new List<ConfigurationError>();
        var rule = Load(yaml, path, errors);
        return rule ?? throw new ConfigurationException(errors);
    }

    /// <summary>
    /// Every rule file (<c>.yaml</c>, <c>.yml</c>) under <paramref name="directory"/>, recursively, in ordinal path
    /// order; hidden files and folders, <c>bin</c>, <c>obj</c> and <c>node_modules</c> are skipped.
    /// </summary>
    public static IReadOnlyList<string> FindRuleFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)
                && !Path.GetRelativePath(directory, f).Split(Path.DirectorySeparatorChar).Any(IsSkipped))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Hidden files and folders (<c>.contentlint.yaml</c>, <c>.github/</c>, <c>.pre-commit-hooks.yaml</c>) and build
    /// output are never rules, so a pack folder may be a project folder too.
    /// </summary>
    private static bool IsSkipped(string pathSegment) =>
        pathSegment.StartsWith('.') || pathSegment is "bin" or "obj" or "node_modules";

    internal static YamlRule? LoadFile(string path, List<ConfigurationError> errors) =>
        YamlMap.ReadFile(path, errors, "rule file") is { } text ? Load(text, path, errors) : null;

    /// <param name="yaml">The rule file's text.</param>
    /// <param name="path">Its name in errors.</param>
    /// <param name="errors">Where problems are recorded.</param>
    /// <param name="trusted">True for a built-in rule: the tests prove it valid, so its regexes are built only when used.</param>
    internal static YamlRule? Load(string yaml, string path, List<ConfigurationError> errors, bool trusted = false) =>
        YamlMap.Load(yaml, path, errors, "rule file", trusted) is { } map ? Load(map, errors) : null;

    /// <summary>
    /// Loads a rule of the built-in pack (trusted). Its <c>examples</c>, the last key of each built-in file and a third
    /// of the pack's text, are the rule's tests and documentation, which a run never reads: only the text before them
    /// (<see cref="BuiltInHead"/>) is read now, and they are read from the whole file when first asked for (the tests,
    /// <c>contentlint rules ID</c>, the documentation generator). Cutting the file's tail moves no line, so every
    /// position stays where the whole file puts it. When <paramref name="parsed"/>, the head's parsing events written at
    /// build time, are of this very file (<paramref name="file"/>, its bytes), the head is not even scanned as YAML, and
    /// the file is not decoded to text (<paramref name="text"/>) until the examples are asked for.
    /// </summary>
    /// <param name="file">The rule file's bytes, as embedded.</param>
    /// <param name="text">The rule file's text, called only when it is needed.</param>
    /// <param name="path">Its name in errors.</param>
    /// <param name="errors">Where problems are recorded.</param>
    /// <param name="parsed">The parsing events written at build time for the file, if any.</param>
    internal static YamlRule? LoadBuiltIn(ReadOnlySpan<byte> file, Func<string> text, string path, List<ConfigurationError> errors, ParsedYamlText? parsed)
    {
        var examples = new DeferredList<RuleExample>(() =>
        {
            // The rule-file tests prove the built-in examples valid; if they are not, fail loudly.
            var exampleErrors = new List<ConfigurationError>();
            var read = YamlMap.Load(text(), path, exampleErrors, "rule file", trusted: true) is { } whole ? ReadExamples(whole) : null;
            return exampleErrors.Count == 0 && read is not null ? read : throw new ConfigurationException(exampleErrors);
        });
        if (parsed is not null && parsed.IsOf(file) && ReplayMapping(parsed.Events) is { } root)
        {
            return Load(new YamlMap(root, path, errors) { Trusted = true }, errors, examples);
        }

        var yaml = text();
        var head = BuiltInHead(yaml);
        if (head.Length == yaml.Length)
        {
            return Load(yaml, path, errors, trusted: true);
        }

        return YamlMap.Load(head, path, errors, "rule file", trusted: true) is { } map ? Load(map, errors, examples) : null;
    }

    /// <summary>Loads the built-in rule file <paramref name="yaml"/> (<see cref="LoadBuiltIn(ReadOnlySpan{byte}, Func{string}, string, List{ConfigurationError}, ParsedYamlText?)"/>) from its text.</summary>
    internal static YamlRule? LoadBuiltIn(string yaml, string path, List<ConfigurationError> errors, ParsedYamlText? parsed = null) =>
        LoadBuiltIn(Encoding.UTF8.GetBytes(yaml), () => yaml, path, errors, parsed);

    /// <summary>The part of a built-in rule file read when the pack loads: the text before a trailing <c>examples</c> key, or all of it.</summary>
    internal static string BuiltInHead(string yaml) => ExamplesTailStart(yaml) is { } start ? yaml[..start] : yaml;

    /// <summary>The one mapping <paramref name="events"/> hold as their document, or null.</summary>
    private static YamlMappingNode? ReplayMapping(string events)
    {
        var stream = new YamlStream();
        stream.Load(ParsedYaml.Replay(events));
        return stream.Documents is [{ RootNode: YamlMappingNode root }] ? root : null;
    }

    /// <summary>
    /// Where the <c>examples</c> key starts when it is the file's last top-level key, written at the start of a line
    /// with every later line indented, blank or a comment; null otherwise.
    /// </summary>
    private static int? ExamplesTailStart(string yaml)
    {
        var key = "\n" + RuleKeys.Examples.Name + ":";
        var start = yaml.IndexOf(key, StringComparison.Ordinal);
        if (start < 0 || yaml.IndexOf(key, start + 1, StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        for (var end = yaml.IndexOf('\n', start + 1); end >= 0 && end + 1 < yaml.Length; end = yaml.IndexOf('\n', end + 1))
        {
            if (yaml[end + 1] is not (' ' or '\t' or '\r' or '\n' or '#'))
            {
                return null;
            }
        }

        return start + 1;
    }

    /// <summary>
    /// Builds a variant of <paramref name="rule"/> with configuration's option layers laid over its file, later
    /// layers over earlier ones. Keys a configuration may not set are errors naming the configuration file.
    /// </summary>
    internal static YamlRule? WithOptions(YamlRule rule, IReadOnlyList<YamlMap> layers, List<ConfigurationError> errors)
    {
        var before = errors.Count;
        RuleKinds.TryGet(rule.Definition.Kind, out var kind);
        var allowed = ConfigurableKeys.Concat(kind!.Options.Select(o => o.Name)).Append(RuleKeys.Severity.Name).ToList();
        var stack = new YamlMap(rule.Source!, rule.Definition.Source!.Path, errors);
        foreach (var layer in layers)
        {
            stack = new YamlMap(layer.Node, layer.Path, errors, fallback: stack);
            foreach (var key in stack.Keys.Where(k => !allowed.Contains(k.Value!)))
            {
                stack.Error(key, ConfigurationErrorIds.UnknownKey, $"Configuration cannot set '{key.Value}' of rule {rule.Descriptor.Id}; it can set {string.Join(", ", allowed)}.{YamlMap.Suggest(key.Value!, allowed)}");
            }
        }

        if (errors.Count > before)
        {
            return null;
        }

        // Configuration cannot set examples: the variant keeps the rule's own.
        var variant = Load(stack, errors, rule.Definition.Examples);
        variant?.Source = rule.Source;
        return variant;
    }

    /// <param name="map">The rule file's mapping.</param>
    /// <param name="errors">Where problems are recorded.</param>
    /// <param name="knownExamples">The rule's examples when they are read already, or read apart; null to read them from <paramref name="map"/>.</param>
    private static YamlRule? Load(YamlMap map, List<ConfigurationError> errors, IReadOnlyList<RuleExample>? knownExamples = null)
    {
        var before = errors.Count;

        var id = map.GetString(RuleKeys.Id);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            map.ErrorAt(RuleKeys.Id.Name, ConfigurationErrorIds.InvalidValue, $"Rule id '{id}' must be upper-case letters followed by at least three digits, such as 'CL3001'.");
        }

        var name = map.GetString(RuleKeys.Name);
        if (name is not null && !NamePattern().IsMatch(name))
        {
            map.ErrorAt(RuleKeys.Name.Name, ConfigurationErrorIds.InvalidValue, $"Rule name '{name}' must be kebab-case, such as 'related-content-widget'.");
        }

        var title = map.GetString(RuleKeys.Title);
        var message = map.GetString(RuleKeys.Message);
        var severityName = map.GetChoice(RuleKeys.Severity);
        var category = map.GetString(RuleKeys.Category);
        if (category is not null)
        {
            CheckCategory(map, category, id);
        }

        var description = map.GetString(RuleKeys.Description);
        var help = ReadHelp(map, map.Path);
        var languages = map.GetLanguages(RuleKeys.Languages.Name);
        var exceptions = RuleRegex.CompileAll(map, RuleKeys.Exceptions, RegexOptions.IgnoreCase).Select(e => e.Backtracking).ToList();
        var kindName = map.GetString(RuleKeys.Kind);
        var fixName = map.GetChoice(RuleKeys.Fix);
        var enabled = map.GetBool(RuleKeys.Enabled);
        var fallback = map.GetBool(RuleKeys.Fallback);
        var maxLength = map.GetInt(RuleKeys.MaxLength);
        var maxFindings = map.GetInt(RuleKeys.MaxFindings);
        var examples = knownExamples ?? ReadExamples(map);
        if (knownExamples is not null)
        {
            // Marks the key read: a rule file's own examples key is no unknown key.
            map.Get(RuleKeys.Examples.Name);
        }


        RuleKind? kind = null;
        if (kindName is not null && !RuleKinds.TryGet(kindName, out kind))
        {
            map.ErrorAt(RuleKeys.Kind.Name, ConfigurationErrorIds.UnknownKind, $"Unknown rule kind '{kindName}'; the kinds are {string.Join(", ", RuleKinds.Names)}.{YamlMap.Suggest(kindName, RuleKinds.Names)}");
        }

        FixKind? fix = fixName is not null && FixKindNames.TryParse(fixName, out var parsedFix) ? parsedFix : null;
        if (fix is { } f && kind is not null && !kind.Fixes.Contains(f))
        {
            map.ErrorAt(RuleKeys.Fix.Name, ConfigurationErrorIds.InvalidValue, $"A {kind.Name} rule cannot offer 'fix: {fixName}'; it offers {string.Join(", ", kind.Fixes.Select(k => k.ToName()))}.");
        }

        if (kind is null)
        {
            // Without a kind the remaining keys cannot be judged; report only what is certain.
            return null;
        }

        var scope = ReadScope(map, kind);

        var definition = new RuleDefinition
        {
            Descriptor = new RuleDescriptor(id ?? "CL0000", name ?? "unnamed", title ?? "", message ?? "", category ?? "", SeverityNames.TryParse(severityName, out var severity) ? severity : Severity.Warning)
            {
                Description = description ?? "",
                HelpLink = help,
                IsEnabledByDefault = enabled,
            },
            Kind = kind.Name,
            Scope = scope,
            Languages = languages,
            Exceptions = exceptions,
            Fallback = fallback,
            MaxLength = maxLength,
            MaxFindings = maxFindings,
            Fix = fix,
            Options = kind.Options,
            Examples = examples,
            Source = YamlMap.Location(map.Path, map.Start),
            KeySources = (YamlMap.Location(map.Path, map.Get(RuleKeys.Id.Name)?.Start ?? map.Start), YamlMap.Location(map.Path, map.Get(RuleKeys.Name.Name)?.Start ?? map.Start)),
        };

        var rule = kind.Create(definition, map);
        rule.Source = map.Node;
        map.ReportUnknownKeys($"a {kind.Name} rule", [.. CommonKeys, .. kind.Options.Select(o => o.Name)]);
        // A built-in rule's placeholders are checked by the rule-file tests, which load it untrusted; checking them
        // here would build every regular expression of the pack (their group names) before any is used.
        if (message is not null && !map.Trusted)
        {
            var known = rule.ExtraPlaceholders.Prepend("match").ToList();
            foreach (var placeholder in MessageTemplate.Placeholders(message).Where(p => !known.Contains(p)))
            {
                map.ErrorAt(RuleKeys.Message.Name, ConfigurationErrorIds.InvalidValue, $"The message uses '{{{placeholder}}}', which a {kind.Name} rule does not fill; it fills {string.Join(", ", known.Select(k => $"{{{k}}}"))}.");
            }
        }

        return errors.Count == before ? rule : null;
    }

    /// <summary>
    /// A built-in category's rule must have an id in its range; a pack may name a family of its own ('house'), but
    /// one a letter or two from a built-in one is a typo.
    /// </summary>
    private static void CheckCategory(YamlMap map, string category, string? id)
    {
        if (RuleCategories.Find(category) is { } builtIn)
        {
            if (id is not null && IdPattern().IsMatch(id) && !builtIn.Contains(id))
            {
                map.ErrorAt(RuleKeys.Id.Name, ConfigurationErrorIds.InvalidValue, $"Rule id '{id}' is outside the {builtIn.Name} range {builtIn.Range}: a {builtIn.Name} rule's number runs from {builtIn.Thousand}000 to {builtIn.Thousand}999.");
            }
        }
        else if (YamlMap.Suggest(category, RuleCategories.Names) is { Length: > 0 } suggestion)
        {
            map.ErrorAt(RuleKeys.Category.Name, ConfigurationErrorIds.InvalidValue, $"Unknown category '{category}': a category of your own must not be this close to a built-in one ({string.Join(", ", RuleCategories.Names.Order(StringComparer.Ordinal))}).{suggestion}");
        }
    }

    /// <summary><c>scope: line|paragraph|title|document</c> or <c>scope: {first-lines: N}</c> / <c>{last-lines: N}</c>.</summary>
    private static RuleScope ReadScope(YamlMap map, RuleKind kind)
    {
        var node = map.Get(RuleKeys.Scope.Name);
        RuleScope? scope = null;
        if (node is YamlScalarNode { Value: { } name } && RuleScope.Names.Contains(name))
        {
            scope = new RuleScope((ScopeKind)RuleScope.Names.ToList().IndexOf(name));
        }
        else if (node is YamlMappingNode { Children.Count: 1 } counted && counted.Children.Single() is (YamlScalarNode { Value: { } key }, YamlScalarNode { Value: { } number })
            && RuleScope.CountedNames.Contains(key) && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is > 0 and <= 100_000)
        {
            scope = key == "first-lines" ? RuleScope.FirstLines(count) : RuleScope.LastLines(count);
        }
        else if (node is not null)
        {
            map.ErrorAt("scope", ConfigurationErrorIds.InvalidValue, "'scope' must be line, paragraph, title or document, or {first-lines: N} or {last-lines: N} with N from 1 to 100000.");
            return kind.DefaultScope;
        }

        if (scope is not null && !kind.Supports(scope))
        {
            map.ErrorAt("scope", ConfigurationErrorIds.InvalidValue, $"A {kind.Name} rule cannot have 'scope: {scope}'; it works on {string.Join(", ", kind.Scopes.Select(s => s.Name))}.");
        }

        return scope ?? kind.DefaultScope;
    }

    private static Uri? ReadHelp(YamlMap map, string path)
    {
        if (map.GetString(RuleKeys.Help) is not { } help)
        {
            return null;
        }

        if (Uri.TryCreate(help, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp))
        {
            return absolute;
        }

        if (Uri.TryCreate(help, UriKind.Relative, out _) && !help.Contains(':', StringComparison.Ordinal))
        {
            // A docs page next to the rule file.
            return new Uri(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", help)));
        }

        map.ErrorAt(RuleKeys.Help.Name, ConfigurationErrorIds.InvalidValue, $"'help' must be an http(s) URL or a path relative to the rule file; found '{help}'.");
        return null;
    }

    private static IReadOnlyList<RuleExample> ReadExamples(YamlMap map)
    {
        var examples = new List<RuleExample>();
        if (map.GetMap(RuleKeys.Examples.Name) is not { } section)
        {
            return examples;
        }

        foreach (var invalid in new[] { true, false })
        {
            var key = invalid ? "invalid" : "valid";
            foreach (var node in section.GetSequence(key)?.Children ?? [])
            {
                if (ReadExample(section, node, invalid) is { } example)
                {
                    examples.Add(example);
                }
            }
        }

        section.ReportUnknownKeys("examples", ["invalid", "valid"]);
        return examples;
    }

    private static RuleExample? ReadExample(YamlMap section, YamlNode node, bool invalid)
    {
        string? text, title = null, language = null, fixedText = null;
        if (node is YamlMappingNode mapping)
        {
            var item = section.Child(mapping);
            text = item.GetString("text", required: true);
            title = item.GetString("title");
            language = item.GetString("lang");
            fixedText = item.GetString("fixed");
            if (!invalid && fixedText is not null)
            {
                item.Error(item.Get("fixed")!, ConfigurationErrorIds.InvalidExample, "A valid example has no 'fixed': the rule leaves it alone.");
            }

            item.ReportUnknownKeys("an example", RuleKeys.ExampleKeys);
        }
        else
        {
            text = section.AsString(node, "example");
        }

        if (text is null)
        {
            return null;
        }

        try
        {
            var (_, spans) = ExampleMarkup.Parse(text);
            if (invalid && spans.Length == 0)
            {
                section.Error(node, ConfigurationErrorIds.InvalidExample, "An invalid example must mark each expected finding with [|...|].");
                return null;
            }

            if (!invalid && spans.Length > 0)
            {
                section.Error(node, ConfigurationErrorIds.InvalidExample, "A valid example must not mark findings: it is a text the rule leaves alone.");
                return null;
            }
        }
        catch (FormatException e)
        {
            section.Error(node, ConfigurationErrorIds.InvalidExample, e.Message);
            return null;
        }

        return new RuleExample
        {
            IsInvalid = invalid,
            MarkedText = text,
            Title = title,
            Language = language,
            Fixed = fixedText,
            Location = YamlMap.Location(section.Path, node.Start),
        };
    }

    [GeneratedRegex(RuleKeys.IdPattern)]
    private static partial Regex IdPattern();

    [GeneratedRegex(RuleKeys.NamePattern)]
    private static partial Regex NamePattern();

}
