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
    private readonly bool reportLine;

    private PatternCheck(RuleDefinition definition, IReadOnlyList<Regex> patterns, string? replacement, bool reportLine)
        : base(definition)
    {
        this.patterns = patterns;
        this.replacement = replacement;
        this.reportLine = reportLine;
    }

    public static IReadOnlyList<OptionSpec> Options { get; } = [PatternsOption, IgnoreCaseOption, ReplacementOption, ReportOption];

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

        var reportLine = options.GetChoice(ReportOption) == "line";
        if (reportLine && replacement is not null)
        {
            options.ErrorAt(ReportOption.Name, ConfigurationErrorIds.InvalidValue, "A pattern rule with a 'replacement' reports each match, not its line.");
        }

        return new PatternCheck(definition, patterns, replacement, reportLine);
    }

    private protected override void AnalyzeDocument(RuleContext context)
    {
        var document = context.Document;
        var reported = new HashSet<TextSpan>();
        foreach (var unit in Units(document))
        {
            foreach (var match in Matches(document, unit).OrderBy(m => m.Index).ThenByDescending(m => m.Length))
            {
                var span = new TextSpan(match.Index, match.Length);
                // Several patterns may find the same text; it is one finding.
                if (!reported.Add(span))
                {
                    continue;
                }

                var groups = match.Groups.Cast<Group>()
                    .Where(g => g.Success && !int.TryParse(g.Name, out _))
                    .Select(g => KeyValuePair.Create(g.Name, g.Value))
                    .ToList();
                if (reportLine)
                {
                    // "report: line" — the unit is junk as a whole: one finding for it, named after the first match.
                    groups.Add(KeyValuePair.Create("match", match.Value.Trim()));
                    Report(context, Trim(document, unit), groups);
                    break;
                }

                Report(context, span, groups, replacement is null ? null : match.Result(replacement));
            }
        }
    }

    private IEnumerable<Match> Matches(Documents.Document document, TextSpan unit)
    {
        foreach (var pattern in patterns)
        {
            for (var match = pattern.Match(document.Text, unit.Start, unit.Length); match.Success; match = match.NextMatch())
            {
                if (match.Length > 0)
                {
                    yield return match;
                }
            }
        }
    }
}
