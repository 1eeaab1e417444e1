using ContentLint.Configuration;
using ContentLint.Documents;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint.Checks;

/// <summary>
/// <c>kind: language-mismatch</c> — a short unit in another language than the document's: the English
/// "You May Also Like" inside a Dutch article is widget text, not the article. Languages are told apart by small
/// built-in stop-word profiles; the document's language comes from configuration, front matter or detection.
/// Quotations are the article's own: a unit that opens with a quotation mark, an exclamation, or a line a sentence
/// of the article introduces with a colon ("Dabei sind diese Zeichen zentral:" and the example lines under it) is
/// left alone.
/// </summary>
internal sealed class LanguageMismatchCheck : YamlRule
{
    private const string Quotes = "\"'“”„‟«»‹›‘’‚‛";

    private static readonly OptionSpec MinWordsOption = OptionSpec.Integer(
        "min-words", "The fewest words a unit must have to be judged.", 1, 100, 2);

    private static readonly OptionSpec MaxWordsOption = OptionSpec.Integer(
        "max-words", "The most words a unit may have to be judged: long passages in another language are quotations, not widgets.", 1, 1000, 8);

    private static readonly OptionSpec MinHitsOption = OptionSpec.Integer(
        "min-hits", "The fewest stop words of the other language the unit must hold.", 1, 100, 2);

    private readonly int minWords;
    private readonly int maxWords;
    private readonly int minHits;

    private LanguageMismatchCheck(RuleDefinition definition, int minWords, int maxWords, int minHits)
        : base(definition)
    {
        this.minWords = minWords;
        this.maxWords = maxWords;
        this.minHits = minHits;
    }

    public static IReadOnlyList<OptionSpec> Options { get; } = [MinWordsOption, MaxWordsOption, MinHitsOption];

    internal override IEnumerable<string> ExtraPlaceholders => ["line-language", "document-language"];

    public static YamlRule Create(RuleDefinition definition, YamlMap options)
    {
        var minWords = options.GetInt(MinWordsOption)!.Value;
        var maxWords = options.GetInt(MaxWordsOption)!.Value;
        if (maxWords < minWords)
        {
            options.ErrorAt(MaxWordsOption.Name, ConfigurationErrorIds.InvalidValue, "'max-words' must not be less than 'min-words'.");
        }

        return new LanguageMismatchCheck(definition, minWords, maxWords, options.GetInt(MinHitsOption)!.Value);
    }

    private protected override void AnalyzeDocument(RuleContext context)
    {
        var document = context.Document;
        // Short units are rare; a cheap length test spares the word count of every paragraph.
        var longestUnit = maxWords * 40;
        var units = Units(document).ToList();
        if (!units.Any(unit => unit.Length <= longestUnit) || document.Language is not { } documentLanguage || LanguageProfiles.IndexOf(documentLanguage) is var documentIndex && documentIndex < 0)
        {
            return;
        }

        Span<int> counts = stackalloc int[LanguageProfiles.Languages.Count];
        // True while the units since a sentence of the document's language that ends with a colon are all in
        // another language: the examples it introduces.
        var inIntroducedRun = false;
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var introduced = inIntroducedRun || (i > 0 && Introduces(document.GetText(units[i - 1]), documentIndex, counts));
            inIntroducedRun = false;
            if (unit.Length > longestUnit)
            {
                continue;
            }

            var text = document.GetText(unit);
            counts.Clear();
            var words = LanguageProfiles.CountInto(text, counts, maxWords);
            if (words > maxWords || counts[documentIndex] > 0)
            {
                continue;
            }

            // A short line without a word of the document's language goes on the run a colon opened.
            inIntroducedRun = introduced;
            if (introduced || words < minWords || IsQuotation(text) || LanguageProfiles.Winner(counts, minHits) is not { } unitLanguage || unitLanguage == documentLanguage
                || IsBetweenProse(document, units, i, documentLanguage, counts))
            {
                continue;
            }

            Report(context, Trim(document, unit),
            [
                KeyValuePair.Create("line-language", LanguageProfiles.NameOf(unitLanguage)),
                KeyValuePair.Create("document-language", LanguageProfiles.NameOf(documentLanguage)),
            ]);
        }
    }

    /// <summary>
    /// True for someone's words rather than a widget's: a unit that opens with a quotation mark, or an exclamation
    /// (a slogan, a sign-off such as "Be there or be square!"), which articles quote in their own language.
    /// </summary>
    private static bool IsQuotation(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 0 && (Quotes.Contains(trimmed[0]) || trimmed.TrimEnd(Quotes) is [.., '!']);
    }

    /// <summary>
    /// True when the units on both sides of <paramref name="index"/> are the article's sentences: they end with
    /// sentence punctuation and their stop words are mostly of the document's language. A line in another language
    /// between them is what the article talks about (an example sentence, the title of a song or a film, a motto);
    /// a template's widget stands where the article's prose ends, beside headings, links and other widgets.
    /// </summary>
    private bool IsBetweenProse(Document document, List<TextRange> units, int index, string documentLanguage, Span<int> counts)
    {
        if (index == 0 || index == units.Count - 1)
        {
            return false;
        }

        foreach (var neighbour in (ReadOnlySpan<TextRange>)[units[index - 1], units[index + 1]])
        {
            counts.Clear();
            var text = document.GetText(neighbour);
            LanguageProfiles.CountInto(text, counts, int.MaxValue);
            if (!SentenceEnd.EndsLikeSentence(text.TrimEnd(), Quotes) || LanguageProfiles.Winner(counts, minHits) != documentLanguage)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for a line in the document's language that ends with a colon: it introduces what follows ("Zum Beispiel:").</summary>
    private static bool Introduces(ReadOnlySpan<char> line, int documentIndex, Span<int> counts)
    {
        if (line.TrimEnd() is not [.., ':'])
        {
            return false;
        }

        counts.Clear();
        LanguageProfiles.CountInto(line, counts, int.MaxValue);
        return counts[documentIndex] > 0;
    }
}
