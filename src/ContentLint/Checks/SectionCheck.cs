using System.Globalization;
using System.Text.RegularExpressions;
using ContentLint.Configuration;
using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint.Checks;

/// <summary>
/// <c>kind: section</c> — a marker line ("Leave a Reply", "3 Comments") opens a junk region that runs to the end of
/// the document or to the first line an <c>until</c> pattern matches. The finding spans the region. The scope
/// chooses where marker lines may stand (every line, or the first or last N lines).
/// </summary>
/// <remarks>
/// A region is inferred from its marker, so it never grows over what is plainly the article: it stops before a
/// line that reads as prose (a sentence of ordinary length, two sentences, a long line), a short line followed by
/// prose (a sub-heading or a question that leads into the article), Markdown or HTML structure (headings, lists,
/// quotes, tables, fences, tags, indented code), and any line rules do not see (code, comments); without
/// <c>each-line</c>, a marker after a line ending in a colon introduces a list of the article, not junk. With <c>each-line</c> every line must also
/// show its own evidence, or (with <c>max-gap</c>) lie in a short gap that a line with evidence closes: a comment's text
/// between its commenter and its Reply link (with <c>gap-closers</c>, a longer gap that such a link closes). The fix deletes the region; it is safe only when every line it deletes is itself a
/// marker line, and unsafe (applied with <c>fix --unsafe</c>) when it deletes lines by inference.
/// </remarks>
internal sealed partial class SectionCheck : YamlRule, ITriggeredRule
{
    private static readonly OptionSpec MarkersOption = OptionSpec.StringList(
        "markers", "Phrases that make a marker line when they are the whole line (as phrase rules with match: whole-line).");

    private static readonly OptionSpec PatternsOption = OptionSpec.RegexList(
        "patterns", "Regular expressions that make a marker line when they match it.");

    private static readonly OptionSpec UntilOption = OptionSpec.RegexList(
        "until", "Regular expressions for the first line after the region; without them the region runs to the end.");

    private static readonly OptionSpec EachLineOption = OptionSpec.RegexList(
        "each-line", "Regular expressions one of which every line of the region after the marker must match (the evidence that it belongs to the junk); the region ends before the first line that matches none.");

    private static readonly OptionSpec MaxGapOption = OptionSpec.Integer(
        "max-gap", "With each-line: a line without evidence, after the first line of the region, is taken in when a line with evidence follows within this many lines (the text of a comment between its commenter and its Reply link); 0 takes in none.", 0, 100, 0);

    private static readonly OptionSpec MaxLinesOption = OptionSpec.Integer(
        "max-lines", "Report nothing when the region would hold more non-blank lines than this: the marker is then probably not junk.", 1, 100_000);

    private static readonly OptionSpec GapClosersOption = OptionSpec.RegexList(
        "gap-closers", "With each-line: regular expressions for the lines that close a comment (its Reply or Report link); such a line shows evidence as an each-line match does, and closes a gap of up to max-closed-gap lines.");

    private static readonly OptionSpec MaxClosedGapOption = OptionSpec.Integer(
        "max-closed-gap", "With gap-closers: the most lines without evidence taken in when a gap-closers line follows them (a long comment before its Reply link).", 0, 100, 0);

    private static readonly OptionSpec MinLinesOption = OptionSpec.Integer(
        "min-lines", "Report nothing when the region holds fewer non-blank lines than this.", 1, 100_000, 1);

    private static readonly OptionSpec IncludeMarkerOption = OptionSpec.Boolean(
        "include-marker", "Whether the marker line is part of the region; false when another rule reports the marker itself.", defaultValue: true);

    private static readonly OptionSpec IgnoreCaseOption = OptionSpec.Boolean(
        "ignore-case", "Match patterns and until without regard to case.", defaultValue: false);

    /// <summary>A line of prose has at least this many words when it ends like a sentence.</summary>
    private const int SentenceWords = 6;

    /// <summary>A line of at least this many words is prose however it ends.</summary>
    private const int ParagraphWords = 25;

