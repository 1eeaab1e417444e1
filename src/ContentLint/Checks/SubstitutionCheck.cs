using System.Text.RegularExpressions;
using ContentLint.Configuration;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint.Checks;

/// <summary>
/// <c>kind: substitution</c> — a swap table: each key found in a unit is reported with its replacement, and the
/// fix swaps it in. Keys are literal text (mojibake such as <c>Ã©</c>, entities such as <c>&amp;amp;</c>) or, with
/// <c>regex: true</c>, regular expressions whose replacements may use <c>$1</c> and <c>${name}</c>.
/// </summary>
internal sealed class SubstitutionCheck : YamlRule
{
    private static readonly OptionSpec SwapsOption = OptionSpec.StringMap(
        "swaps", "The swap table: each key is replaced by its value (an empty value deletes the key's text).", required: true);

    private static readonly OptionSpec RegexOption = OptionSpec.Boolean(
        "regex", "Read the keys as regular expressions and the values as replacement patterns.", defaultValue: false);

    private static readonly OptionSpec IgnoreCaseOption = OptionSpec.Boolean(
        "ignore-case", "Match the keys without regard to case.", defaultValue: false);

    private readonly IReadOnlyList<Swap> swaps;
    private readonly bool lineIndependent;
    private readonly bool keysAreRegexes;

    private SubstitutionCheck(RuleDefinition definition, IReadOnlyList<Swap> swaps, bool lineIndependent, bool keysAreRegexes)
        : base(definition)
    {
        this.swaps = swaps;
        this.lineIndependent = definition.Scope.IsLines && lineIndependent;
        this.keysAreRegexes = keysAreRegexes;
    }

    public static IReadOnlyList<OptionSpec> Options { get; } = [SwapsOption, RegexOption, IgnoreCaseOption];

    // Literal keys are one escaped alternation without groups; only regex keys can name any.
    internal override IEnumerable<string> ExtraPlaceholders => (keysAreRegexes ? NamedGroups(Patterns) : []).Prepend("replacement");

    internal override IEnumerable<RulePattern> Patterns => swaps.Select(swap => swap.Regex);

    public static YamlRule Create(RuleDefinition definition, YamlMap options)
    {
        var table = options.GetStringMap(SwapsOption);
        var ignoreCase = options.GetBool(IgnoreCaseOption) ? RegexOptions.IgnoreCase : RegexOptions.None;
        List<Swap> swaps;
        var keysAreRegexes = options.GetBool(RegexOption);
        if (keysAreRegexes)
        {
            swaps = [];
            foreach (var (key, value, node, owner) in table)
            {
                if (RuleRegex.TryCompile(owner, node, key, ignoreCase) is { } regex)
                {
                    swaps.Add(new Swap(regex, match => match.Result(value)));
                }
            }
        }
        else
        {
            // One alternation for the whole table, longest keys first so "Ã©" wins over "Ã".
            var lookup = new Dictionary<string, string>(ignoreCase == RegexOptions.None ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value, node, owner) in table)
            {
                if (key.Length == 0 || !lookup.TryAdd(key, value))
                {
                    owner.Error(node, ConfigurationErrorIds.InvalidValue, key.Length == 0 ? "A swap key must not be empty." : $"The swap key '{key}' appears twice.");
                }
            }

            var alternation = string.Join("|", lookup.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
            swaps = lookup.Count == 0 ? [] : [new Swap(RulePattern.Deferred(alternation, ignoreCase), match => lookup[match.Value])];
        }

        // Literal keys without line breaks can be searched a whole run of lines at a time.
        var lineIndependent = keysAreRegexes
            ? table.All(entry => !MayDependOnLines(entry.Key))
            : table.All(entry => entry.Key.IndexOfAny(['\n', '\r']) < 0);

        // Replacing is what a swap table is for: the fix needs no 'fix: replace' line.
        return new SubstitutionCheck(definition with { Fix = FixKind.Replace }, swaps, lineIndependent, keysAreRegexes);
    }

    private protected override void AnalyzeDocument(RuleContext context)
    {
        var document = context.Document;
        var found = lineIndependent
            ? FindInLines(document, run => Matches(document, run), m => m.Span).Select(m => m.Match)
            : Units(document).SelectMany(unit => Matches(document, unit));
        foreach (var (span, text, replacement, groups) in found)
        {
            Report(context, span, [.. groups, KeyValuePair.Create("match", text), KeyValuePair.Create("replacement", replacement)], replacement);
        }
    }

    /// <summary>
    /// The swaps' matches in <paramref name="area"/> that are kept: leftmost, then longest, wins; a match overlapping
    /// one already taken is dropped, so fixes never collide.
    /// </summary>
    private List<SwapMatch> Matches(Documents.Document document, TextRange area)
    {
        var matches = new List<SwapMatch>();
        foreach (var swap in swaps)
        {
            for (var match = swap.Regex.Match(document.Text, area.Start, area.Length); match.Success; match = match.NextMatch())
            {
                if (match.Length > 0)
                {
                    matches.Add(new SwapMatch(new TextRange(match.Index, match.Length), match.Value, swap.Replace(match), NamedGroupValues(match)));
                }
            }
        }

        var kept = new List<SwapMatch>();
        var end = -1;
        foreach (var match in matches.OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length))
        {
            if (match.Span.Start >= end)
            {
                kept.Add(match);
                end = match.Span.End;
            }
        }

        return kept;
    }

    private sealed record Swap(RulePattern Regex, Func<Match, string> Replace);

    /// <summary>One key found: where, its text, what replaces it, and the named groups of a regex key.</summary>
    private sealed record SwapMatch(TextRange Span, string Text, string Replacement, IReadOnlyList<KeyValuePair<string, string>> Groups);
}
