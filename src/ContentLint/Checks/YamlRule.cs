using System.Text.RegularExpressions;
using ContentLint.Configuration;
using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Rules;
using ContentLint.Text;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Checks;

/// <summary>
/// A rule defined in a YAML file. The shared fields live on <see cref="Definition"/>; each <c>kind</c> is one
/// subclass that finds matches in the units its scope selects, and this base turns a match into a diagnostic
/// with the rule's message, exceptions and fix.
/// </summary>
internal abstract class YamlRule : IRule
{
    private readonly Lazy<bool> readsVisibleText;

    private protected YamlRule(RuleDefinition definition)
    {
        Definition = definition;
        readsVisibleText = new(() => definition.Descriptor.Category != RuleCategories.Encoding.Name && !Patterns.Any(p => VisibleText.IsNamedIn(p.ToString())));
    }

    /// <summary>
    /// True when the rule reads a document as it reads (<see cref="VisibleText"/>), without soft hyphens and zero-width
    /// spaces: a rule that reads words. An encoding rule, or one whose expressions name one of those characters, looks
    /// for the characters themselves and reads the text as written.
    /// </summary>
    internal bool ReadsVisibleText => readsVisibleText.Value;

    /// <summary>The rule's shared fields, as its file defines them.</summary>
    public RuleDefinition Definition { get; }

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Definition.Descriptor;

    /// <summary>The <c>report</c> option of the kinds that find text inside a unit (phrase, pattern).</summary>
    private protected static readonly OptionSpec ReportOption = OptionSpec.Choice(
        "report", "What a finding covers: the text matched, or the whole line (unit) it is in, once per line.", ["match", "line"], "match");

    /// <summary>The <c>report-max-length</c> option of the kinds that can report whole lines (phrase, pattern).</summary>
    private protected static readonly OptionSpec ReportMaxLengthOption = OptionSpec.Integer(
        "report-max-length", "With report: line, the longest unit reported whole; in a longer unit only the sentence that holds the match is reported, without a fix: a short marker does not make a long paragraph junk.", 1, int.MaxValue);

    /// <summary>The <c>report-max-length</c> value, which only <c>report: line</c> rules may set.</summary>
    private protected static int? GetReportMaxLength(YamlMap options, bool reportLine)
    {
        var maxLength = options.GetInt(ReportMaxLengthOption);
        if (maxLength is not null && !reportLine)
        {
            options.ErrorAt(ReportMaxLengthOption.Name, ConfigurationErrorIds.InvalidValue, "'report-max-length' applies only to rules with 'report: line'.");
        }

        return maxLength;
    }

    /// <summary>Sentence ends: a finding cut down to its sentence runs from one of these to the next.</summary>

    /// <summary>The placeholders this rule can fill in its message, besides <c>{match}</c>.</summary>
    internal virtual IEnumerable<string> ExtraPlaceholders => [];

    /// <summary>True for the kinds that read the corpus evidence (<see cref="RuleContext.Corpus"/>): their examples are linted as one corpus.</summary>
    internal virtual bool ReadsCorpus => false;

    /// <summary>The regular expressions the rule's kind runs (besides the exceptions), for precompiling the built-in pack.</summary>
    internal virtual IEnumerable<RulePattern> Patterns => [];

    /// <summary>The patterns gated on the literals read from them (<see cref="RequiredLiterals"/>), which the build reads once for the built-in pack.</summary>
    internal virtual IReadOnlyList<RulePattern> GatedPatterns => [];

