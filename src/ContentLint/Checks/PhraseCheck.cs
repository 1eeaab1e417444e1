using System.Text.RegularExpressions;
using ContentLint.Configuration;
using ContentLint.Rules;
using ContentLint.Text;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Checks;

/// <summary>
/// <c>kind: phrase</c> — a list of literal phrases, case-insensitive and word-bounded, found anywhere in a unit,
/// as the whole unit, or as a label at its start. With <c>report: line</c> a match flags its whole unit, once.
/// Optional <c>patterns</c> find the families of wordings a list cannot hold ("Folgt uns!", "Suivez-nous aussi sur
/// Instagram"): anchored at the start of a short unit and run only where the trigger scan found one of the rule's
/// <c>triggers</c>, so they cost about what a phrase does.
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

    private static readonly OptionSpec PatternsOption = OptionSpec.RegexList(
        "patterns", "Regular expressions (case-insensitive, culture-invariant), each starting with ^, for a family of wordings a list cannot hold (a verb in its forms, 'also', a medium): a unit where no phrase is found, no longer than pattern-max-length and holding one of the triggers, is found when a pattern matches from its start; {match} is what it matched. They may name the rule's vocabularies.");

    private static readonly OptionSpec TriggersOption = OptionSpec.StringList(
        "triggers", "With patterns: literal words, case-insensitive, found inside words too (a stem finds its forms). The patterns run only on units holding one of them. When not given, they are read from the patterns: the literals one of which every line they match holds (each pattern must have some).");

    private static readonly OptionSpec PatternMaxLengthOption = OptionSpec.Integer(
        "pattern-max-length", $"With patterns: the longest unit, in characters, they are tried on ({DefaultPatternMaxLength} when not given). A prompt is a short line; a longer unit is prose.", 1, int.MaxValue);

    /// <summary>The longest unit patterns are tried on unless the rule says otherwise: a prompt or a sign-up box's line, not a paragraph.</summary>
    private const int DefaultPatternMaxLength = 200;

    private readonly PhraseSet phrases;
    private readonly bool reportLine;
    private readonly int? reportMaxLength;
    private readonly LinePatterns? linePatterns;

    private PhraseCheck(RuleDefinition definition, PhraseSet phrases, bool reportLine, int? reportMaxLength, LinePatterns? linePatterns)
        : base(definition)
    {
        this.phrases = phrases;
        this.reportLine = reportLine;
        this.reportMaxLength = reportMaxLength;
        this.linePatterns = linePatterns;
    }

    public static IReadOnlyList<OptionSpec> Options { get; } =
        [PhrasesOption, MatchOption, ReportOption, ReportMaxLengthOption, PatternsOption, RuleRegex.VocabularyOption, RuleRegex.VocabulariesOption, TriggersOption, PatternMaxLengthOption];

    internal override IEnumerable<RulePattern> Patterns => linePatterns is null ? phrases.Patterns : phrases.Patterns.Concat(linePatterns.Patterns);

    /// <summary>The patterns whose triggers were read from them (<see cref="RequiredLiterals"/>), when the rule gives none of its own.</summary>
    internal override IReadOnlyList<RulePattern> GatedPatterns => linePatterns is { TriggersRead: true } ? linePatterns.Patterns : [];

    /// <summary>
    /// Only phrases found anywhere need the trigger scan, one set per trigger word: whole-line phrases and labels are
    /// tested on short units and at line starts, which is cheaper than looking their words up in every line. The
    /// patterns' triggers are one more set.
    /// </summary>
    public IEnumerable<TriggerSet> TriggerSets =>
        linePatterns is null ? phrases.Groups.Select(g => g.Trigger) : phrases.Groups.Select(g => g.Trigger).Append(linePatterns.Triggers);

    public static YamlRule Create(RuleDefinition definition, YamlMap options)
    {
        var list = options.GetStrings(PhrasesOption).Select(p => p.Value).ToList();
        var position = Positions[options.GetChoice(MatchOption)!];
        var reportLine = options.GetChoice(ReportOption) == "line";
        return new PhraseCheck(definition, new PhraseSet(list, position, acrossLines: !definition.Scope.IsLines), reportLine, GetReportMaxLength(options, reportLine), ReadLinePatterns(options));
    }

    /// <summary>The <c>patterns</c> with their <c>triggers</c> and <c>pattern-max-length</c>, or null for a rule without patterns; the three go together.</summary>
    private static LinePatterns? ReadLinePatterns(YamlMap options)
    {
        var written = options.GetStrings(PatternsOption);
        foreach (var (value, node, owner) in written.Where(p => !p.Value.StartsWith('^')))
        {
            owner.Error(node, ConfigurationErrorIds.InvalidValue, $"A phrase rule's pattern is tried at the start of a unit, so it starts with '^': '{value}'.");
        }

        var vocabularies = RuleRegex.ReadVocabularies(options);
        var compiled = new List<(YamlNode Node, YamlMap Owner, RulePattern Pattern)>();
        foreach (var item in written)
        {
            if (RuleRegex.Compile(item, RegexOptions.IgnoreCase, vocabularies) is { } pattern)
            {
                compiled.Add((item.Node, item.Owner, pattern));
            }
        }

        var triggers = options.GetStrings(TriggersOption).Select(t => t.Value).ToList();
        var maxLength = options.GetInt(PatternMaxLengthOption);
        if (written.Count == 0)
        {
            foreach (var option in new[] { TriggersOption, PatternMaxLengthOption }.Where(o => options.Has(o.Name)))
            {
                options.ErrorAt(option.Name, ConfigurationErrorIds.InvalidValue, $"'{option.Name}' applies only to a phrase rule with 'patterns'.");
            }

            return null;
        }

        if (triggers.Count == 0)
        {
            // The patterns' own words: each match holds one of the literals read from its pattern, so a unit without any
            // of them is skipped without a regex, and nothing is restated by hand. Without them a pattern would run on
            // every short unit: the cost the phrase kind exists to avoid.
            foreach (var (node, owner, pattern) in compiled)
            {
                if (RequiredLiterals.Of(pattern.ToString(), pattern.Options) is { } literals)
                {
                    triggers.AddRange(literals);
                }
                else
                {
                    owner.Error(node, ConfigurationErrorIds.InvalidValue, "No word that every match holds can be read from this pattern, so it would run on every short unit: give the rule 'triggers', the words a unit must hold for the patterns to run.");
                }
            }
        }

        var patterns = compiled.Select(p => p.Pattern).ToList();
        return new LinePatterns(patterns, TriggerSet.Of(triggers), TriggersRead: !options.Has(TriggersOption.Name), maxLength ?? DefaultPatternMaxLength);
    }

    private protected override void AnalyzeDocument(RuleContext context)
    {
        var document = context.Document;

        // Only the phrase groups whose trigger word the document holds are run, and each only on the units that hold it;
        // the patterns only when the document holds one of their triggers.
        var groups = phrases.Position == PhrasePosition.Anywhere ? phrases.Groups.Where(g => Triggered(context, g.Trigger)).ToList() : null;
        var patternsMayMatch = linePatterns is not null && Triggered(context, linePatterns.Triggers);
        if (groups is { Count: 0 } && !patternsMayMatch)
        {
            return;
        }

        var reported = new LineReports(document, reportMaxLength);
        foreach (var unit in Units(document))
        {
            var found = false;
            foreach (var match in PhraseMatches(context, groups, unit))
            {
                found = true;
                Report(context, unit, match, reported);
            }

            if (!found && patternsMayMatch && linePatterns!.Match(context, unit) is { } patternMatch)
            {
                Report(context, unit, patternMatch, reported);
            }
        }
    }

    /// <summary>The phrases in <paramref name="unit"/>: by the document's active <paramref name="groups"/> for phrases found anywhere (null otherwise).</summary>
    private IEnumerable<TextRange> PhraseMatches(RuleContext context, List<PhraseGroup>? groups, TextRange unit)
    {
        var text = context.Document.Text;
        if (groups is null)
        {
            return phrases.Matches(text, unit);
        }

        // Most units hold none of the trigger words: they cost a look-up per group and allocate nothing.
        List<PhraseGroup>? inUnit = null;
        foreach (var group in groups)
        {
            if (Triggered(context, group.Trigger, unit))
            {
                (inUnit ??= []).Add(group);
            }
        }

        return inUnit is null ? [] : FirstMatches(inUnit.SelectMany(g => PhraseSet.Matches(g, text, unit)));
    }

    /// <summary>Reports what was found in <paramref name="unit"/>: the match itself, or with <c>report: line</c> its unit once.</summary>
    private void Report(RuleContext context, TextRange unit, TextRange match, LineReports reported)
    {
        if (IsQuoted(context.Document.Text, unit, match))
        {
            return;
        }

        if (!reportLine)
        {
            if (!IsReportedSpeech(context.Document, match))
            {
                Report(context, match);
            }

            return;
        }

        // "report: line" — the whole unit (or the sentence) is junk: one finding, named after the first match.
        if (reported.Add(unit, match) is var (finding, wholeUnit) && !IsReportedSpeech(context.Document, finding))
        {
            Report(context, finding, [KeyValuePair.Create("match", context.Document.GetText(match).ToString())], offerFix: wholeUnit);
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

    /// <summary>A phrase rule's patterns: tried from the start of short units that hold one of their trigger words.</summary>
    /// <param name="Patterns">The patterns, each starting with <c>^</c>.</param>
    /// <param name="Triggers">The words a unit must hold for the patterns to run.</param>
    /// <param name="TriggersRead">True when the triggers were read from the patterns rather than given by the rule.</param>
    /// <param name="MaxLength">The longest unit the patterns are tried on.</param>
    private sealed record LinePatterns(IReadOnlyList<RulePattern> Patterns, TriggerSet Triggers, bool TriggersRead, int MaxLength)
    {
        /// <summary>The first pattern's match in <paramref name="unit"/>, or null; only a short unit holding a trigger word is tried.</summary>
        public TextRange? Match(RuleContext context, TextRange unit)
        {
            if (unit.Length > MaxLength || !Triggered(context, Triggers, unit))
            {
                return null;
            }

            foreach (var pattern in Patterns)
            {
                var match = pattern.Match(context.Document.Text, unit.Start, unit.Length);
                if (match.Success && match.Length > 0)
                {
                    return new TextRange(match.Index, match.Length);
                }
            }

            return null;
        }
    }
}
