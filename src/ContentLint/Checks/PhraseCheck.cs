using ContentLint.Configuration;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint.Checks;

/// <summary>
/// <c>kind: phrase</c> — a list of literal phrases, case-insensitive and word-bounded, found anywhere in a unit,
/// as the whole unit, or as a label at its start. With <c>report: line</c> a match flags its whole unit, once.
/// </summary>
internal sealed class PhraseCheck : YamlRule, ITriggeredRule
{
    private static readonly Dictionary<string, PhrasePosition> Positions = new(StringComparer.Ordinal)
    {
        ["anywhere"] = PhrasePosition.Anywhere,
        ["whole-line"] = PhrasePosition.WholeLine,
        ["label"] = PhrasePosition.Label,
    };

    private static readonly OptionSpec PhrasesOption = OptionSpec.StringList(
        "phrases", "The phrases. Case does not matter; any white space in a phrase matches any run of white space, U+00A0 included.", required: true);

    private static readonly OptionSpec MatchOption = OptionSpec.Choice(
        "match", "Where a phrase must stand: anywhere (as whole words), as the whole line (ignoring surrounding punctuation, symbols and white space), or as a label that starts the line and is followed by a separator (: | - – —) or nothing.", [.. Positions.Keys], "anywhere");

    private readonly PhraseSet phrases;
    private readonly bool reportLine;
    private readonly int? reportMaxLength;

    private PhraseCheck(RuleDefinition definition, PhraseSet phrases, bool reportLine, int? reportMaxLength)
        : base(definition)
    {
        this.phrases = phrases;
        this.reportLine = reportLine;
        this.reportMaxLength = reportMaxLength;
    }

    public static IReadOnlyList<OptionSpec> Options { get; } = [PhrasesOption, MatchOption, ReportOption, ReportMaxLengthOption];

    internal override IEnumerable<RulePattern> Patterns => phrases.Patterns;

    /// <summary>
    /// Only phrases found anywhere need the trigger scan, one set per trigger word: whole-line phrases and labels are
    /// tested on short units and at line starts, which is cheaper than looking their words up in every line.
    /// </summary>
    public IEnumerable<TriggerSet> TriggerSets => phrases.Groups.Select(g => g.Trigger);

    public static YamlRule Create(RuleDefinition definition, YamlMap options)
    {
        var list = options.GetStrings(PhrasesOption).Select(p => p.Value).ToList();
        var position = Positions[options.GetChoice(MatchOption)!];
        var reportLine = options.GetChoice(ReportOption) == "line";
        return new PhraseCheck(definition, new PhraseSet(list, position, acrossLines: !definition.Scope.IsLines), reportLine, GetReportMaxLength(options, reportLine));
    }

    private protected override void AnalyzeDocument(RuleContext context)
    {
        var document = context.Document;
        IEnumerable<(TextRange Unit, TextRange Match)> found;
        if (phrases.Position == PhrasePosition.Anywhere)
        {
            // Only the groups whose trigger word the document holds are run, and each only on the units that hold it.
            var groups = phrases.Groups.Where(g => Triggered(context, g.Trigger)).ToList();
            if (groups.Count == 0)
            {
                return;
            }

            found = Units(document).SelectMany(unit => FirstMatches(groups
                .Where(g => Triggered(context, g.Trigger, unit))
                .SelectMany(g => PhraseSet.Matches(g, document.Text, unit)))
                .Select(match => (Unit: unit, Match: match)));
        }
        else
        {
            found = Units(document).SelectMany(unit => phrases.Matches(document.Text, unit).Select(match => (Unit: unit, Match: match)));
        }

        var reported = new HashSet<TextRange>();
        foreach (var (unit, span) in found)
        {
            if (!reportLine)
            {
                Report(context, span);
                continue;
            }

            // "report: line" — the whole unit (or the sentence) is junk: one finding, named after the first phrase found.
            var (finding, wholeUnit) = LineFinding(document, unit, span, reportMaxLength);
            if (reported.Add(finding))
            {
                Report(context, finding, [KeyValuePair.Create("match", document.GetText(span).ToString())], offerFix: wholeUnit);
            }
        }
    }

    /// <summary>The matches of several groups in one unit as one regex would find them: leftmost first, longest at a position, none overlapping an earlier one.</summary>
    private static IEnumerable<TextRange> FirstMatches(IEnumerable<TextRange> matches)
    {
        var end = -1;
        foreach (var match in matches.OrderBy(m => m.Start).ThenByDescending(m => m.Length))
        {
            if (match.Start >= end)
            {
                end = match.End;
                yield return match;
            }
        }
    }
}