    /// <summary>The mapping the rule was read from: configuration options are laid over it to build a variant.</summary>
    internal YamlMappingNode? Source { get; set; }

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        AnalyzeDocument(context);
    }

    /// <summary>Finds this rule's matches in a document whose language the rule applies to (the linter checks it).</summary>
    private protected abstract void AnalyzeDocument(RuleContext context);

    /// <summary>The units of the document the rule's scope selects, without those longer than <c>max-length</c>.</summary>
    private protected IEnumerable<TextRange> Units(Document document) =>
        Definition.MaxLength is { } maxLength
            ? ScopeUnits.Of(document, Definition.Scope).Where(unit => unit.Length <= maxLength)
            : ScopeUnits.Of(document, Definition.Scope);

    /// <summary>
    /// For line-scoped rules whose matches never span a line break nor depend on where a line starts or ends:
    /// runs <paramref name="find"/> once per run of consecutive body lines — a few calls per document instead of
    /// one per line — and keeps the matches that lie inside one of the lines the scope selects.
    /// </summary>
    private protected IEnumerable<(TextRange Unit, T Match)> FindInLines<T>(Document document, Func<TextRange, IEnumerable<T>> find, Func<T, TextRange> spanOf)
    {
        var units = Units(document).ToList();
        if (units.Count == 0)
        {
            yield break;
        }

        var starts = units.Select(u => u.Start).ToArray();
        foreach (var run in ScopeUnits.Of(document, RuleScope.Document))
        {
            foreach (var match in find(run))
            {
                var span = spanOf(match);
                var at = Array.BinarySearch(starts, span.Start);
                at = at < 0 ? ~at - 1 : at;
                if (at >= 0 && span.End <= units[at].End)
                {
                    yield return (units[at], match);
                }
            }
        }
    }

    /// <summary>True for a regex that may match a line break or depends on a unit's ends, by a conservative reading of its text.</summary>
    private protected static bool MayDependOnLines(string pattern) =>
        new[] { ".", "[^", "\\s", "\\S", "\\W", "\\D", "\\P", "\\p{C", "\\n", "\\r", "\\x0", "\\u000", "^", "$", "\\A", "\\z", "\\Z", "\\G", "(?<=", "(?m", "(?s", "(?x" }
            .Any(token => pattern.Contains(token, StringComparison.Ordinal));

    /// <summary>True when <paramref name="unit"/> holds one of the trigger words (or no trigger scan is at hand).</summary>
    private protected static bool Triggered(RuleContext context, TriggerSet triggers, TextRange unit) =>
        context.Triggers?.Value.Any(triggers, unit) ?? true;

    /// <summary>True when the document holds one of the trigger words (or no trigger scan is at hand).</summary>
    private protected static bool Triggered(RuleContext context, TriggerSet triggers) =>
        context.Triggers?.Value.Any(triggers) ?? true;

    /// <summary>
    /// What a match of a <c>report: line</c> rule covers: its whole unit, or — in a unit longer than
    /// <paramref name="maxLength"/> — only the sentence that holds the match, which gets no fix, since the rest of
    /// the paragraph is not shown to be junk.
    /// </summary>
    private static (TextRange Span, bool WholeUnit) LineFinding(Document document, TextRange unit, TextRange match, int? maxLength)
    {
        var whole = Trim(document, unit);
        return maxLength is { } limit && whole.Length > limit
            ? (Trim(document, SentenceAround(document.Text, unit, match)), false)
            : (whole, true);
    }

    /// <summary>The most characters between an opening quotation mark and a quoted phrase in its sentence.</summary>
    private const int MaxQuoteLead = 80;

    /// <summary>The most characters between a quoted phrase and the closing quotation mark on its line.</summary>
    private const int MaxQuoteTail = 200;

    /// <summary>The quotation marks that open a quote: also the closing ones, since "…" and “…” are written either way round.</summary>
    private const string OpeningQuotes = "\"“”„«";

    /// <summary>The single quotation marks, which are also apostrophes: one opens a quote only where no letter or digit precedes it, and closes one only where none follows (don't, l'article, Peter's).</summary>
    private const string SingleQuotes = "'‘’";

    /// <summary>
    /// True when <paramref name="match"/> stands in quotation marks inside its sentence: an opening mark before it in
    /// the same sentence (at most <see cref="MaxQuoteLead"/> characters back, with no other mark and no sentence end
    /// between) and a closing one after it on its line (within <see cref="MaxQuoteTail"/> characters); single marks
    /// count as <see cref="SingleQuotes"/> says. An article that quotes a banner ("Most banners say: \"We use cookies
    /// to improve your experience.\"", "Most banners say 'We use cookies …'") is about the banner; the page's own
    /// banner is not written in quotation marks.
    /// </summary>
    private protected static bool IsQuoted(string text, TextRange unit, TextRange match)
    {
        var opened = false;
        for (var i = match.Start - 1; i >= Math.Max(unit.Start, match.Start - MaxQuoteLead - 1); i--)
        {
            if (IsQuoteMark(text, i, closing: false))
            {
                opened = true;
                break;
            }

            if (text[i] is '»' or '\n' or '\r' || SentenceEnd.IsMark(text[i]))
            {
                return false;
            }
        }

        if (!opened)
        {
            return false;
        }

        for (var i = match.End; i < Math.Min(unit.End, match.End + MaxQuoteTail); i++)
        {
            if (IsQuoteMark(text, i, closing: true))
            {
                return true;
            }

            if (text[i] is '\n' or '\r')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the character at <paramref name="i"/> opens a quote (<paramref name="closing"/> false) or closes one:
    /// any of <see cref="OpeningQuotes"/>, » only as a close, and a single mark only where its outer side (before an
    /// opening, after a closing one) is not a letter or digit, so an apostrophe inside a word is no quote.
    /// </summary>
    private static bool IsQuoteMark(string text, int i, bool closing)
    {
        var c = text[i];
        if (OpeningQuotes.Contains(c, StringComparison.Ordinal) || (closing && c == '»'))
        {
            return true;
        }

        var outside = closing ? i + 1 : i - 1;
        return SingleQuotes.Contains(c, StringComparison.Ordinal)
            && (outside < 0 || outside == text.Length || !char.IsLetterOrDigit(text[outside]));
    }

    /// <summary>
    /// True when <paramref name="finding"/> takes in a mark of reported speech in its lines (<see cref="ReportedSpeech"/>):
    /// a reporting clause (", säger it-chefen", ", the spokesman said"), a quote introduction ("står det:") or a dash
    /// that opens the line as direct speech. Someone quoted as saying a notice's words is the article's text, and the
    /// page's own notice is not followed by who said it.
    /// </summary>
    private protected static bool IsReportedSpeech(Document document, TextRange finding)
    {
        var lines = WholeLines(document, finding, includeLineBreak: false);
        var paragraphEnd = document.ParagraphAt(lines.End)?.Span.End ?? lines.End;
        return ReportedSpeech.Overlaps(document.Text, lines, paragraphEnd, finding);
    }

    /// <summary>
    /// The findings of a <c>report: line</c> rule in one document, its matches given in order: each unit, or in a unit
    /// longer than <c>report-max-length</c> each sentence (<see cref="LineFinding"/>), once, however many matches it
    /// holds. A match inside the span found for the match before it adds nothing and is not measured again, so a long
    /// unit without sentence ends (a file of megabytes on one line) is scanned once, not once per match.
    /// </summary>
    private protected sealed class LineReports(Document document, int? maxLength)
    {
        private readonly HashSet<TextRange> reported = [];
        private TextRange lastUnit;
        private TextRange? lastSpan;

        /// <summary>What to report for <paramref name="match"/> in <paramref name="unit"/>, and whether it is the whole unit; null when that was reported already.</summary>
        public (TextRange Span, bool WholeUnit)? Add(TextRange unit, TextRange match)
        {
            if (lastSpan is { } last && unit == lastUnit && match.Start >= last.Start && match.End <= last.End)
            {
                return null;
            }

            var (span, wholeUnit) = LineFinding(document, unit, match, maxLength);
            (lastUnit, lastSpan) = (unit, span);
            return reported.Add(span) ? (span, wholeUnit) : null;
        }
    }

    /// <summary>Reports <paramref name="span"/> with the rule's message and, when the rule declares one, its fix.</summary>
    /// <param name="context">Where to report.</param>
    /// <param name="span">The finding's range.</param>
    /// <param name="arguments">Placeholder values; <c>{match}</c> defaults to the finding's text.</param>
    /// <param name="replacement">The new text for a <see cref="FixKind.Replace"/> fix; for a <see cref="FixKind.DeleteMatch"/> fix, the space it leaves so that the words on either side stay apart (null: nothing).</param>
    /// <param name="offerFix">False for a finding that covers less than the rule's fix would remove.</param>
    /// <param name="applicability">Whether the fix removes only what the finding shows evidence for (safe) or more, by inference (unsafe).</param>
    private protected void Report(RuleContext context, TextRange span, IEnumerable<KeyValuePair<string, string>>? arguments = null, string? replacement = null, bool offerFix = true, FixApplicability applicability = FixApplicability.Safe)
    {
        var document = context.Document;
        if (IsException(context, span))
        {
            return;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["match"] = document.GetText(span).Trim().ToString(),
        };
        foreach (var (name, value) in arguments ?? [])
        {
            values[name] = value;
        }

        context.Report(span, values, offerFix && CreateFix(document, span, replacement) is { } fix ? fix with { Applicability = applicability } : null);
    }

    /// <summary>
    /// The sentence of <paramref name="unit"/> that holds <paramref name="match"/>: from the end of the sentence
    /// before it (a sentence end followed by white space) to the first sentence end at or after the match's end,
    /// with the closing quotes or brackets that follow it. A match may begin with the end of the sentence before
    /// it (". Photo: Name"): the sentence starts at its first letter or digit.
    /// </summary>
    private static TextRange SentenceAround(string text, TextRange unit, TextRange match)
    {
        var start = match.Start;
        while (start < match.End - 1 && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        while (start > unit.Start && !(start - 2 >= unit.Start && char.IsWhiteSpace(text[start - 1]) && SentenceEnd.IsMark(text[start - 2])))
        {
            start--;
        }

        var end = Math.Max(match.End, match.Start + 1);
        while (end < unit.End && !(SentenceEnd.IsMark(text[end - 1]) && (char.IsWhiteSpace(text[end]) || IsClosing(text[end]))))
        {
            end++;
        }

        while (end < unit.End && IsClosing(text[end]))
        {
            end++;
        }

        return TextRange.FromBounds(start, end);

        static bool IsClosing(char c) => c is '"' or '”' or '’' or '»' or ')' or ']';
    }

    /// <summary>The span without the white space at its ends: what "the whole line" or "the whole paragraph" means in a finding.</summary>
    /// <summary>The named groups of <paramref name="patterns"/>: the message placeholders their matches fill.</summary>
    private protected static IEnumerable<string> NamedGroups(IEnumerable<RulePattern> patterns) =>
        patterns.SelectMany(p => p.GetGroupNames()).Where(name => !int.TryParse(name, out _)).Distinct();

    /// <summary>The named groups <paramref name="match"/> filled, as message arguments.</summary>
    private protected static List<KeyValuePair<string, string>> NamedGroupValues(Match match) =>
        [.. match.Groups.Cast<Group>().Where(g => g.Success && !int.TryParse(g.Name, out _)).Select(g => KeyValuePair.Create(g.Name, g.Value))];

    private protected static TextRange Trim(Document document, TextRange span) => TextRange.Trimmed(document.GetText(span), span.Start);

    /// <summary>True when an exception matches text, in the lines the finding touches, that overlaps the finding.</summary>
    private protected bool IsException(RuleContext context, TextRange finding)
    {
        if (Definition.Exceptions.Count == 0)
        {
            return false;
        }

        var document = context.Document;
        var lines = WholeLines(document, finding, includeLineBreak: false);
        if (!context.ExceptionMatches.TryGetValue(lines, out var found))
        {
            var matches = new List<TextRange>();
            foreach (var exception in Definition.Exceptions)
            {
                for (var match = exception.Match(document.Text, lines.Start, lines.Length); match.Success; match = match.NextMatch())
                {
                    matches.Add(new TextRange(match.Index, Math.Max(match.Length, 1)));
                }
            }

            matches.Sort();
            // reachedBy[i]: the furthest end of matches 0..i, so the backward scan below stops as soon as none reaches.
            var reachedBy = new int[matches.Count];
            for (var i = 0; i < matches.Count; i++)
            {
                reachedBy[i] = Math.Max(matches[i].End, i > 0 ? reachedBy[i - 1] : 0);
            }

            found = (matches, reachedBy);
            context.ExceptionMatches[lines] = found;
        }

        // Only matches starting before the finding ends can overlap it: a binary search finds them, then they are
        // scanned backwards while any of them still reaches the finding.
        var (sorted, reached) = found;
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = sorted[middle].Start < finding.End ? (middle + 1, high) : (low, middle);
        }

        for (var i = low - 1; i >= 0 && reached[i] > finding.Start; i--)
        {
            if (sorted[i].OverlapsWith(finding))
            {
                return true;
            }
        }

        return false;
    }

    private Fix? CreateFix(Document document, TextRange span, string? replacement) => Definition.Fix switch
    {
        FixKind.DeleteLine or FixKind.DeleteSection => new Fix(
            Definition.Fix == FixKind.DeleteLine ? "Delete the line" : "Delete the section",
            [TextEdit.Delete(WholeLines(document, span, includeLineBreak: true))]),
        FixKind.DeleteMatch when replacement is not null => new Fix("Delete the text, keeping the words apart", [new TextEdit(span, replacement)]),
        FixKind.DeleteMatch => new Fix("Delete the text", [TextEdit.Delete(span)]),
        FixKind.Replace when replacement is not null => new Fix($"Replace with '{replacement}'", [new TextEdit(span, replacement)]),
        _ => null,
    };

    /// <summary>The lines <paramref name="span"/> touches, from the start of the first to the end of the last.</summary>
    private static TextRange WholeLines(Document document, TextRange span, bool includeLineBreak)
    {
        var first = document.Source.GetLineAt(span.Start);
        var last = document.Source.GetLineAt(Math.Max(span.Start, span.End - 1));
        return TextRange.FromBounds(first.Start, includeLineBreak ? last.SpanIncludingLineBreak.End : last.End);
    }
}
