using System.Text.RegularExpressions;
using ContentLint.Configuration;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint.Checks;

/// <summary>
/// <c>kind: pattern</c> — regular expressions matched in each unit; named groups become message placeholders,
/// and <c>replacement</c> (with <c>$1</c>, <c>${name}</c>) offers a replace fix. With <c>fix: delete-match</c>,
/// <c>word-breaks</c> names the matches that stand between two words (a line-break or block tag): deleting one that
/// glues two words together would join them, so the fix leaves a space in its place.
/// </summary>
internal sealed class PatternCheck : YamlRule, ITriggeredRule
{
    private static readonly OptionSpec PatternsOption = OptionSpec.RegexList(
        "patterns", ".NET regular expressions, culture-invariant, matched in each unit (a unit is the input: ^ and $ are its ends).", required: true);

    private static readonly OptionSpec IgnoreCaseOption = OptionSpec.Boolean(
        "ignore-case", "Match the patterns without regard to case.", defaultValue: false);

    private static readonly OptionSpec ReplacementOption = OptionSpec.String(
        "replacement", "For fix: replace, the replacement text; $1 or ${name} insert groups.");

    private static readonly OptionSpec WordBreaksOption = OptionSpec.RegexList(
        "word-breaks", "For fix: delete-match, .NET regular expressions: a match one of them finds within stands between two words, so where no space and no other match is on either side, the fix leaves a space instead of nothing.");

    private static readonly OptionSpec TriggersOption = OptionSpec.StringList(
        "triggers", "Literal words, case-insensitive: a unit holding none of them is skipped without running the patterns. Every match must contain one.");

    private static readonly OptionSpec TriggerCharactersOption = OptionSpec.String(
        "trigger-characters", "Characters, and ranges written first-last ('Ѐ-ӿ'), as written (case matters): a document holding none of them is skipped without running the patterns. Every match must contain one. For patterns that need a script or a symbol rather than a word.");

    private static readonly OptionSpec PrefiltersOption = OptionSpec.RegexList(
        "prefilters", ".NET regular expressions, cheaper than the patterns, one of which finds something in every unit (line or paragraph) where a pattern matches: a unit where none finds anything is skipped without running the patterns. For a pattern that spends its time where it can start, such as a word's start before a rare glued ending (a lookbehind on the ending finds it fast).");

    private readonly IReadOnlyList<RulePattern> patterns;
    private readonly IReadOnlyList<RulePattern> wordBreaks;
    private readonly IReadOnlyList<RulePattern> prefilters;
    private readonly string? replacement;
    private readonly bool reportLine;
    private readonly int? reportMaxLength;
    private readonly TriggerSet? triggers;
    private readonly System.Buffers.SearchValues<char>? triggerCharacters;

    /// <summary>For each pattern, the literals one of which its every match holds (<see cref="RequiredLiterals"/>); null where none are known.</summary>
    private readonly TriggerSet?[] gates;
    private readonly bool lineIndependent;

    private PatternCheck(RuleDefinition definition, IReadOnlyList<RulePattern> patterns, IReadOnlyList<RulePattern> wordBreaks, IReadOnlyList<RulePattern> prefilters, string? replacement, bool reportLine, int? reportMaxLength, TriggerSet? triggers, System.Buffers.SearchValues<char>? triggerCharacters)
        : base(definition)
    {
        this.patterns = patterns;
        this.wordBreaks = wordBreaks;
        this.prefilters = prefilters;
        this.replacement = replacement;
        this.reportLine = reportLine;
        this.reportMaxLength = reportMaxLength;
        this.triggers = triggers;
        this.triggerCharacters = triggerCharacters;
        gates = [.. patterns.Select(p => RequiredLiterals.Of(p.ToString(), p.Options) is { } literals ? TriggerSet.Of(literals) : null)];
        // A rule with prefilters is matched line by line: its prefilters find the few lines worth its patterns. Run over
        // the whole document instead, one prefilter hit anywhere let the patterns through the whole of it (CL2001: 291 of
        // the pack's 2,977 ms in the profiler, 54 ms line by line).
        lineIndependent = definition.Scope.IsLines && prefilters.Count == 0 && !patterns.Any(p => MayDependOnLines(p.ToString()));
        // Each pattern runs on its own, even when the rule only asks whether any matches ("report: line"): alone, a
        // pattern keeps the regex engine's search for where it can start (a leading "(" or "^"); joined into one
        // alternation, every branch is tried at every position (measured: six times slower on a rule of twenty).
    }

