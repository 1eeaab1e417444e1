using System.Text.RegularExpressions;
using ContentLint.Configuration;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint.Checks;

/// <summary>
/// <c>kind: pattern</c> — regular expressions matched in each unit; named groups become message placeholders,
/// and <c>replacement</c> (with <c>$1</c>, <c>${name}</c>) offers a replace fix.
/// </summary>
internal sealed class PatternCheck : YamlRule
{
    private static readonly OptionSpec PatternsOption = OptionSpec.RegexList(
        "patterns", ".NET regular expressions, culture-invariant, matched in each unit (a unit is the input: ^ and $ are its ends).", required: true);

    private static readonly OptionSpec IgnoreCaseOption = OptionSpec.Boolean(
        "ignore-case", "Match the patterns without regard to case.", defaultValue: false);

    private static readonly OptionSpec ReplacementOption = OptionSpec.String(
        "replacement", "For fix: replace, the replacement text; $1 or ${name} insert groups.");

    private readonly IReadOnlyList<Regex> patterns;
    private readonly string? replacement;

    private PatternCheck(RuleDefinition definition, IReadOnlyList<Regex> patterns, string? replacement)
        : base(definition)
    {
        this.patterns = patterns;
        this.replacement = replacement;
    }

    public static IReadOnlyList<OptionSpec> Options { get; } = [PatternsOption, IgnoreCaseOption, ReplacementOption];

    internal override IEnumerable<string> ExtraPlaceholders =>
        patterns.SelectMany(p => p.GetGroupNames()).Where(name => !int.TryParse(name, out _)).Distinct();

    public static YamlRule Create(RuleDefinition definition, YamlMap options)
    {
        var ignoreCase = options.GetBool(IgnoreCaseOption) ? RegexOptions.IgnoreCase : RegexOptions.None;
        var patterns = RuleRegex.CompileAll(options, PatternsOption, ignoreCase);
        var replacement = options.GetString(ReplacementOption);
        if ((definition.Fix == FixKind.Replace) != (replacement is not null))
        {
            options.ErrorAt(replacement is null ? "fix" : ReplacementOption.Name, ConfigurationErrorIds.InvalidValue, "A pattern rule offers 'fix: replace' exactly when it has a 'replacement'.");
        }

        return new PatternCheck(definition, patterns, replacement);
    }

    private protected override void AnalyzeDocument(RuleContext context)
    {
        var document = context.Document;
        var reported = new HashSet<TextSpan>();
        foreach (var unit in Units(document))
        {
            foreach (var pattern in patterns)
            {
                for (var match = pattern.Match(document.Text, unit.Start, unit.Length); match.Success; match = match.NextMatch())
                {
                    var span = new TextSpan(match.Index, match.Length);
                    // Several patterns may find the same text; it is one finding.
                    if (span.IsEmpty || !reported.Add(span))
                    {
                        continue;
                    }

                    var groups = match.Groups.Cast<Group>()
                        .Where(g => g.Success && !int.TryParse(g.Name, out _))
                        .Select(g => KeyValuePair.Create(g.Name, g.Value));
                    Report(context, span, groups, replacement is null ? null : match.Result(replacement));
                }
            }
        }
    }
}
