using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using ContentLint.Text;

namespace ContentLint.Checks;

/// <summary>Where in a line a phrase must stand to count.</summary>
internal enum PhrasePosition
{
    /// <summary>Anywhere, as a whole word or words.</summary>
    Anywhere,

    /// <summary>The phrase is the whole unit (line, paragraph...), give or take surrounding punctuation, symbols and white space.</summary>
    WholeLine,

    /// <summary>The unit starts with the phrase as a label: followed by a separator (<c>:</c>, <c>|</c>, a dash) or nothing.</summary>
    Label,
}

/// <summary>
/// A list of literal phrases matched case-insensitively and on word boundaries; any run of white space in a phrase
/// (U+00A0 included) matches any run in the text.
/// </summary>
internal sealed partial class PhraseSet
{
    /// <summary>What may surround a whole-line phrase or precede a label: white space, punctuation, symbols, invisible format characters.</summary>
    private const string Edge = @"[\s\p{P}\p{S}\p{Cf}]*";

    /// <summary>
    /// A line that is one quotation, from its opening mark to its closing one ("Next!", „Weiter!“, « J'accepte. »), is
    /// something a person says in the article, never a label; guillemets count as a quotation only around a sentence,
    /// since a pager wraps its labels in them too ("« Précédent | Suivant »").
    /// </summary>
    private const string NotQuotedLine = @"(?![\s\p{Cf}]*(?:[""“„‘'‚][^\r\n]*[""”“’']|[«‹][^\r\n]*[.!?…]\s*[»›])[\s\p{Cf}]*$)";

    /// <summary>For whole lines and labels: the one regex, built when first needed; null for phrases found anywhere.</summary>
    private readonly Lazy<RulePattern>? regex;
    private readonly PhrasePosition position;
    private readonly int longestPhrase;

    /// <summary>For whole lines and labels: the words a unit must start with, looked up without allocating; built when first needed.</summary>
    private readonly Lazy<SpanLookup<bool>> firstWords;

    private readonly Lazy<TriggerSet> triggers;