    public static IReadOnlyList<OptionSpec> Options { get; } = [PatternsOption, RuleRegex.VocabularyOption, RuleRegex.VocabulariesOption, IgnoreCaseOption, ReplacementOption, WordBreaksOption, ReportOption, ReportMaxLengthOption, TriggersOption, TriggerCharactersOption, PrefiltersOption];

    internal override IEnumerable<RulePattern> Patterns => patterns.Concat(wordBreaks).Concat(prefilters);

    /// <summary>The patterns each gated on its own required literals (<see cref="RequiredLiterals"/>): all but the word breaks.</summary>
    internal override IReadOnlyList<RulePattern> GatedPatterns => patterns;

    public IEnumerable<TriggerSet> TriggerSets => (triggers is null ? [] : new[] { triggers }).Concat(gates.OfType<TriggerSet>());

    internal override IEnumerable<string> ExtraPlaceholders => NamedGroups(patterns);

    public static YamlRule Create(RuleDefinition definition, YamlMap options)
    {
        var ignoreCase = options.GetBool(IgnoreCaseOption) ? RegexOptions.IgnoreCase : RegexOptions.None;
        var vocabularies = RuleRegex.ReadVocabularies(options);
        var patterns = RuleRegex.CompileAll(options, PatternsOption, ignoreCase, vocabularies);
        var prefilters = RuleRegex.CompileAll(options, PrefiltersOption, ignoreCase, vocabularies);
        var replacement = options.GetString(ReplacementOption);
        if ((definition.Fix == FixKind.Replace) != (replacement is not null))
        {
            options.ErrorAt(replacement is null ? "fix" : ReplacementOption.Name, ConfigurationErrorIds.InvalidValue, "A pattern rule offers 'fix: replace' exactly when it has a 'replacement'.");
        }

        var wordBreaks = RuleRegex.CompileAll(options, WordBreaksOption, ignoreCase);
        if (wordBreaks.Count > 0 && definition.Fix != FixKind.DeleteMatch)
        {
            options.ErrorAt(WordBreaksOption.Name, ConfigurationErrorIds.InvalidValue, "A pattern rule has 'word-breaks' only with 'fix: delete-match'.");
        }

        var reportLine = options.GetChoice(ReportOption) == "line";
        if (reportLine && replacement is not null)
        {
            options.ErrorAt(ReportOption.Name, ConfigurationErrorIds.InvalidValue, "A pattern rule with a 'replacement' reports each match, not its line.");
        }

        var triggerWords = options.GetStrings(TriggersOption).Select(t => t.Value).ToList();
        var triggerCharacters = ReadTriggerCharacters(options);
        return new PatternCheck(definition, patterns, wordBreaks, prefilters, replacement, reportLine, GetReportMaxLength(options, reportLine), triggerWords.Count == 0 ? null : TriggerSet.Of(triggerWords), triggerCharacters);
    }

