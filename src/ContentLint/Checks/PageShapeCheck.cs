using System.Globalization;
using ContentLint.Configuration;
using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Rules;

namespace ContentLint.Checks;

/// <summary>
/// <c>kind: page-shape</c> — lines whose shape says they are not the article: short, few function words of the
/// document's language, no sentence punctuation, among neighbours of the same kind (jusText), outside the prose
/// core. The document itself tells which evidence is enough: in a whole-page dump (<c>input: page-dump</c>) every
/// such block outside the core is reported; in an extractor's output (<c>input: extractor-output</c>), where the
/// shape is much less reliable, only a block of several such lines after the last prose line.
/// One finding covers one block of consecutive lines, so its line count is the strength of its evidence.
/// </summary>
internal sealed class PageShapeCheck : YamlRule
{
    private const string PageDump = "page-dump";
    private const string ExtractorOutput = "extractor-output";

    /// <summary>The most words a fact's label has ("Weight", "Date of release").</summary>
    private const int MaxLabelWords = 3;

    private static readonly OptionSpec InputOption = OptionSpec.Choice(
        "input", "The documents the rule looks at: whole-page dumps (menus, footers and link lists kept), or an extractor's output.",
        [PageDump, ExtractorOutput]);

    private static readonly OptionSpec MinRunOption = OptionSpec.Integer(
        "min-run", "The fewest consecutive lines a reported block has.", 1, 1_000, 3);

    private static readonly OptionSpec MaxShareOption = OptionSpec.Number(
        "max-share", "For extractor output: the largest share of the document's lines a trailing block may be (a longer one is the article's own list).", 0.01, 1, 0.3);

    private static readonly OptionSpec MaxLinesOption = OptionSpec.Integer(
        "max-lines", "For extractor output: the most lines a trailing block may have (a longer one is the article's own list or table).", 1, 100_000, 12);

    private static readonly OptionSpec LengthLowOption = OptionSpec.Integer(
        "length-low", "Lines shorter than this many characters are classed by their neighbours.", 1, 10_000, 70);

    private static readonly OptionSpec LengthHighOption = OptionSpec.Integer(
        "length-high", "Lines longer than this many characters, with enough function words, are prose.", 1, 100_000, 200);

    private static readonly OptionSpec StopWordsLowOption = OptionSpec.Number(
        "stopwords-low", "The share of function words below which a line is boilerplate.", 0, 1, 0.30);

    private static readonly OptionSpec StopWordsHighOption = OptionSpec.Number(
        "stopwords-high", "The share of function words from which a long line is prose.", 0, 1, 0.32);

    private static readonly OptionSpec MaxCoreGapOption = OptionSpec.Integer(
        "max-core-gap", "The most lines between two prose lines of the same prose core.", 0, 10_000, 8);

    private static readonly OptionSpec MinDumpLinesOption = OptionSpec.Integer(
        "min-dump-lines", "The fewest lines, in runs of five or more short lines without sentence punctuation, that make a document a whole-page dump.", 1, 100_000, 30);

    private readonly bool pageDumps;
    private readonly int minRun;
    private readonly double maxShare;
    private readonly int maxLines;
    private readonly PageShapeSettings settings;

    private PageShapeCheck(RuleDefinition definition, bool pageDumps, int minRun, double maxShare, int maxLines, PageShapeSettings settings)
        : base(definition)
    {
        this.pageDumps = pageDumps;
        this.minRun = minRun;
        this.maxShare = maxShare;
        this.maxLines = maxLines;
        this.settings = settings;
    }

    public static IReadOnlyList<OptionSpec> Options { get; } =
        [InputOption, MinRunOption, MaxShareOption, MaxLinesOption, LengthLowOption, LengthHighOption, StopWordsLowOption, StopWordsHighOption, MaxCoreGapOption, MinDumpLinesOption];

    internal override IEnumerable<string> ExtraPlaceholders => ["lines"];

    public static YamlRule Create(RuleDefinition definition, YamlMap options)
    {
        var input = options.GetChoice(InputOption.Name, InputOption.Choices, required: true) ?? PageDump;
        var low = options.GetDouble(StopWordsLowOption)!.Value;
        var high = options.GetDouble(StopWordsHighOption)!.Value;
        if (high < low)
        {
            options.ErrorAt(StopWordsHighOption.Name, ConfigurationErrorIds.InvalidValue, "'stopwords-high' must not be below 'stopwords-low'.");
        }

        var settings = new PageShapeSettings(
            options.GetInt(LengthLowOption)!.Value,
            options.GetInt(LengthHighOption)!.Value,
            low,
            high,
            options.GetInt(MaxCoreGapOption)!.Value,
            options.GetInt(MinDumpLinesOption)!.Value);
        return new PageShapeCheck(definition, input == PageDump, options.GetInt(MinRunOption)!.Value, options.GetDouble(MaxShareOption)!.Value, options.GetInt(MaxLinesOption)!.Value, settings);
    }