    /// <summary>A commenter's name on its own line has at most this many words ("Martinxyz", "Sarah Jane Miller").</summary>
    private const int MaxNameWords = 4;

    /// <summary>A line of at least this many characters is prose however it ends.</summary>
    private const int ParagraphLength = 160;

    private readonly PhraseSet? markers;
    private readonly IReadOnlyList<RulePattern> markerPatterns;
    private readonly IReadOnlyList<RulePattern> until;
    private readonly IReadOnlyList<RulePattern> eachLine;
    private readonly int maxGap;
    private readonly IReadOnlyList<RulePattern> gapClosers;
    private readonly int maxClosedGap;
    private readonly int minLines;
    private readonly int? maxLines;
    private readonly bool includeMarker;

    private SectionCheck(RuleDefinition definition, PhraseSet? markers, IReadOnlyList<RulePattern> markerPatterns, IReadOnlyList<RulePattern> until, IReadOnlyList<RulePattern> eachLine, (int Any, IReadOnlyList<RulePattern> Closers, int Closed) gaps, int minLines, int? maxLines, bool includeMarker)
        : base(definition)
    {
        (maxGap, gapClosers, maxClosedGap) = gaps;
        this.includeMarker = includeMarker;
        this.markers = markers;
        this.markerPatterns = markerPatterns;
        this.until = until;
        this.eachLine = eachLine;
        this.minLines = minLines;
        this.maxLines = maxLines;
    }

    public static IReadOnlyList<OptionSpec> Options { get; } = [MarkersOption, PatternsOption, RuleRegex.VocabularyOption, RuleRegex.VocabulariesOption, UntilOption, EachLineOption, MaxGapOption, GapClosersOption, MaxClosedGapOption, MinLinesOption, MaxLinesOption, IncludeMarkerOption, IgnoreCaseOption];

    internal override IEnumerable<string> ExtraPlaceholders => ["lines"];

    internal override IEnumerable<RulePattern> Patterns => [.. markers is null ? markerPatterns : markerPatterns.Prepend(markers.Pattern), .. until, .. eachLine, .. gapClosers];

    /// <summary>Marker phrases let the rule skip documents without them, unless patterns can find markers too.</summary>
    public IEnumerable<TriggerSet> TriggerSets => markers is not null && markerPatterns.Count == 0 ? [markers.Triggers] : [];

    public static YamlRule Create(RuleDefinition definition, YamlMap options)
    {
        var phrases = options.GetStrings(MarkersOption).Select(m => m.Value).ToList();
        var ignoreCase = options.GetBool(IgnoreCaseOption) ? RegexOptions.IgnoreCase : RegexOptions.None;
        var vocabulary = RuleRegex.ReadVocabularies(options);
        var patterns = RuleRegex.CompileAll(options, PatternsOption, ignoreCase, vocabulary);
        if (!options.Has(MarkersOption.Name) && !options.Has(PatternsOption.Name))
        {
            options.Error(options.Start, ConfigurationErrorIds.MissingKey, "A section rule needs 'markers' (whole-line phrases) or 'patterns' (regular expressions) to find its marker line.");
        }

        if (options.Has(MaxGapOption.Name) && !options.Has(EachLineOption.Name))
        {
            options.Error(options.Start, ConfigurationErrorIds.InvalidValue, "'max-gap' needs 'each-line': the lines with evidence that close each gap.");
        }

        if (options.Has(GapClosersOption.Name) != options.Has(MaxClosedGapOption.Name) || (options.Has(GapClosersOption.Name) && !options.Has(EachLineOption.Name)))
        {
            options.Error(options.Start, ConfigurationErrorIds.InvalidValue, "'gap-closers' and 'max-closed-gap' go together, with 'each-line'.");
        }

        return new SectionCheck(
            definition,
            phrases.Count > 0 ? new PhraseSet(phrases, PhrasePosition.WholeLine) : null,
            patterns,
            RuleRegex.CompileAll(options, UntilOption, ignoreCase, vocabulary),
            RuleRegex.CompileAll(options, EachLineOption, ignoreCase, vocabulary),
            (options.GetInt(MaxGapOption)!.Value, RuleRegex.CompileAll(options, GapClosersOption, ignoreCase, vocabulary), options.GetInt(MaxClosedGapOption)!.Value),
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

            if (eachLine.Count == 0 && i > 0 && Adjacent(lines[i - 1], lines[i]) && document.GetText(lines[i - 1]).TrimEnd() is [.., ':'])
            {
                // "The plan has three parts:" then the marker: a list the article introduces, not a widget. (A region
                // whose every line shows its own evidence is no list of the article's.)
                continue;
            }

            var last = i;
            var markersOnly = true;
            while (last + 1 < lines.Count && Extends(document, lines, i, last + 1))
            {
                last++;
                markersOnly &= IsMarker(document, lines[last].Span);
            }

            var first = includeMarker ? i : i + 1;
            var count = last - first + 1;
            if (count > 0 && count >= minLines && (maxLines is null || count <= maxLines))
            {
                var applicability = includeMarker && markersOnly ? FixApplicability.Safe : FixApplicability.Unsafe;
                Report(context, TextRange.FromBounds(lines[first].Start, lines[last].End), [KeyValuePair.Create("lines", count.ToString(CultureInfo.InvariantCulture))], applicability: applicability);
            }

            i = last;
        }
    }

