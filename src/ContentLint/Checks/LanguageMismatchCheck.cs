using ContentLint.Configuration;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint.Checks;

/// <summary>
/// <c>kind: language-mismatch</c> — a short unit in another language than the document's: the English
/// "You May Also Like" inside a Dutch article is widget text, not the article. Languages are told apart by small
/// built-in stop-word profiles; the document's language comes from configuration, front matter or detection.
/// </summary>
internal sealed class LanguageMismatchCheck : YamlRule
{
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
        if (document.Language is not { } documentLanguage || !LanguageProfiles.Languages.Contains(documentLanguage))
        {
            return;
        }

        foreach (var unit in Units(document))
        {
            var (hits, words) = LanguageProfiles.Count(document.GetText(unit));
            if (words < minWords || words > maxWords || hits[documentLanguage] > 0)
            {
                continue;
            }

            if (LanguageProfiles.Winner(hits, minHits) is { } unitLanguage && unitLanguage != documentLanguage)
            {
                Report(context, Trim(document, unit),
                [
                    KeyValuePair.Create("line-language", LanguageProfiles.NameOf(unitLanguage)),
                    KeyValuePair.Create("document-language", LanguageProfiles.NameOf(documentLanguage)),
                ]);
            }
        }
    }
}
