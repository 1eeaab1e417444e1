using System.Globalization;
using ContentLint.Configuration;
using ContentLint.Documents;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint.Checks;

/// <summary>
/// <c>kind: metric</c> — a measure of each unit compared with thresholds, like the Gopher and C4 quality filters:
/// word count, share of lines without sentence punctuation, share of upper-case letters, share of non-letter
/// characters, mean line length. A unit whose value is below <c>min</c> or above <c>max</c> is reported.
/// </summary>
internal sealed class MetricCheck : YamlRule
{
    private static readonly Dictionary<string, Func<Document, TextRange, double>> Measures = new(StringComparer.Ordinal)
    {
        ["word-count"] = (document, unit) => CountWords(document.GetText(unit)),
        ["unpunctuated-line-share"] = UnpunctuatedLineShare,
        ["uppercase-share"] = (document, unit) => UppercaseShare(document.GetText(unit)),
        ["non-letter-share"] = (document, unit) => NonLetterShare(document.GetText(unit)),
        ["mean-line-length"] = MeanLineLength,
    };

    private static readonly OptionSpec MeasureOption = OptionSpec.Choice(
        "measure", "What to measure in each unit.", [.. Measures.Keys]);

    private static readonly OptionSpec MinOption = OptionSpec.Number(
        "min", "Report a unit whose value is below this.", 0, double.MaxValue);

    private static readonly OptionSpec MaxOption = OptionSpec.Number(
        "max", "Report a unit whose value is above this.", 0, double.MaxValue);

    private static readonly OptionSpec MinWordsOption = OptionSpec.Integer(
        "min-words", "Measure only units with at least this many words: shares of tiny units say little.", 0, 1_000_000, 1);

    private readonly string measureName;
    private readonly Func<Document, TextRange, double> measure;
    private readonly double? min;
    private readonly double? max;
    private readonly int minWords;

    private MetricCheck(RuleDefinition definition, string measureName, double? min, double? max, int minWords)
        : base(definition)
    {
        this.measureName = measureName;
        measure = Measures[measureName];
        this.min = min;
        this.max = max;
        this.minWords = minWords;
    }

    public static IReadOnlyList<OptionSpec> Options { get; } = [MeasureOption, MinOption, MaxOption, MinWordsOption];

    internal override IEnumerable<string> ExtraPlaceholders => ["value", "measure"];

    public static YamlRule Create(RuleDefinition definition, YamlMap options)
    {
        var name = options.GetChoice(MeasureOption.Name, MeasureOption.Choices, required: true) ?? "word-count";
        var min = options.GetDouble(MinOption);
        var max = options.GetDouble(MaxOption);
        if (min is null && max is null)
        {
            options.Error(options.Start, ConfigurationErrorIds.MissingKey, "A metric rule needs 'min', 'max' or both.");
        }

        return new MetricCheck(definition, name, min, max, options.GetInt(MinWordsOption)!.Value);
    }

    private protected override void AnalyzeDocument(RuleContext context)
    {
        var document = context.Document;
        foreach (var unit in Units(document))
        {
            if (minWords > 0 && CountWords(document.GetText(unit)) < minWords)
            {
                continue;
            }

            var value = measure(document, unit);
            if (value < min || value > max)
            {
                Report(context, Trim(document, unit),
                [
                    KeyValuePair.Create("value", value.ToString("0.##", CultureInfo.InvariantCulture)),
                    KeyValuePair.Create("measure", measureName),
                ]);
            }
        }
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                words += inWord ? 0 : 1;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
        }

        return words;
    }

    private static double UppercaseShare(ReadOnlySpan<char> text)
    {
        int letters = 0, upper = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }

        return letters == 0 ? 0 : (double)upper / letters;
    }

    private static double NonLetterShare(ReadOnlySpan<char> text)
    {
        int visible = 0, nonLetters = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                visible++;
                nonLetters += char.IsLetter(c) ? 0 : 1;
            }
        }

        return visible == 0 ? 0 : (double)nonLetters / visible;
    }

    /// <summary>The lines of a unit; a unit inside one line (a front-matter title) is its own line.</summary>
    private static List<TextRange> LinesOf(Document document, TextRange unit)
    {
        var lines = ScopeUnits.ContentLinesIn(document, unit).Select(l => l.Span).ToList();
        return lines.Count > 0 ? lines : [unit];
    }

    private static double UnpunctuatedLineShare(Document document, TextRange unit)
    {
        var lines = LinesOf(document, unit);
        return (double)lines.Count(line => !SentenceEnd.EndsLikeSentence(document.GetText(line).TrimEnd())) / lines.Count;
    }

    private static double MeanLineLength(Document document, TextRange unit)
    {
        var lines = LinesOf(document, unit);
        return lines.Average(line => (double)document.GetText(line).Trim().Length);
    }
}