    /// <summary>The characters of <c>trigger-characters</c>: each character, and every one from x to y for "x-y".</summary>
    private static System.Buffers.SearchValues<char>? ReadTriggerCharacters(YamlMap options)
    {
        if (options.GetString(TriggerCharactersOption) is not { } text)
        {
            return null;
        }

        var characters = new List<char>();
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 2 < text.Length && text[i + 1] == '-')
            {
                if (text[i + 2] < text[i])
                {
                    options.ErrorAt(TriggerCharactersOption.Name, ConfigurationErrorIds.InvalidValue, $"'trigger-characters': the range '{text[i]}-{text[i + 2]}' ends before it starts.");
                    return null;
                }

                for (int c = text[i]; c <= text[i + 2]; c++)
                {
                    characters.Add((char)c);
                }

                i += 2;
            }
            else
            {
                characters.Add(text[i]);
            }
        }

        if (characters.Count == 0)
        {
            options.ErrorAt(TriggerCharactersOption.Name, ConfigurationErrorIds.InvalidValue, "'trigger-characters' must hold at least one character.");
            return null;
        }

        return System.Buffers.SearchValues.Create([.. characters.Distinct()]);
    }

    private protected override void AnalyzeDocument(RuleContext context)
    {
        var document = context.Document;
        if ((triggers is not null && !Triggered(context, triggers))
            || (triggerCharacters is not null && context.Triggers is not null && !document.Text.AsSpan().ContainsAny(triggerCharacters)))
        {
            return;
        }

        // The patterns that may match somewhere in the document: each gated one only where its literals are.
        var active = new List<int>(patterns.Count);
        for (var i = 0; i < patterns.Count; i++)
        {
            if (gates[i] is not { } gate || Triggered(context, gate))
            {
                active.Add(i);
            }
        }

        if (active.Count == 0)
        {
            return;
        }

        var found = lineIndependent
            ? FindInLines(document, run => Matches(context, active, run) ?? [], m => new TextRange(m.Index, m.Length))
            : FindInUnits(context, active);
        HashSet<int>? matchStarts = null;
        if (wordBreaks.Count > 0)
        {
            found = found.ToList();
            matchStarts = found.Where(f => IsWordBreak(f.Match)).Select(f => f.Match.Index).ToHashSet();
        }

        // "report: line" reports each unit or sentence once (LineReports); otherwise several patterns may find the same text.
        var lines = reportLine ? new LineReports(document, reportMaxLength) : null;
        HashSet<TextRange>? reported = null;
        foreach (var (unit, match) in found)
        {
            var matched = new TextRange(match.Index, match.Length);
            if (lines is not null)
            {
                // A line is reported for what a pattern found in it, so a match in a link's URL is no reason to report it;
                // the unit (or the sentence) is junk as a whole: one finding for it, named after its first match.
                if (!document.IsIgnored(matched) && lines.Add(unit, matched) is var (span, wholeUnit) && !IsReportedSpeech(document, span))
                {
                    var values = NamedGroupValues(match);
                    values.Add(KeyValuePair.Create("match", match.Value.Trim()));
                    Report(context, span, values, offerFix: wholeUnit);
                }

                continue;
            }

            if ((reported ??= []).Add(matched) && !IsReportedSpeech(document, matched))
            {
                Report(context, matched, NamedGroupValues(match), replacement is null ? (matchStarts is not null && KeepsWordsApart(document.Text, match, matchStarts) ? " " : null) : match.Result(replacement));
            }
        }
    }

    /// <summary>
    /// Whether deleting <paramref name="match"/>, a word break, would glue two words together: text on both sides, and
    /// no other word break right after it (of "close.&lt;/p&gt;&lt;p&gt;The" the last tag leaves the one space).
    /// </summary>
    private bool KeepsWordsApart(string text, Match match, HashSet<int> matchStarts)
    {
        var end = match.Index + match.Length;
        return match.Index > 0 && !char.IsWhiteSpace(text[match.Index - 1])
            && end < text.Length && !char.IsWhiteSpace(text[end])
            && IsWordBreak(match)
            && !matchStarts.Contains(end);
    }

    private bool IsWordBreak(Match match) => wordBreaks.Any(wordBreak => wordBreak.IsMatch(match.ValueSpan));

    /// <summary>True when the rule has no prefilters, the linter runs without gates, or a prefilter finds something in <paramref name="span"/>.</summary>
    private bool PassesPrefilters(RuleContext context, TextRange span) =>
        prefilters.Count == 0 || context.Triggers is null || prefilters.Any(p => p.IsMatch(context.Document.Text.AsSpan(span.Start, span.Length)));

    /// <summary>The matches in each unit the rule's triggers allow, with their unit.</summary>
    private IEnumerable<(TextRange Unit, Match Match)> FindInUnits(RuleContext context, List<int> active)
    {
        foreach (var unit in Units(context.Document))
        {
            if ((triggers is null || Triggered(context, triggers, unit)) && Matches(context, active, unit) is { } matches)
            {
                foreach (var match in matches)
                {
                    yield return (unit, match);
                }
            }
        }
    }

    /// <summary>
    /// The matches of the <paramref name="active"/> patterns in <paramref name="span"/> (null: none, so that a unit
    /// without one allocates nothing), leftmost first, longest first at
    /// a position. A pattern whose required literals are not in the span cannot match there and is not run, nor is any
    /// where no prefilter finds something (the gates are off when the linter runs without them, to compare).
    /// </summary>
    private List<Match>? Matches(RuleContext context, List<int> active, TextRange span)
    {
        var text = context.Document.Text;
        if (!PassesPrefilters(context, span))
        {
            return null;
        }

        List<Match>? matches = null;
        foreach (var i in active)
        {
            if (gates[i] is { } gate && !Triggered(context, gate, span))
            {
                continue;
            }

            for (var match = patterns[i].Match(text, span.Start, span.Length); match.Success; match = match.NextMatch())
            {
                if (match.Length > 0)
                {
                    (matches ??= []).Add(match);
                }
            }
        }

        matches?.Sort((a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : b.Length.CompareTo(a.Length));
        return matches;
    }
}
