using System.Globalization;
using System.Text.RegularExpressions;
using ContentLint.Configuration;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint.Checks;

/// <summary>
/// <c>kind: section</c> — a marker line ("Leave a Reply", "3 Comments") opens a junk region that runs to the end of
/// the document or to the first line an <c>until</c> pattern matches. The finding spans the region. The scope
/// chooses where marker lines may stand (every line, or the first or last N lines).
/// </summary>
internal sealed class SectionCheck : YamlRule, ITriggeredRule
{
    private static readonly OptionSpec MarkersOption = OptionSpec.StringList(
        "markers", "Phrases that make a marker line when they are the whole line (as phrase rules with match: whole-line).");

    private static readonly OptionSpec PatternsOption = OptionSpec.RegexList(
        "patterns", "Regular expressions that make a marker line when they match it.");

    private static readonly OptionSpec UntilOption = OptionSpec.RegexList(
        "until", "Regular expressions for the first line after the region; without them the region runs to the end.");

    private static readonly OptionSpec MaxLinesOption = OptionSpec.Integer(
        "max-lines", "Report nothing when the region would hold more non-blank lines than this: the marker is then probably not junk.", 1, 100_000);

    private static readonly OptionSpec MinLinesOption = OptionSpec.Integer(
        "min-lines", "Report nothing when the region holds fewer non-blank lines than this.", 1, 100_000, 1);

    private static readonly OptionSpec IncludeMarkerOption = OptionSpec.Boolean(
        "include-marker", "Whether the marker line is part of the region; false when another rule reports the marker itself.", defaultValue: true);

    private static readonly OptionSpec IgnoreCaseOption = OptionSpec.Boolean(
        "ignore-case", "Match patterns and until without regard to case.", defaultValue: false);

    private readonly PhraseSet? markers;
    private readonly IReadOnlyList<RulePattern> markerPatterns;
    private readonly IReadOnlyList<RulePattern> until;
    private readonly int minLines;
    private readonly int? maxLines;
    private readonly bool includeMarker;

    private SectionCheck(RuleDefinition definition, PhraseSet? markers, IReadOnlyList<RulePattern> markerPatterns, IReadOnlyList<RulePattern> until, int minLines, int? maxLines, bool includeMarker)
        : base(definition)
    {
        this.includeMarker = includeMarker;
        this.markers = markers;
        this.markerPatterns = markerPatterns;
        this.until = until;
        this.minLines = minLines;
        this.maxLines = maxLines;
    }

    public static IReadOnlyList<OptionSpec> Options { get; } = [MarkersOption, PatternsOption, UntilOption, MinLinesOption, MaxLinesOption, IncludeMarkerOption, IgnoreCaseOption];

    internal override IEnumerable<string> ExtraPlaceholders => ["lines"];

    internal override IEnumerable<RulePattern> Patterns => [.. markers is null ? markerPatterns : markerPatterns.Prepend(markers.Pattern), .. until];

    /// <summary>Marker phrases let the rule skip documents without them, unless patterns can find markers too.</summary>
    public IEnumerable<TriggerSet> TriggerSets => markers is not null && markerPatterns.Count == 0 ? [markers.Triggers] : [];

    public static YamlRule Create(RuleDefinition definition, YamlMap options)
    {
        var phrases = options.GetStrings(MarkersOption).Select(m => m.Value).ToList();
        var ignoreCase = options.GetBool(IgnoreCaseOption) ? RegexOptions.IgnoreCase : RegexOptions.None;
        var patterns = RuleRegex.CompileAll(options, PatternsOption, ignoreCase);
        if (!options.Has(MarkersOption.Name) && !options.Has(PatternsOption.Name))
        {
            options.Error(options.Start, ConfigurationErrorIds.MissingKey, "A section rule needs 'markers' (whole-line phrases) or 'patterns' (regular expressions) to find its marker line.");
        }

        return new SectionCheck(
            definition,
            phrases.Count > 0 ? new PhraseSet(phrases, PhrasePosition.WholeLine) : null,
            patterns,
            RuleRegex.CompileAll(options, UntilOption, ignoreCase),
            options.GetInt(MinLinesOption)!.Value,
            options.GetInt(MaxLinesOption),
            options.GetBool(IncludeMarkerOption));
    }

    private protected override void AnalyzeDocument(RuleContext context)
    {
        var document = context.Document;
        if (markers is not null && markerPatterns.Count == 0 && !Triggered(context, markers.Triggers))
        {
            return;
        }

        var lines = ScopeUnits.ContentLines(document).ToList();
        // Marker lines come from the scope's units, which are lines in the same order: walk both together.
        using var candidates = Units(document).GetEnumerator();
        var candidate = candidates.MoveNext() ? candidates.Current : (TextRange?)null;
        for (var i = 0; i < lines.Count; i++)
        {
            while (candidate is { } c && c.Start < lines[i].Start)
            {
                candidate = candidates.MoveNext() ? candidates.Current : null;
            }

            if (candidate != lines[i].Span || !IsMarker(document, lines[i].Span))
            {
                continue;
            }

            var last = i;
            while (last + 1 < lines.Count && !until.Any(p => p.IsMatch(document.GetText(lines[last + 1]))))
            {
                last++;
            }

            var first = includeMarker ? i : i + 1;
            var count = last - first + 1;
            if (count > 0 && count >= minLines && (maxLines is null || count <= maxLines))
            {
                Report(context, TextRange.FromBounds(lines[first].Start, lines[last].End), [KeyValuePair.Create("lines", count.ToString(CultureInfo.InvariantCulture))]);
            }

            i = last;
        }
    }

    private bool IsMarker(Documents.Document document, TextRange line) =>
        (markers?.Matches(document.Text, line).Any() ?? false)
        || markerPatterns.Any(p => p.IsMatch(document.GetText(line)));
}