    /// <param name="phrases">The phrases.</param>
    /// <param name="position">Where a phrase must stand.</param>
    /// <param name="acrossLines">True when units span lines (paragraphs): white space in a phrase then matches line breaks too.</param>
    /// <remarks>
    /// Only what the linter needs before it lints (the trigger words of phrases found anywhere) is made here; regexes,
    /// first words and the phrase set's own triggers are made on first use: a one-file run loads every rule of the pack
    /// and most never look at a line.
    /// </remarks>
    public PhraseSet(IEnumerable<string> phrases, PhrasePosition position, bool acrossLines = false)
    {
        this.position = position;
        var distinct = phrases
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(p => p.Length)
            .ToList();
        longestPhrase = distinct.Count == 0 ? 0 : distinct[0].Length;
        firstWords = new(() => new(distinct.Select(p => FirstWord(p).ToString()).Distinct(StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(word => word, _ => true, StringComparer.OrdinalIgnoreCase)));
        triggers = new(() => TriggerSet.FromPhrases(distinct));
        if (position == PhrasePosition.Anywhere)
        {
            // One small regex per trigger word, run only where its word is: a regex of many phrases costs time at
            // every character it scans, trying each phrase where one could start.
            Groups = [.. distinct
                .GroupBy(TriggerSet.TriggerWord, StringComparer.OrdinalIgnoreCase)
                .Select(g => new PhraseGroup(TriggerSet.OfWord(g.Key), () => $"(?<m>{Alternatives(g, acrossLines)})"))];
            return;
        }

        regex = new(() =>
        {
            var alternatives = Alternatives(distinct, acrossLines);
            var pattern = position == PhrasePosition.WholeLine
                ? $"^{NotQuotedLine}{Edge}(?<m>{alternatives}){Edge}$"
                : $@"^{Edge}(?<m>{alternatives})\s*(?:[:|>»›\-–—]|$)";
            return RulePattern.Deferred(pattern, RegexOptions.IgnoreCase);
        });
    }

    /// <summary>The one regular expression whole-line and label phrases are found with.</summary>
    /// <exception cref="InvalidOperationException">The phrases are found anywhere: each of their <see cref="Groups"/> has its own.</exception>
    public RulePattern Pattern => regex?.Value ?? throw new InvalidOperationException("Phrases found anywhere are found by the regex of each group.");

    /// <summary>The regular expressions the phrases are found with: one for whole lines and labels, one per trigger word for phrases found anywhere.</summary>
    public IEnumerable<RulePattern> Patterns => regex is null ? Groups.Select(g => g.Pattern) : [regex.Value];

    /// <summary>For phrases found anywhere: the phrases grouped by their trigger word, each group with its regex.</summary>
    public IReadOnlyList<PhraseGroup> Groups { get; } = [];

    /// <summary>Where a phrase must stand to count.</summary>
    public PhrasePosition Position => position;

    /// <summary>The words a unit must hold for a phrase to be in it.</summary>
    public TriggerSet Triggers => triggers.Value;

    /// <summary>The phrases of <paramref name="group"/> found anywhere in <paramref name="unit"/> of <paramref name="text"/>.</summary>
    public static IEnumerable<TextRange> Matches(PhraseGroup group, string text, TextRange unit)
    {
        for (var match = group.Pattern.Match(text, unit.Start, unit.Length); match.Success; match = match.NextMatch())
        {
            var found = match.Groups["m"];
            yield return new TextRange(found.Index, found.Length);
        }
    }

    /// <summary>
    /// For whole units and labels, where the unit itself is the junk: the unit without its surrounding white space,
    /// when a phrase stands there; phrases found anywhere are found by their <see cref="Groups"/>.
    /// </summary>
    public IEnumerable<TextRange> Matches(string text, TextRange unit)
    {
        // A whole-line phrase cannot be in a unit much longer than the longest phrase, and a whole line or a label
        // starts with the first word of one of the phrases: most units are skipped without a regex.
        const int MaxEdges = 16;
        if (position == PhrasePosition.WholeLine && unit.Length > longestPhrase * 2 + MaxEdges)
        {
            yield break;
        }

        if (regex is null || !firstWords.Value.ContainsKey(FirstWord(text.AsSpan(unit.Start, unit.Length))))
        {
            yield break;
        }

        if (regex.Value.Match(text, unit.Start, unit.Length).Success)
        {
            yield return TextRange.Trimmed(text.AsSpan(unit.Start, unit.Length), unit.Start);
        }
    }

    /// <summary>The first run of letters, digits and hyphens after leading white space, punctuation and symbols: up to an apostrophe, which is written in several ways ("Editor's", "Editor’s").</summary>
    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '-'))
        {
            end++;
        }

        return text[start..end];
    }

    /// <summary>The apostrophes a phrase's word may be written with: straight, typographic (U+2019) and the modifier letter (U+02BC).</summary>
    private const string AnyApostrophe = "['’ʼ]";

    [GeneratedRegex("['’ʼ]")]
    private static partial Regex Apostrophe();

    /// <summary>A word of a phrase or a vocabulary as a regex: its characters literally, an apostrophe as <see cref="AnyApostrophe"/>.</summary>
    internal static string EscapeWord(string word) => Apostrophe().Replace(Regex.Escape(word), AnyApostrophe);

    /// <summary>The phrases, longest first, as alternatives of one regex.</summary>
    private static string Alternatives(IEnumerable<string> phrases, bool acrossLines) =>
        string.Join("|", phrases.Select(p => ToPattern(p, acrossLines)));

    /// <summary>
    /// The phrase as a regex: words joined by runs of white space (staying on one line unless
    /// <paramref name="acrossLines"/>), with word boundaries (<c>\b</c>, which the non-backtracking engine supports)
    /// at ends that are letters or digits, and an apostrophe written any of the ways pages write it (<see cref="AnyApostrophe"/>):
    /// French and Italian sites set "l’accueil", "all’elenco" with the typographic one, feeds and rule files the straight one.
    /// </summary>
    private static string ToPattern(string phrase, bool acrossLines)
    {
        var pattern = new StringBuilder();
        if (char.IsLetterOrDigit(phrase[0]))
        {
            pattern.Append(@"\b");
        }

        var words = phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        pattern.AppendJoin(acrossLines ? @"\s+" : @"[^\S\r\n]+", words.Select(EscapeWord));
        if (char.IsLetterOrDigit(phrase[^1]))
        {
            pattern.Append(@"\b");
        }

        return pattern.ToString();
    }
}

/// <summary>Phrases that share their trigger word, and the regex that finds them, made when first run.</summary>
/// <param name="trigger">The word: a unit without it holds none of the phrases.</param>
/// <param name="pattern">Writes the phrases as one regex, the phrase in group <c>m</c>.</param>
internal sealed class PhraseGroup(TriggerSet trigger, Func<string> pattern)
{
    private readonly Lazy<RulePattern> regex = new(() => RulePattern.Deferred(pattern(), RegexOptions.IgnoreCase));

    /// <summary>The word: a unit without it holds none of the phrases.</summary>
    public TriggerSet Trigger { get; } = trigger;

    /// <summary>The phrases as one regex, the phrase in group <c>m</c>.</summary>
    public RulePattern Pattern => regex.Value;
}