    private protected override void AnalyzeDocument(RuleContext context)
    {
        if (PageLayout.Analyze(context.Document, settings) is not { } layout || layout.IsPageDump != pageDumps)
        {
            return;
        }

        var lines = pageDumps ? layout.Lines : layout.Measured;
        var (first, end) = !pageDumps ? TrailingBlock(context.Document, layout) : HasBoilerplateBeforeCore(layout) ? (0, lines.Count) : (0, 0);
        var blockStart = -1;
        for (var i = first; i <= end; i++)
        {
            if (i < end && (!pageDumps || IsBoilerplateOutsideCore(layout, i) || IsRepeatedOutsideCore(layout, i)))
            {
                blockStart = blockStart < 0 ? i : blockStart;
                continue;
            }

            if (blockStart >= 0 && i - blockStart >= minRun)
            {
                var span = Text.TextRange.FromBounds(lines[blockStart].Line.Start, lines[i - 1].Line.End);
                Report(context, Trim(context.Document, span), [KeyValuePair.Create("lines", (i - blockStart).ToString(CultureInfo.InvariantCulture))], applicability: FixApplicability.Unsafe);
            }

            blockStart = -1;
        }
    }

    /// <summary>
    /// True when boilerplate stands before the prose core: a page puts its menus above the article. Runs of short
    /// lines after the prose only are the article's own long lists (the verses of a song, a glossary's terms, a
    /// week's programme) in an extractor's output, which starts with the article.
    /// </summary>
    private static bool HasBoilerplateBeforeCore(PageLayout layout)
    {
        for (var i = 0; i < layout.CoreStart; i++)
        {
            if (IsBoilerplateOutsideCore(layout, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// In a page dump: a line outside the prose core that is short or boilerplate (after the neighbours' revision),
    /// and neither a sentence, a table row nor one of a run of counts (a poll's results). Outside the article, a short
    /// line is boilerplate even among prose neighbours (a comment's author and date, a teaser's headline); a page
    /// without a prose core has no article to tell its boilerplate from.
    /// </summary>
    private static bool IsBoilerplateOutsideCore(PageLayout layout, int index)
    {
        var line = layout.Lines[index];
        return layout.CoreStart >= 0 && !layout.InCore(index) && (line.Length < layout.Settings.LengthLow || line.Class == LineClass.Bad)
            && !line.IsSentence && !line.IsTableRow && !line.InCountRun;
    }

    /// <summary>
    /// In a page dump: a line outside the prose core that the page holds again outside it, even a long one or a
    /// sentence (a newsletter's promise, a teaser's headline), unless it is a table row or one of a run of counts,
    /// which repeat in an article's own data.
    /// </summary>
    private static bool IsRepeatedOutsideCore(PageLayout layout, int index) =>
        layout.CoreStart >= 0 && layout.IsRepeatedOutsideCore(index) && !layout.Lines[index].IsTableRow && !layout.Lines[index].InCountRun;

    /// <summary>
    /// In extractor output: the lines after the last prose line, when they are not too many nor too large a share of
    /// the document, and each is a short line without sentence punctuation nor list marker, poor in function words (an
    /// article's closing list is made of phrases, a link list or a tag line of names; a sentence in another language
    /// has no function words of the document's language but ends like a sentence; a run of counts is a poll's
    /// results), and fewer than half of them are facts (<see cref="IsFact"/>); else an empty range.
    /// </summary>
    private (int First, int End) TrailingBlock(Document document, PageLayout layout)
    {
        var count = layout.Measured.Count;
        var lastProse = count - 1;
        while (lastProse >= 0 && !layout.Measured[lastProse].IsProse)
        {
            lastProse--;
        }

        var tail = count - lastProse - 1;
        if (lastProse < 0 || tail > maxLines || tail > maxShare * count)
        {
            return (0, 0);
        }

        var facts = 0;
        for (var i = lastProse + 1; i < count; i++)
        {
            var line = layout.Measured[i];
            if (line.Length >= settings.LengthLow || line.EndsSentence || line.IsListItem || line.InCountRun || line.StopWordShare >= layout.Settings.StopWordsLow)
            {
                return (0, 0);
            }

            facts += IsFact(line, document) ? 1 : 0;
        }

        // Lines that are mostly facts are the article's data (a recipe's ingredients, a spec sheet, a box score, a film's credits), not links.
        return 2 * facts >= tail ? (0, 0) : (lastProse + 1, count);
    }

    /// <summary>
    /// True for a line that states a fact: it holds a number (an amount, a score, opening hours: "2 onions", "Reid 31",
    /// "Saturday 10-18") or is a short label, a colon and its value ("Weight: 1.2 kg", "Réalisation : Anne Le Goff").
    /// A link list or a tag line is made of names and headlines, which hold neither.
    /// </summary>
    private static bool IsFact(PageLayout.LineShape line, Document document)
    {
        if (line.Numbers > 0)
        {
            return true;
        }

        var text = document.GetText(line.Line).Trim();
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1 || text[colon + 1] == '/')
        {
            return false;
        }

        var label = text[..colon].TrimEnd();
        return label.Length > 0 && char.IsLetter(label[0]) && label.Count(' ') < MaxLabelWords && !text[(colon + 1)..].IsWhiteSpace();
    }
}
