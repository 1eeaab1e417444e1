using System.Text.RegularExpressions;
using ContentLint.Configuration;
using ContentLint.Rules;

namespace ContentLint.Checks;

/// <summary>Compiles the regular expressions of rule files: culture-invariant, with a match timeout, errors positioned.</summary>
internal static partial class RuleRegex
{
    /// <summary>How long one match may run before the rule is stopped: a hostile pattern must not hang a CI job.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The match timeout of the built-in pack's precompiled patterns. Longer than <see cref="MatchTimeout"/> because
    /// the clock starts before the just-in-time compiler has compiled the pattern's generated code on its first
    /// use, which on a loaded machine took more than a second for the larger patterns and stopped a rule that had
    /// done nothing wrong. It still stops a runaway match.
    /// </summary>
    public const int PrecompiledMatchTimeoutMilliseconds = 10_000;

    public const RegexOptions BaseOptions = RegexOptions.CultureInvariant;

    /// <summary>A pattern from a rule file: checked now, unless the file is trusted (built in).</summary>
    /// <exception cref="ArgumentException">The pattern does not compile.</exception>
    public static RulePattern Create(string pattern, RegexOptions options, bool trusted = false) =>
        trusted ? RulePattern.Deferred(pattern, options) : RulePattern.Checked(pattern, options);

    /// <summary>The word list a rule's patterns name as <see cref="VocabularyPlaceholder"/>, kept as a list rather than spelt out inside each pattern.</summary>
    public static readonly OptionSpec VocabularyOption = OptionSpec.StringList(
        "vocabulary", "Words and phrases, each literal (any white space in a phrase matches any run of spaces or tabs), that the patterns name as {vocabulary}: it stands for one group of them as alternatives, longest first.");

    /// <summary>Several named word lists, for a rule whose patterns need more than one (month names, weekday names, labels).</summary>
    public static readonly OptionSpec VocabulariesOption = OptionSpec.StringListMap(
        "vocabularies", "Named lists of words and phrases, each read like 'vocabulary', that the patterns name as {vocabulary:NAME}.");

    /// <summary>Where a pattern takes the rule's <see cref="VocabularyOption"/>.</summary>
    public const string VocabularyPlaceholder = "{vocabulary}";

    /// <summary>
    /// Compiles every pattern listed under <paramref name="option"/>, with each vocabulary placeholder replaced by its
    /// list (<see cref="ReadVocabularies"/>); bad patterns and unknown placeholders are recorded at their own line and column.
    /// </summary>
    public static IReadOnlyList<RulePattern> CompileAll(YamlMap map, OptionSpec option, RegexOptions options, IReadOnlyDictionary<string, string>? vocabularies = null) =>
        map.GetStrings(option).Select(item => Compile(item, options, vocabularies)).OfType<RulePattern>().ToList();

    /// <summary>One pattern of a list (<see cref="CompileAll"/>), or null when it is recorded as a mistake.</summary>
    public static RulePattern? Compile((string Value, YamlDotNet.RepresentationModel.YamlNode Node, YamlMap Owner) item, RegexOptions options, IReadOnlyDictionary<string, string>? vocabularies = null) =>
        WithVocabularies(item.Owner, item.Node, item.Value, vocabularies ?? NoVocabularies) is { } pattern ? TryCompile(item.Owner, item.Node, pattern, options) : null;

    private static readonly IReadOnlyDictionary<string, string> NoVocabularies = new Dictionary<string, string>();

    /// <summary>
    /// The rule's vocabularies by placeholder (<c>{vocabulary}</c> and <c>{vocabulary:NAME}</c>), each as one regex
    /// group of escaped alternatives, longest first.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ReadVocabularies(YamlMap map)
    {
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Group(map.GetStrings(VocabularyOption)) is { } single)
        {
            groups[VocabularyPlaceholder] = single;
        }

        foreach (var (name, items, node) in map.GetStringListMap(VocabulariesOption))
        {
            if (Group(items) is { } group)
            {
                groups["{vocabulary:" + name + "}"] = group;
            }
            else
            {
                map.Error(node, ConfigurationErrorIds.InvalidValue, $"The vocabulary '{name}' has no words.");
            }
        }

        return groups;
    }

    private static string? Group(IReadOnlyList<(string Value, YamlDotNet.RepresentationModel.YamlNode Node, YamlMap Owner)> items)
    {
        var words = items.Select(w => w.Value.Trim()).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return words.Count == 0
            ? null
            : "(?:" + string.Join('|', words
                .OrderByDescending(w => w.Length)
                .ThenBy(w => w, StringComparer.Ordinal)
                .Select(w => string.Join(@"[^\S\r\n]+", w.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(PhraseSet.EscapeWord)))) + ")";
    }

    private static string? WithVocabularies(YamlMap map, YamlDotNet.RepresentationModel.YamlNode node, string pattern, IReadOnlyDictionary<string, string> vocabularies)
    {
        foreach (Match placeholder in PlaceholderRegex().Matches(pattern))
        {
            if (!vocabularies.ContainsKey(placeholder.Value))
            {
                var missing = placeholder.Value == VocabularyPlaceholder ? "the rule has no 'vocabulary' list" : $"'vocabularies' has no '{placeholder.Groups[1].Value}' list";
                map.Error(node, ConfigurationErrorIds.InvalidValue, $"The pattern uses {placeholder.Value}, but {missing}.");
                return null;
            }
        }

        return PlaceholderRegex().Replace(pattern, m => vocabularies[m.Value]);
    }

    [GeneratedRegex(@"\{vocabulary(?::([A-Za-z][\w-]*))?\}", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderRegex();

    public static RulePattern? TryCompile(YamlMap map, YamlDotNet.RepresentationModel.YamlNode node, string pattern, RegexOptions options)
    {
        try
        {
            return Create(pattern, options, map.Trusted);
        }
        catch (ArgumentException e)
        {
            map.Error(node, ConfigurationErrorIds.InvalidRegex, $"Invalid regular expression '{pattern}': {e.Message}");
            return null;
        }
    }
}