    /// <summary>True when the region of the marker at <c>lines[marker]</c>, which ends at <c>lines[next - 1]</c>, takes in <c>lines[next]</c> too.</summary>
    private bool Extends(Document document, List<ContentLine> lines, int marker, int next)
    {
        var line = lines[next];
        var text = document.GetText(line);
        switch (EvidenceOf(document, lines, next))
        {
            case LineEvidence.EndsRegion:
                return false;
            case LineEvidence.Shown:
                return true;
        }

        if (eachLine.Count > 0)
        {
            // The line must lie in a short gap that a line with evidence closes. Right after the marker only a name
            // whose date or Reply link comes next (the first commenter) is: a count under the headline is followed by
            // the article.
            return next - 1 > marker
                ? EvidenceFollows(document, lines, next)
                : IsName(text) && next + 1 < lines.Count && EvidenceOf(document, lines, next + 1) == LineEvidence.Shown;
        }

        if (IsProse(text))
        {
            return false;
        }

        // A short line that leads into prose is the article's sub-heading or question when it stands apart from the
        // lines before it (the first after the marker, or after a blank line); a list of teasers runs line after line.
        var leadsIntoProse = next + 1 < lines.Count
            && Contiguous(document, line, lines[next + 1])
            && IsProse(document.GetText(lines[next + 1]));
        var standsApart = next - 1 == marker || !Adjacent(lines[next - 1], line);
        return !(leadsIntoProse && standsApart);
    }

