using System.Globalization;
using System.Numerics;
using ContentLint.Rules;
using ContentLint.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Configuration;

/// <summary>
/// A strict reader over one YAML mapping: every value is checked for its type, every problem is recorded with
/// the node's position, and keys nobody asked for are reported as unknown. A map can sit over a
/// <c>fallback</c> map (configuration options over a rule file): its own keys win, and errors name the file
/// the offending value came from.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode node;
    private readonly YamlMap? fallback;
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    /// <summary>The errors for required keys that were missing, by key: a misspelling of one replaces its error.</summary>
    private readonly Dictionary<string, ConfigurationError> missing = new(StringComparer.Ordinal);

    public YamlMap(YamlMappingNode node, string path, List<ConfigurationError> errors, YamlMap? fallback = null)
    {
        this.node = node;
        this.fallback = fallback;
        Path = path;
        Errors = errors;
    }

    public YamlMappingNode Node => node;

    /// <summary>True for a built-in file: its patterns are known to compile and are built only when used.</summary>
    public bool Trusted { get; init; }

    public string Path { get; }

    public List<ConfigurationError> Errors { get; }

    public Mark Start => node.Start;

    /// <summary>Parses <paramref name="text"/> and returns its root mapping, or null after recording why it is not one.</summary>
    public static YamlMap? Load(string text, string path, List<ConfigurationError> errors, string what, bool trusted = false)
    {
        if (!trusted && YamlLimits.Check(text) is { } broken)
        {
            errors.Add(new ConfigurationError(ConfigurationErrorIds.LimitExceeded, new SourceLocation(path, Math.Max(1, (int)broken.At.Line), Math.Max(1, (int)broken.At.Column)), broken.Message));
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var message = e.InnerException is { } inner && e.Message.Contains("see inner", StringComparison.Ordinal) ? inner.Message : e.Message;
            errors.Add(new ConfigurationError(ConfigurationErrorIds.YamlSyntax, new SourceLocation(path, (int)e.Start.Line, (int)e.Start.Column), message));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var at = stream.Documents.Count == 0 ? new SourceLocation(path, 1, 1) : Location(path, stream.Documents[0].RootNode.Start);
            errors.Add(new ConfigurationError(ConfigurationErrorIds.InvalidValue, at, $"A {what} must be a YAML mapping of keys to values."));
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            errors.Add(new ConfigurationError(ConfigurationErrorIds.YamlSyntax, Location(path, stream.Documents[1].RootNode.Start), $"A {what} holds one YAML document; found more."));
        }

        return new YamlMap(root, path, errors) { Trusted = trusted };
    }

    /// <summary>The text of a rule or configuration file, or null after recording why it cannot be read.</summary>
    public static string? ReadFile(string path, List<ConfigurationError> errors, string what)
    {
        try
        {
            // A regular file, never read past the limit: a rule pack from a contributor may hold a huge file, a FIFO,
            // or a link to /dev/zero.
            using var reader = new StreamReader(new MemoryStream(Files.BoundedFile.ReadAllBytes(path, YamlLimits.MaxCharacters * 4L)), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (Files.FileTooLargeException)
        {
            errors.Add(new ConfigurationError(ConfigurationErrorIds.LimitExceeded, new SourceLocation(path, 1, 1), $"The {what} is larger than {YamlLimits.MaxCharacters:N0} characters and is refused."));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new ConfigurationError(ConfigurationErrorIds.Unreadable, new SourceLocation(path, 1, 1), $"Cannot read the {what}: {e.Message}"));
            return null;
        }
    }

    public static SourceLocation Location(string path, Mark mark) => new(path, (int)mark.Line, (int)mark.Column);

    public void Error(YamlNode at, string id, string message) => Errors.Add(new ConfigurationError(id, Location(Path, at.Start), message));

    public void Error(Mark at, string id, string message) => Errors.Add(new ConfigurationError(id, Location(Path, at), message));

    public bool Has(string key) => Find(key).Value is not null;

    /// <summary>The keys of the mapping, in file order.</summary>
    public IEnumerable<YamlScalarNode> Keys => node.Children.Keys.OfType<YamlScalarNode>();

    /// <summary>The value of <paramref name="key"/>, marking it as read; null (and an error if required) when absent.</summary>
    public YamlNode? Get(string key, bool required = false) => Lookup(key, required).Value;

    /// <summary>Records an error at the value of <paramref name="key"/>, in the file that value came from.</summary>
    public void ErrorAt(string key, string id, string message)
    {
        var (value, owner) = Find(key);
        owner.Error(value is null ? owner.node.Start : value.Start, id, message);
    }

    private (YamlNode? Value, YamlMap Owner) Lookup(string key, bool required = false)
    {
        read.Add(key);
        var found = Find(key);
        if (found.Value is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text } && IsNull(text))
        {
            // "key:" with nothing after it is YAML's null: the same as leaving the key out.
            found = (null, found.Owner);
        }

        if (found.Value is null && required)
        {
            var error = new ConfigurationError(ConfigurationErrorIds.MissingKey, Location(Path, node.Start), $"Missing required key '{key}'.");
            Errors.Add(error);
            missing[key] = error;
        }

        return found;
    }

    public string? GetString(string key, bool required = false)
    {
        var (value, owner) = Lookup(key, required);
        return value is null ? null : owner.AsString(value, key);
    }

    public string? GetString(OptionSpec option) => GetString(option.Name, option.Required) ?? option.Default;

    public string? AsString(YamlNode value, string what)
    {
        if (value is YamlScalarNode { Value: { } text } scalar && (scalar.Style != ScalarStyle.Plain || !IsNull(text)))
        {
            return text;
        }

        Error(value, ConfigurationErrorIds.InvalidValue, $"'{what}' must be a string.");
        return null;
    }

    public bool? GetBool(string key)
    {
        if (Lookup(key) is not ({ } value, var owner))
        {
            return null;
        }

        if (value is YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        owner.Error(value, ConfigurationErrorIds.InvalidValue, $"'{key}' must be true or false.");
        return null;
    }

    public bool GetBool(OptionSpec option) => GetBool(option.Name) ?? option.Default == "true";

    public int? GetInt(string key, int min, int max) => GetNumber(key, min, max, "a whole number", NumberStyles.Integer);

    public double? GetDouble(string key, double min, double max) => GetNumber(key, min, max, "a number", NumberStyles.Float);

    public int? GetInt(OptionSpec option) =>
        GetInt(option.Name, (int)option.Minimum, (int)option.Maximum)
        ?? (option.Default is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : null);

    public double? GetDouble(OptionSpec option) =>
        GetDouble(option.Name, option.Minimum, option.Maximum)
        ?? (option.Default is { } value ? double.Parse(value, CultureInfo.InvariantCulture) : null);

    private T? GetNumber<T>(string key, T min, T max, string what, NumberStyles styles)
        where T : struct, INumber<T>
    {
        if (Lookup(key) is not ({ } value, var owner))
        {
            return null;
        }

        if (value is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text }
            && T.TryParse(text, styles, CultureInfo.InvariantCulture, out var number)
            && number >= min && number <= max)
        {
            return number;
        }

        owner.Error(value, ConfigurationErrorIds.InvalidValue, $"'{key}' must be {what} from {min.ToString(null, CultureInfo.InvariantCulture)} to {max.ToString(null, CultureInfo.InvariantCulture)}.");
        return null;
    }

    public string? GetChoice(OptionSpec option) => GetChoice(option.Name, option.Choices, option.Required) ?? option.Default;

    /// <summary>A value that must be one of <paramref name="allowed"/>.</summary>
    public string? GetChoice(string key, IReadOnlyCollection<string> allowed, bool required = false)
    {
        var (value, owner) = Lookup(key, required);
        if (value is null || owner.AsString(value, key) is not { } text)
        {
            return null;
        }

        if (allowed.Contains(text))
        {
            return text;
        }

        owner.Error(value, ConfigurationErrorIds.InvalidValue, $"'{key}' must be one of {string.Join(", ", allowed.Select(a => $"'{a}'"))}; found '{text}'.{Suggest(text, allowed)}");
        return null;
    }

    /// <summary>A sequence of strings with their nodes (for positioned errors about single items).</summary>
    public IReadOnlyList<(string Value, YamlNode Node, YamlMap Owner)> GetStrings(OptionSpec option) => GetStrings(option.Name, option.Required);

    public IReadOnlyList<(string Value, YamlNode Node, YamlMap Owner)> GetStrings(string key, bool required = false)
    {
        var (value, owner) = Lookup(key, required);
        if (value is null)
        {
            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            owner.Error(value, ConfigurationErrorIds.InvalidValue, $"'{key}' must be a list.");
            return [];
        }

        var items = new List<(string, YamlNode, YamlMap)>();
        var firstNodes = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var item in sequence.Children)
        {
            if (owner.AsString(item, $"{key}[{items.Count}]") is not { } text)
            {
                continue;
            }

            // A second copy changes nothing a rule does, so it is a slip (a word added again to a long list) that
            // hides what the author meant to add; naming it keeps lists that grow by hand honest.
            if (firstNodes.TryGetValue(text, out var first))
            {
                owner.Error(item, ConfigurationErrorIds.InvalidValue, $"'{key}' holds '{text}' twice (first at {first.Start.Line}:{first.Start.Column}); remove one.");
                continue;
            }

            firstNodes[text] = item;
            items.Add((text, item, owner));
        }

        if (items.Count == 0 && required)
        {
            owner.Error(value, ConfigurationErrorIds.InvalidValue, $"'{key}' must not be empty.");
        }

        return items;
    }

    /// <summary>A list of lower-case ISO 639-1 language codes; others are errors at their own position.</summary>
    public List<string> GetLanguages(string key)
    {
        var languages = new List<string>();
        foreach (var (code, node, owner) in GetStrings(key))
        {
            if (code.Length == 2 && code.All(char.IsAsciiLetterLower))
            {
                languages.Add(code);
            }
            else
            {
                owner.Error(node, ConfigurationErrorIds.InvalidValue, $"Language '{code}' must be a lower-case ISO 639-1 code, such as 'nl'.");
            }
        }

        return languages;
    }

    /// <summary>A mapping of strings to strings, in file order, with the key nodes for positioned errors.</summary>
    public IReadOnlyList<(string Key, string Value, YamlNode Node, YamlMap Owner)> GetStringMap(OptionSpec option)
    {
        var (mapping, owner) = LookupMapping(option, "a mapping of strings to strings");
        if (mapping is null)
        {
            return [];
        }

        var entries = new List<(string, string, YamlNode, YamlMap)>();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (owner.AsString(keyNode, option.Name + " key") is { } from && owner.AsStringOrEmpty(valueNode, $"{option.Name}['{from}']") is { } to)
            {
                entries.Add((from, to, keyNode, owner));
            }
        }

        if (entries.Count == 0 && option.Required)
        {
            owner.Error(mapping, ConfigurationErrorIds.InvalidValue, $"'{option.Name}' must not be empty.");
        }

        return entries;
    }

    /// <summary>A mapping of names to lists of strings, in file order; each list is read as <see cref="GetStrings(string, bool)"/> reads one.</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<(string Value, YamlNode Node, YamlMap Owner)> Items, YamlNode Node)> GetStringListMap(OptionSpec option)
    {
        var (mapping, owner) = LookupMapping(option, "a mapping of names to lists of strings");
        if (mapping is null)
        {
            return [];
        }

        var lists = new YamlMap(mapping, owner.Path, Errors) { Trusted = owner.Trusted };
        var entries = new List<(string, IReadOnlyList<(string, YamlNode, YamlMap)>, YamlNode)>();
        foreach (var keyNode in mapping.Children.Keys)
        {
            if (owner.AsString(keyNode, option.Name + " key") is { } name)
            {
                entries.Add((name, lists.GetStrings(name, required: true), keyNode));
            }
        }

        return entries;
    }

    /// <summary>The option's value when it is a mapping; otherwise null, after an error when it is something else.</summary>
    private (YamlMappingNode? Mapping, YamlMap Owner) LookupMapping(OptionSpec option, string shape)
    {
        var (value, owner) = Lookup(option.Name, option.Required);
        if (value is null or YamlMappingNode)
        {
            return (value as YamlMappingNode, owner);
        }

        owner.Error(value, ConfigurationErrorIds.InvalidValue, $"'{option.Name}' must be {shape}.");
        return (null, owner);
    }

    /// <summary>Like <see cref="AsString"/>, but an empty or null scalar is the empty string (a deletion in a swap table).</summary>
    public string? AsStringOrEmpty(YamlNode value, string what) =>
        value is YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or "~" or "null" } ? "" : AsString(value, what);

    public YamlMap? GetMap(string key, bool required = false)
    {
        var (value, owner) = Lookup(key, required);
        if (value is null)
        {
            return null;
        }

        if (value is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, owner.Path, Errors) { Trusted = owner.Trusted };
        }

        owner.Error(value, ConfigurationErrorIds.InvalidValue, $"'{key}' must be a mapping.");
        return null;
    }

    public YamlSequenceNode? GetSequence(string key)
    {
        var (value, owner) = Lookup(key);
        if (value is null or YamlSequenceNode)
        {
            return (YamlSequenceNode?)value;
        }

        owner.Error(value, ConfigurationErrorIds.InvalidValue, $"'{key}' must be a list.");
        return null;
    }

    public YamlMap Child(YamlMappingNode mapping) => new(mapping, Path, Errors) { Trusted = Trusted };

    /// <summary>Records an error for every key no one read: strict files fail loudly instead of silently doing nothing.</summary>
    public void ReportUnknownKeys(string where, IReadOnlyCollection<string>? known = null)
    {
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? key.ToString();
            if (!read.Contains(name))
            {
                var nearest = Nearest(name, read.Concat(known ?? []));
                if (nearest is not null && missing.Remove(nearest, out var missingError))
                {
                    // 'rulse' for 'rules': one error about the misspelling, not a second one about the key it meant.
                    Errors.Remove(missingError);
                }

                Error(key, ConfigurationErrorIds.UnknownKey, $"Unknown key '{name}' in {where}.{(nearest is null ? "" : $" Did you mean '{nearest}'?")}");
            }
        }
    }

    private (YamlNode? Value, YamlMap Owner) Find(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value, this)
        : fallback is not null ? fallback.Find(key)
        : (null, this);

    private static bool IsNull(string text) => text is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>" Did you mean 'x'?" when a known word is near what was written (see <see cref="Nearest"/>), else "".</summary>
    internal static string Suggest(string text, IEnumerable<string> candidates) =>
        Nearest(text, candidates) is { } nearest ? $" Did you mean '{nearest}'?" : "";

    /// <summary>
    /// The known word one or two edits from <paramref name="text"/> (two neighbours swapped count as one, as in
    /// 'rulse'), or that starts with it; null when none is.
    /// </summary>
    private static string? Nearest(string text, IEnumerable<string> candidates) => candidates
        .Select(c => (Candidate: c, Distance: text.Length >= 3 && c.StartsWith(text, StringComparison.OrdinalIgnoreCase) ? 1 : EditDistance.Compute(text, c, ignoreCase: true)))
        .Select(c => c.Distance == 2 && IsOneSwapAway(text, c.Candidate) ? c with { Distance = 1 } : c)
        .Where(c => c.Distance <= Math.Max(1, Math.Min(2, c.Candidate.Length / 3)))
        .OrderBy(c => c.Distance)
        .ThenBy(c => c.Candidate, StringComparer.Ordinal)
        .FirstOrDefault().Candidate;

    private static bool IsOneSwapAway(string text, string candidate)
    {
        if (text.Length != candidate.Length)
        {
            return false;
        }

        var first = 0;
        while (first < text.Length && char.ToLowerInvariant(text[first]) == char.ToLowerInvariant(candidate[first]))
        {
            first++;
        }

        return first + 1 < text.Length
            && char.ToLowerInvariant(text[first]) == char.ToLowerInvariant(candidate[first + 1])
            && char.ToLowerInvariant(text[first + 1]) == char.ToLowerInvariant(candidate[first])
            && text[(first + 2)..].Equals(candidate[(first + 2)..], StringComparison.OrdinalIgnoreCase);
    }
}
