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

    private SubstitutionCheck(RuleDefinition definition, IReadOnlyList<Swap> swaps)
        : base(definition)
    {
        this.swaps = swaps;
    }

    public static IReadOnlyList<OptionSpec> Options { get; } = [SwapsOption, RegexOption, IgnoreCaseOption];

    internal override IEnumerable<string> ExtraPlaceholders => ["replacement"];

    public static YamlRule Create(RuleDefinition definition, YamlMap options)
    {
        var table = options.GetStringMap(SwapsOption);
        var ignoreCase = options.GetBool(IgnoreCaseOption) ? RegexOptions.IgnoreCase : RegexOptions.None;
        List<Swap> swaps;
        if (options.GetBool(RegexOption))
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
            swaps = lookup.Count == 0 ? [] : [new Swap(new Regex(alternation, RuleRegex.BaseOptions | ignoreCase, RuleRegex.MatchTimeout), match => lookup[match.Value])];
        }

        // Replacing is what a swap table is for: the fix needs no 'fix: replace' line.
        return new SubstitutionCheck(definition with { Fix = FixKind.Replace }, swaps);
    }

    private protected override void AnalyzeDocument(RuleContext context)
    {
        var document = context.Document;
        foreach (var unit in Units(document))
        {
            var matches = new List<(TextSpan Span, string Text, string Replacement)>();
            foreach (var swap in swaps)
            {
                for (var match = swap.Regex.Match(document.Text, unit.Start, unit.Length); match.Success; match = match.NextMatch())
                {
                    if (match.Length > 0)
                    {
                        matches.Add((new TextSpan(match.Index, match.Length), match.Value, swap.Replace(match)));
                    }
                }
            }

            // Leftmost, then longest, wins; a match overlapping one already taken is dropped, so fixes never collide.
            var end = -1;
            foreach (var (span, text, replacement) in matches.OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length))
            {
                if (span.Start >= end)
                {
                    Report(context, span, [KeyValuePair.Create("match", text), KeyValuePair.Create("replacement", replacement)], replacement);
                    end = span.End;
                }
            }
        }
    }

    private sealed record Swap(Regex Regex, Func<Match, string> Replace);
}