    /// <summary>
    /// True when a line with evidence (or a marker) follows <c>lines[gap]</c> within <see cref="maxGap"/> lines, or a
    /// line that closes a comment (<see cref="gapClosers"/>) within <see cref="maxClosedGap"/>, with nothing that ends
    /// the region between. Only a Reply link closes a long gap: the article's own dates or names after a thread do not.
    /// </summary>
    private bool EvidenceFollows(Document document, List<ContentLine> lines, int gap)
    {
        for (var next = gap + 1; next < lines.Count && next - gap <= Math.Max(maxGap, maxClosedGap); next++)
        {
            switch (EvidenceOf(document, lines, next))
            {
                case LineEvidence.EndsRegion:
                    return false;
                case LineEvidence.Shown when next - gap <= maxGap || AnyMatch(gapClosers, document.GetText(lines[next])):
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What <c>lines[index]</c> says about the region that reaches the line before it: it ends the region (a line rules do
    /// not see comes between, an <c>until</c> line, Markdown or HTML structure), it shows its own evidence (an
    /// <c>each-line</c> or <c>gap-closers</c> match, even one that looks like structure: "28. Juli 2019" is a date, not
    /// a list item; or a marker), or neither.
    /// </summary>
    private LineEvidence EvidenceOf(Document document, List<ContentLine> lines, int index)
    {
        var text = document.GetText(lines[index]);
        if (!Contiguous(document, lines[index - 1], lines[index]) || AnyMatch(until, text))
        {
            return LineEvidence.EndsRegion;
        }

        if (AnyMatch(eachLine, text) || AnyMatch(gapClosers, text))
        {
            return LineEvidence.Shown;
        }

        if (IsStructure(text))
        {
            return LineEvidence.EndsRegion;
        }

        return IsMarker(document, lines[index].Span) ? LineEvidence.Shown : LineEvidence.None;
    }

    /// <summary>
    /// True for a line that reads as the article's prose: a sentence of ordinary length (it ends with a full stop or
    /// an exclamation mark), two sentences that end like a sentence, or a line long enough to be a paragraph.
    /// </summary>
    /// <remarks>
    /// Two sentences with no closing punctuation are a headline ("Paid ads are not the problem. Our perceptions
    /// are"), the kind of line a list of teasers is made of.
    /// </remarks>
    internal static bool IsProse(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length >= ParagraphLength)
        {
            return true;
        }

        var words = 0;
        for (var rest = trimmed; !rest.IsEmpty;)
        {
            var space = rest.IndexOf(' ');
            if (Document.HasWords(space < 0 ? rest : rest[..space]))
            {
                words++;
            }

            rest = space < 0 ? [] : rest[(space + 1)..];
        }

        return words >= ParagraphWords
            || (words >= SentenceWords && SentenceEnd().IsMatch(trimmed))
            || (words >= SentenceWords && TwoSentences().IsMatch(trimmed) && SentenceOrQuestionEnd().IsMatch(trimmed));
    }

    /// <summary>True for a line that can be a name alone: at most <see cref="MaxNameWords"/> words and no sentence punctuation.</summary>
    private static bool IsName(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        return !trimmed.IsEmpty && trimmed.Count(' ') < MaxNameWords && !SentenceOrQuestionEnd().IsMatch(trimmed);
    }

    /// <summary>True for a line that is Markdown or HTML structure: a heading, list item, quote, table row, fence, tag, rule or indented code.</summary>
    internal static bool IsStructure(ReadOnlySpan<char> text) => Structure().IsMatch(text);

    /// <summary>True when only blank lines stand between two body lines: no code, comment or other line rules do not see.</summary>
    private static bool Contiguous(Document document, ContentLine before, ContentLine after)
    {
        for (var number = before.Number + 1; number < after.Number; number++)
        {
            if (!document.IsBlank(document.Source.Lines[number - 1]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyMatch(IReadOnlyList<RulePattern> patterns, ReadOnlySpan<char> text)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="after"/> is the line right after <paramref name="before"/>.</summary>
    private static bool Adjacent(ContentLine before, ContentLine after) => after.Number == before.Number + 1;

    private bool IsMarker(Document document, TextRange line) =>
        (markers?.Matches(document.Text, line).Any() ?? false)
        || markerPatterns.Any(p => p.IsMatch(document.GetText(line)));

    private enum LineEvidence
    {
        None,
        EndsRegion,
        Shown,
    }

    [GeneratedRegex(@"[.!\u2026][\s""\u201D\u2019\u00BB)\]]*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[.!?\u2026][\s""\u201D\u2019\u00BB)\]]*$")]
    private static partial Regex SentenceOrQuestionEnd();

    [GeneratedRegex(@"\p{Ll}[.!?\u2026][""\u201D\u2019\u00BB)]*\s+[""\u201C\u2018\u00AB(]*\p{Lu}\p{Ll}*\s+\p{L}")]
    private static partial Regex TwoSentences();

    [GeneratedRegex(@"^(?: {0,3}(?:#{1,6}(?:\s|$)|>|[-*+\u2022](?:\s|$)|\d{1,9}[.)](?:\s|$)|\||```|~~~|</?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)|<!--|(?:[-=_*][ \t]*){3,}$)|(?: {4}|\t)|.*-->)")]
    private static partial Regex Structure();
}
