using ContentLint.Corpus;
using ContentLint.Text;

namespace ContentLint.Documents;

/// <summary>What a line looks like on its own, in the spirit of jusText (Pomikálek, 2011).</summary>
internal enum LineClass
{
    /// <summary>Long and full of function words: article prose.</summary>
    Good,

    /// <summary>Full of function words but not long: prose, unless its neighbours say otherwise.</summary>
    NearGood,

    /// <summary>Too short to tell on its own: its neighbours decide.</summary>
    Short,

    /// <summary>Few function words, or a copyright line: boilerplate.</summary>
    Bad,
}

/// <summary>The thresholds of a page-shape analysis (jusText's defaults, tuned on both sources of the development set).</summary>
/// <param name="LengthLow">Lines shorter than this (characters) are <see cref="LineClass.Short"/>.</param>
/// <param name="LengthHigh">Lines longer than this with enough function words are <see cref="LineClass.Good"/>.</param>
/// <param name="StopWordsLow">The share of function words below which a line is <see cref="LineClass.Bad"/>.</param>
/// <param name="StopWordsHigh">The share of function words from which a long line is <see cref="LineClass.Good"/>.</param>
/// <param name="MaxCoreGap">The most lines between two prose lines of the same prose core.</param>
/// <param name="MinDumpLines">The fewest lines in runs of short unpunctuated lines that make a document a whole-page dump.</param>
internal sealed record PageShapeSettings(int LengthLow, int LengthHigh, double StopWordsLow, double StopWordsHigh, int MaxCoreGap, int MinDumpLines);

/// <summary>
/// The shape of a document's page: every non-blank body line measured and classed (length, share of the document
/// language's function words, sentence punctuation) and revised by its neighbours' classes as jusText does; the
/// prose core (the stretch of prose lines that holds the most prose text); and whether the document is a whole-page
/// dump (menus, footers and link lists kept with the article) rather than an extractor's output.
/// </summary>
internal sealed class PageLayout
{
    /// <summary>A run of this many short unpunctuated lines in a row is a menu or a link list.</summary>
    private const int MenuRun = 5;

    /// <summary>A small page is a dump with at least this many menu lines, when they are a share of it (<see cref="SmallDumpShare"/>) and it opens with them.</summary>
    private const int MinSmallDumpLines = 15;

    /// <summary>A small page's menu lines are at least one in this many of its lines.</summary>
    private const int SmallDumpShare = 4;

    /// <summary>A small page's first run of menu lines starts at most this many lines below its title, with no prose before it (the site's name, address or slogan may be).</summary>
    private const int MaxMenuStart = 3;

    /// <summary>At most this many words make a line short enough to be a menu entry.</summary>
    private const int MenuEntryWords = 4;

    /// <summary>At least this many words, with sentence punctuation and a function word, make a line a sentence.</summary>
    private const int SentenceWords = 5;

    /// <summary>The share of a document's words that its language's list must cover when the language is not known.</summary>
    private const double MinLanguageShare = 0.08;

    /// <summary>
    /// The last analysis of each document, so the rules of one kind that share settings (page dumps and extractor
    /// output alike) measure a document once; entries go with their documents.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Document, Analysis> Analyses = [];

    /// <summary>The share of function words in the prose of a language whose list is as full as jusText's (English, Spanish, French measured on the development set).</summary>
    private const double ReferenceProseShare = 0.36;

    /// <summary>The least a document's thresholds are scaled down: below this its language's list says too little.</summary>
    private const double MinCalibration = 0.6;

    /// <summary>At least this many words make a line long enough to measure its language's share of function words.</summary>
    private const int CalibrationWords = 20;

    /// <summary>A headline sits at most this many lines above its article's first paragraph (bylines, dates, a standfirst between).</summary>
    private const int HeadlineReach = 12;

    /// <summary>A headline shorter than this (normalised characters) is too common a phrase to place an article by.</summary>
    private const int MinHeadlineLength = 12;

    /// <summary>A line that is the start or end of the title repeats it when it is at least this share of the title.</summary>
    private const double HeadlineShare = 0.4;

    /// <summary>A line that starts with the title repeats it when the title is at least this share of the line.</summary>
    private const double TitleShareOfHeadline = 0.6;

    /// <summary>The most lines between two lines of an article's list or table (short headings between data lines).</summary>
    private const int MaxListGap = 5;

    /// <summary>The fewest words of a list item that <see cref="SameTemplate"/> lets continue a list.</summary>
    private const int MinTemplateWords = 3;

    /// <summary>At least this many counts in a row (<see cref="LineShape.IsCount"/>) are a list of results, not a menu.</summary>
    private const int MinCountRun = 3;

    /// <summary>
    /// What <see cref="LanguageOf"/> answers for a document in a script written without spaces between words (Chinese,
    /// Japanese): its lines are measured by characters and sentence punctuation (<see cref="LineShape.MeasureUnsegmented"/>).
    /// </summary>
    private const int UnsegmentedScript = -2;

    private readonly Lazy<(LineShape[] Lines, int CoreStart, int CoreEnd, bool[] RepeatedOutsideCore)> revision;

    private PageLayout(Document document, LineShape[] measured, bool isPageDump, PageShapeSettings settings, PageShapeSettings calibrated)
    {
        Measured = measured;
        Settings = calibrated;
        IsPageDump = isPageDump;

        // The neighbours' revision and the prose core are found when first asked for: an extractor's output is
        // judged by its measured lines after the last prose line alone, and most documents are not page dumps.
        revision = new(() =>
        {
            var revised = Revise(measured);
            var keys = measured.Select(line => CorpusLine.Hash(document.GetText(line.Line))).ToArray();
            var (coreStart, coreEnd) = FindCore(document, measured, settings, HeadlineLines(document, measured), Repeated(keys, _ => true));
            var repeatedOutsideCore = Repeated(keys, i => i < coreStart || i > coreEnd);
            return ([.. measured.Select((line, i) => line with { Class = revised[i] })], coreStart, coreEnd, repeatedOutsideCore);
        });
    }

    /// <summary>The non-blank body lines, in order, each measured and classed on its own (<see cref="LineShape.OwnClass"/>).</summary>
    public IReadOnlyList<LineShape> Measured { get; }

    /// <summary>The non-blank body lines, in order, each measured and classed, and revised by its neighbours' classes.</summary>
    public IReadOnlyList<LineShape> Lines => revision.Value.Lines;

    /// <summary>The index in <see cref="Lines"/> of the prose core's first line; -1 when there is no prose.</summary>
    public int CoreStart => revision.Value.CoreStart;

    /// <summary>The index in <see cref="Lines"/> of the prose core's last line; -1 when <see cref="CoreStart"/> is.</summary>
    public int CoreEnd => revision.Value.CoreEnd;

    /// <summary>The settings the lines were classed with, their function-word thresholds calibrated to the document's language.</summary>
    public PageShapeSettings Settings { get; }

    /// <summary>True when the document is a whole page's text (menus, footers, link lists), not an extractor's output.</summary>
    public bool IsPageDump { get; }

    /// <summary>True when <paramref name="index"/> lies inside the prose core.</summary>
    public bool InCore(int index) => index >= CoreStart && index <= CoreEnd;

    /// <summary>
    /// True when the line at <paramref name="index"/> lies outside the prose core and the page holds its text (as the
    /// corpus evidence normalises it) again outside the core: a page prints its template's pieces in several places
    /// (a newsletter box under each section, a teaser in the sidebar and again in the footer), an article does not
    /// repeat its own sentences outside its prose.
    /// </summary>
    public bool IsRepeatedOutsideCore(int index) => revision.Value.RepeatedOutsideCore[index];

    /// <summary>
    /// Measures <paramref name="document"/>; null when no stop-word list fits its language (the shape of a line says
    /// little without knowing which words are function words).
    /// </summary>
    public static PageLayout? Analyze(Document document, PageShapeSettings settings)
    {
        if (Analyses.TryGetValue(document, out var cached) && cached.Settings == settings)
        {
            return cached.Layout;
        }

        var layout = Measure(document, settings);
        Analyses.AddOrUpdate(document, new Analysis(settings, layout));
        return layout;
    }

    private static PageLayout? Measure(Document document, PageShapeSettings settings)
    {
        var contentLines = new List<ContentLine>(document.BodyLines.Length);
        foreach (var line in document.BodyLines)
        {
            if (!document.IsBlank(line))
            {
                contentLines.Add(line);
            }
        }

        var language = LanguageOf(document, contentLines);
        if ((language < 0 && language != UnsegmentedScript) || contentLines.Count == 0)
        {
            return null;
        }

        var lines = new LineShape[contentLines.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = language == UnsegmentedScript ? LineShape.MeasureUnsegmented(document, contentLines[i]) : LineShape.Measure(document, contentLines[i], language);
        }

        var calibrated = Calibrated(settings, lines);
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].ClassedBy(calibrated);
        }

        MarkCountRuns(lines);
        return new PageLayout(document, lines, IsWholePage(lines, settings), settings, calibrated);
    }

    /// <summary>
    /// The thresholds scaled to the document's language: lists differ in size and languages in how many function
    /// words their prose needs (an inflected language such as Russian or Polish writes with fewer), so the long lines
    /// of the document say how full of function words its prose is, and a document whose prose falls short of
    /// <see cref="ReferenceProseShare"/> has its thresholds lowered in proportion (never raised).
    /// </summary>
    private static PageShapeSettings Calibrated(PageShapeSettings settings, LineShape[] lines)
    {
        var shares = new List<double>();
        foreach (var line in lines)
        {
            if (line.Words >= CalibrationWords)
            {
                shares.Add(line.StopWordShare);
            }
        }

        shares.Sort();
        if (shares.Count < 3)
        {
            return settings;
        }

        var scale = Math.Clamp(shares[shares.Count / 2] / ReferenceProseShare, MinCalibration, 1);
        return settings with { StopWordsLow = settings.StopWordsLow * scale, StopWordsHigh = settings.StopWordsHigh * scale };
    }

    /// <summary>
    /// The stated language when it has a list; else <see cref="UnsegmentedScript"/> for a script written without
    /// spaces between words; else the list that covers the document's longer lines best (menus say little about the
    /// language, and a page dump starts with them); else the detected language's list; else -1.
    /// </summary>
    private static int LanguageOf(Document document, List<ContentLine> lines)
    {
        var stated = StopWords.IndexOf(document.StatedLanguage);
        if (stated >= 0)
        {
            return stated;
        }

        if (IsUnsegmented(document, lines))
        {
            // Chinese, Japanese, Thai...: without spaces between words there is no word count nor stop-word share.
            return UnsegmentedScript;
        }

        const int SampleLength = 8_000;
        const int MinSampleWords = 8;
        var sample = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            var text = document.GetText(line);
            if (text.Count(' ') + 1 >= MinSampleWords)
            {
                sample.Append(text).Append(' ');
            }

            if (sample.Length > SampleLength)
            {
                break;
            }
        }

        var covering = StopWords.BestCovering(sample.ToString(), MinLanguageShare);
        return covering >= 0 ? covering : StopWords.IndexOf(document.Language);
    }

    /// <summary>
    /// True when most letters belong to scripts written without spaces between words (Chinese, Japanese kana, Thai,
    /// Lao, Myanmar, Khmer): there a line has no word count nor stop-word share to measure.
    /// </summary>
    private static bool IsUnsegmented(Document document, List<ContentLine> lines)
    {
        long letters = 0, unsegmented = 0;
        foreach (var line in lines)
        {
            foreach (var c in document.GetText(line))
            {
                if (char.IsLetter(c))
                {
                    letters++;
                    unsegmented += c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\u0E00' and <= '\u0EFF')
                        or (>= '\u1000' and <= '\u109F') or (>= '\u1780' and <= '\u17FF') ? 1 : 0;
                }
            }
        }

        return unsegmented * 2 > letters;
    }

    /// <summary>jusText's context-sensitive pass: short lines take the class of their nearest classed neighbours, then near-good ones.</summary>
    private static LineClass[] Revise(LineShape[] lines)
    {
        var classes = Array.ConvertAll(lines, line => line.OwnClass);
        var afterShort = (LineClass[])classes.Clone();
        for (var i = 0; i < classes.Length; i++)
        {
            if (classes[i] != LineClass.Short)
            {
                continue;
            }

            var previous = Neighbour(classes, i, -1, ignoreNearGood: true);
            var next = Neighbour(classes, i, +1, ignoreNearGood: true);
            afterShort[i] = (previous, next) switch
            {
                (LineClass.Good, LineClass.Good) => LineClass.Good,
                (LineClass.Bad, LineClass.Bad) => LineClass.Bad,
                _ when (previous == LineClass.Bad && Neighbour(classes, i, -1, ignoreNearGood: false) == LineClass.NearGood)
                    || (next == LineClass.Bad && Neighbour(classes, i, +1, ignoreNearGood: false) == LineClass.NearGood) => LineClass.Good,
                _ => LineClass.Bad,
            };
        }

        var result = (LineClass[])afterShort.Clone();
        for (var i = 0; i < afterShort.Length; i++)
        {
            if (afterShort[i] == LineClass.NearGood)
            {
                var bothBad = Neighbour(afterShort, i, -1, ignoreNearGood: true) == LineClass.Bad && Neighbour(afterShort, i, +1, ignoreNearGood: true) == LineClass.Bad;
                result[i] = bothBad ? LineClass.Bad : LineClass.Good;
            }
        }

        return result;
    }

    /// <summary>The class of the nearest good or bad line (or near-good one) in <paramref name="step"/>'s direction; bad past the ends.</summary>
    private static LineClass Neighbour(LineClass[] classes, int index, int step, bool ignoreNearGood)
    {
        for (var i = index + step; i >= 0 && i < classes.Length; i += step)
        {
            if (classes[i] is LineClass.Good or LineClass.Bad || (classes[i] == LineClass.NearGood && !ignoreNearGood))
            {
                return classes[i];
            }
        }

        return LineClass.Bad;
    }

    /// <summary>
    /// The prose core. Prose lines (<see cref="LineShape.IsProseAnchor"/>) no more than
    /// <see cref="PageShapeSettings.MaxCoreGap"/> lines apart form clusters; a line whose text the page holds twice
    /// (<paramref name="repeated"/>: a newsletter's promise under each section) anchors none. A page repeats its article's headline just
    /// above the article, so a cluster that a repetition of the document's title precedes (by at most
    /// <see cref="HeadlineReach"/> lines) or enters is the article, starting after that headline; among such clusters,
    /// or among all when the title is nowhere repeated, the one with the most characters of prose wins (a legal
    /// footer or a comment thread can hold more prose than a short article). The core then runs on over the
    /// article's own lists and tables (<see cref="ExtendOverArticleLists"/>).
    /// </summary>
    private static (int Start, int End) FindCore(Document document, LineShape[] lines, PageShapeSettings settings, List<int> headlines, bool[] repeated)
    {
        int bestStart = -1, bestEnd = -1, start = -1, end = -1, previousEnd = -1;
        (bool AfterHeadline, long Weight) best = (false, 0);
        for (var i = 0; i <= lines.Length; i++)
        {
            var isAnchor = i < lines.Length && lines[i].IsProseAnchor(settings) && !repeated[i];
            if (!isAnchor && i < lines.Length)
            {
                continue;
            }

            if (start >= 0 && (i == lines.Length || i - end - 1 > settings.MaxCoreGap))
            {
                var (clusterStart, afterHeadline) = StartAfterHeadline(lines, settings, headlines, previousEnd, start, end);
                var weight = 0L;
                for (var j = clusterStart; j <= end; j++)
                {
                    weight += lines[j].IsProseAnchor(settings) ? lines[j].Length : 0;
                }

                if ((afterHeadline, weight).CompareTo(best) > 0)
                {
                    (bestStart, bestEnd, best) = (clusterStart, end, (afterHeadline, weight));
                }

                (start, previousEnd) = (-1, end);
            }

            if (isAnchor)
            {
                start = start < 0 ? i : start;
                end = i;
            }
        }

        return bestStart < 0 ? (-1, -1) : (bestStart, ExtendOverArticleLists(document, lines, bestEnd, repeated));
    }

    /// <summary>For each line, true when another line among those <paramref name="counted"/> has the same normalised text (<paramref name="keys"/>: its corpus hash; null for a line not compared).</summary>
    private static bool[] Repeated(ulong?[] keys, Func<int, bool> counted)
    {
        var first = new Dictionary<ulong, int>();
        var repeated = new bool[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is not { } key || !counted(i))
            {
                continue;
            }

            if (first.TryGetValue(key, out var earlier))
            {
                repeated[earlier] = repeated[i] = true;
            }
            else
            {
                first[key] = i;
            }
        }

        return repeated;
    }

    /// <summary>
    /// Where the cluster of prose from <paramref name="start"/> to <paramref name="end"/> begins once the first
    /// headline that precedes it (by at most <see cref="HeadlineReach"/> lines, after the previous cluster, which
    /// ends at <paramref name="previousEnd"/>) or enters it is left out: the cluster's first prose line after that
    /// headline, and true; else the cluster's own start, and false.
    /// </summary>
    private static (int Start, bool AfterHeadline) StartAfterHeadline(LineShape[] lines, PageShapeSettings settings, List<int> headlines, int previousEnd, int start, int end)
    {
        foreach (var headline in headlines)
        {
            if (headline > previousEnd && headline >= start - HeadlineReach && headline < end)
            {
                var first = Math.Max(start, headline + 1);
                while (!lines[first].IsProseAnchor(settings))
                {
                    first++;
                }

                return (first, true);
            }
        }

        return (start, false);
    }

    /// <summary>
    /// The core's end moved over the article's own lists and tables that follow its prose (a recipe's ingredient
    /// lines, a results table, a question-and-answer list): as long as a line that reads like article content
    /// (<see cref="LineShape.IsArticleEvidence"/>) comes within <see cref="MaxListGap"/> lines, the article goes on.
    /// A menu, a footer or a link list holds no such lines; a sentence the page prints twice without a number in it (a
    /// newsletter's promise under each section) is its template's, while an article's lists repeat their amounts
    /// (a meal plan's "Eat every 2–3 hours" under each day). A list's items without numbers go on with it as long
    /// as each is written on the template of the one before (<see cref="SameTemplate"/>: "Germany (Group C): 13th
    /// appearance", then "Wales (Group E): Second appearance"); such items carry the core but do not reach further
    /// for evidence, which must stand within <see cref="MaxListGap"/> lines of the last line that is.
    /// </summary>
    private static int ExtendOverArticleLists(Document document, LineShape[] lines, int end, bool[] repeated)
    {
        int last = end, lastEvidence = end;
        for (var i = end + 1; i < lines.Length; i++)
        {
            var reachable = i - lastEvidence - 1 <= MaxListGap;
            if (reachable && lines[i].IsArticleEvidence && (!repeated[i] || lines[i].Numbers > 0))
            {
                last = lastEvidence = i;
            }
            else if (i == last + 1 && SameTemplate(document.GetText(lines[last].Line), document.GetText(lines[i].Line)))
            {
                last = i;
            }
            else if (!reachable)
            {
                break;
            }
        }

        return last;
    }

    /// <summary>
    /// True when two lines are items written on one template: the same sequence of words and marks, whatever the
    /// words ("Spain (Group F): 11th appearance" and "Wales (Group E): Second appearance"), with at least
    /// <see cref="MinTemplateWords"/> words and a mark between two of them, which a menu's items ("Home", "Local
    /// news") do not have.
    /// </summary>
    private static bool SameTemplate(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        int i = 0, j = 0, words = 0;
        bool markAfterWord = false, innerMark = false;
        while (true)
        {
            var token = NextToken(first, ref i);
            if (token != NextToken(second, ref j))
            {
                return false;
            }

            if (token == '\0')
            {
                return words >= MinTemplateWords && innerMark;
            }

            innerMark |= token == 'w' && markAfterWord;
            markAfterWord |= token != 'w' && words > 0;
            words += token == 'w' ? 1 : 0;
        }
    }

    /// <summary>The token at <paramref name="index"/>, which moves past it: 'w' for a word (letters, digits and the apostrophes and hyphens inside them), the mark itself for any other character, '\0' at the end; spaces are skipped.</summary>
    private static char NextToken(ReadOnlySpan<char> text, ref int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        if (index == text.Length)
        {
            return '\0';
        }

        if (!char.IsLetterOrDigit(text[index]))
        {
            return text[index++];
        }

        while (index < text.Length && (char.IsLetterOrDigit(text[index]) || (text[index] is '\'' or '’' or '-' && index + 1 < text.Length && char.IsLetterOrDigit(text[index + 1]))))
        {
            index++;
        }

        return 'w';
    }

    /// <summary>
    /// The lines with <see cref="LineShape.InCountRun"/> set where at least <see cref="MinCountRun"/> counts stand in a
    /// row: a poll's results ("165 votes", "24 %") or a column of figures belong to the article wherever they stand
    /// (a poll often comes after the article's prose), where a menu holds no numbers and a pagination bare ones.
    /// </summary>
    private static void MarkCountRuns(LineShape[] lines)
    {
        var runStart = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i < lines.Length && lines[i].IsCount)
            {
                continue;
            }

            for (var j = runStart; i - runStart >= MinCountRun && j < i; j++)
            {
                lines[j] = lines[j] with { InCountRun = true };
            }

            runStart = i + 1;
        }
    }

    /// <summary>
    /// The indexes of the lines that repeat the document's title (a page's own headline above its article): the
    /// same words, or the title's start or end when they make at least <see cref="HeadlineShare"/> of it (a page
    /// title often adds the site's name), or the title followed by a little more.
    /// </summary>
    private static List<int> HeadlineLines(Document document, LineShape[] lines)
    {
        var headlines = new List<int>();
        var title = document.Title is { } text ? Checks.HeadlineText.Normalize(text) : string.Empty;
        if (title.Length < MinHeadlineLength)
        {
            return headlines;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            // Normalising only shortens a line: one far from the title's length cannot repeat it.
            var length = document.GetText(lines[i].Line).Trim().Length;
            if (length < MinHeadlineLength || length < HeadlineShare * title.Length || length > 2 * title.Length + MinHeadlineLength)
            {
                continue;
            }

            var line = Checks.HeadlineText.Normalize(document.GetText(lines[i].Line));
            var repeats = line.Length >= MinHeadlineLength && (line == title
                || ((title.StartsWith(line, StringComparison.Ordinal) || title.EndsWith(line, StringComparison.Ordinal)) && line.Length >= HeadlineShare * title.Length)
                || (line.StartsWith(title, StringComparison.Ordinal) && title.Length >= TitleShareOfHeadline * line.Length));
            if (repeats)
            {
                headlines.Add(i);
            }
        }

        return headlines;
    }

    /// <summary>
    /// True for a whole page's text: <see cref="PageShapeSettings.MinDumpLines"/> lines or more in runs of menu lines
    /// (<see cref="MenuLines"/>); or, for a small page, at least <see cref="MinSmallDumpLines"/> such lines that make a
    /// quarter of it, when it opens with such a run (a page starts with its site's menu; an article's own lists, a
    /// review's pros and cons or a recipe's ingredients, come after its first paragraph).
    /// </summary>
    private static bool IsWholePage(LineShape[] lines, PageShapeSettings settings)
    {
        var (menuLines, firstRun) = MenuLines(lines);
        return menuLines >= settings.MinDumpLines
            || (menuLines >= MinSmallDumpLines && menuLines * SmallDumpShare >= lines.Length && firstRun <= MaxMenuStart
                && !lines.Take(firstRun).Any(line => line.IsProse));
    }

    /// <summary>The menu lines of the document (in runs of <see cref="MenuRun"/> or more) and the index where the first such run starts.</summary>
    private static (int Total, int FirstRunStart) MenuLines(LineShape[] lines)
    {
        int total = 0, run = 0, first = int.MaxValue;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i < lines.Length && lines[i].Words <= MenuEntryWords && !lines[i].EndsSentence)
            {
                run++;
                continue;
            }

            if (run >= MenuRun)
            {
                total += run;
                first = Math.Min(first, i - run);
            }

            run = 0;
        }

        return (total, first);
    }

    /// <summary>A document's layout under the settings it was measured with.</summary>
    private sealed record Analysis(PageShapeSettings Settings, PageLayout? Layout);

    /// <summary>How many characters of a script written with spaces one character of Chinese or Japanese is worth in length.</summary>
    private const int UnsegmentedCharacterWeight = 3;

    /// <summary>How many letters of Chinese or Japanese count as one word: their words are one to three characters, and menu entries and headlines are mostly compounds of two or three.</summary>
    private const int UnsegmentedCharactersPerWord = 3;

    /// <summary>The sentence punctuation of scripts written without spaces: Chinese and Japanese full stops, exclamation and question marks, Myanmar's and Khmer's full stops.</summary>
    private static readonly System.Buffers.SearchValues<char> UnsegmentedSentenceEnds = System.Buffers.SearchValues.Create("。！？｡။។");

    /// <summary>One line's measures and class.</summary>
    /// <param name="Line">The line.</param>
    /// <param name="Length">Its length without surrounding white space (weighted in a script written without spaces: <see cref="MeasureUnsegmented"/>).</param>
    /// <param name="Words">Its words (runs of letters and digits).</param>
    /// <param name="StopWords">Its words on the document language's stop-word list.</param>
    /// <param name="EndsSentence">True when it ends with . ! ? or … (closing quotes and brackets aside).</param>
    /// <param name="OwnClass">Its class on its own.</param>
    /// <param name="Numbers">Its words that hold a digit.</param>
    /// <param name="IsListItem">True when it starts with a Markdown list marker (<c>- </c>, <c>* </c>, <c>+ </c>, <c>1. </c>): a list its author wrote.</param>
    /// <param name="IsCopyright">True for a copyright line, boilerplate whatever its words.</param>
    /// <param name="StartsWithNumber">True when its first word holds a digit ("165 votes", "%24", "2 onions").</param>
    internal readonly record struct LineShape(ContentLine Line, int Length, int Words, int StopWords, int Numbers, bool EndsSentence, bool IsListItem, bool IsCopyright, bool StartsWithNumber, LineClass OwnClass)
    {
        /// <summary>A row of a table (a score board, a timetable): several numbers among several words. Menus hold few numbers.</summary>
        public bool IsTableRow => Numbers >= 3 && Words >= 4;

        /// <summary>
        /// True for content that continues an article's lists and tables: prose, a sentence, a table row, or a line
        /// of several words with a number (an amount, a time, a score). Menu entries and link lists rarely hold either.
        /// </summary>
        public bool IsArticleEvidence => OwnClass is LineClass.Good or LineClass.NearGood || IsSentence || IsTableRow || (Numbers > 0 && Words >= 3);

        /// <summary>
        /// A count: a number followed by a word or two of its unit ("165 votes", "%24 голоса"), no sentence. A name
        /// with a number after it ("Politics (15)", "iPhone 11 Pro") is a category or a product, not a count.
        /// </summary>
        public bool IsCount => StartsWithNumber && Words is >= 2 and <= 3 && !EndsSentence;

        /// <summary>True for a line among several counts in a row: a list of results that belongs to the article.</summary>
        public bool InCountRun { get; init; }

        /// <summary>Its class after its neighbours' revision.</summary>
        public LineClass Class { get; init; } = OwnClass;

        /// <summary>The share of its words that are function words; 0 for a line without words.</summary>
        public double StopWordShare => Words == 0 ? 0 : (double)StopWords / Words;

        /// <summary>True for a sentence: enough words, sentence punctuation and at least one function word.</summary>
        public bool IsSentence => Words >= SentenceWords && EndsSentence && StopWords > 0;

        /// <summary>
        /// True for article prose on its own: a line long enough to judge and full of function words (good or
        /// near-good). A short sentence is not enough: a comment or a caption after the article is one too.
        /// </summary>
        public bool IsProse => OwnClass is LineClass.Good or LineClass.NearGood;

        /// <summary>
        /// True for a line that anchors the prose core: prose on its own, or a long line of sentences with function
        /// words even when they are fewer than prose usually holds (a recipe's method, a name-heavy report).
        /// </summary>
        public bool IsProseAnchor(PageShapeSettings settings) => IsProse || (Length >= settings.LengthHigh && EndsSentence && StopWords > 0);

        /// <summary>The line measured; its class is <see cref="LineClass.Short"/> until <see cref="ClassedBy"/>.</summary>
        /// <remarks>Fully optimised from the first call, as <see cref="Text.StopWords.MaskOf"/> is: it runs once per line of every document.</remarks>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public static LineShape Measure(Document document, ContentLine line, int language)
        {
            var text = document.GetText(line).Trim();
            var bit = 1UL << language;
            int words = 0, stopWords = 0, numbers = 0;
            var startsWithNumber = false;
            foreach (var word in new WordEnumerator(text))
            {
                startsWithNumber |= words == 0 && word.HasDigit;
                words++;
                numbers += word.HasDigit ? 1 : 0;
                stopWords += !word.HasDigit && (Text.StopWords.MaskOf(word.Text) & bit) != 0 ? 1 : 0;
            }

            return new LineShape(line, text.Length, words, stopWords, numbers, EndsLikeSentence(text), StartsWithListMarker(text), IsCopyrightLine(text), startsWithNumber, LineClass.Short);
        }

        /// <summary>
        /// The line measured in a script written without spaces between words (Chinese, Japanese), where there are no
        /// words to count nor function words to look up. A character there says about as much as
        /// <see cref="UnsegmentedCharacterWeight"/> do in a spaced script, so the length is counted that many times and
        /// every <see cref="UnsegmentedCharactersPerWord"/> letters make a word; sentence punctuation stands in for
        /// function words: a line that holds it counts as all function words (prose), one without as none (a menu
        /// entry, a headline, a link).
        /// </summary>
        public static LineShape MeasureUnsegmented(Document document, ContentLine line)
        {
            var text = document.GetText(line).Trim();
            int letters = 0, numbers = 0;
            var startsWithNumber = false;
            for (var i = 0; i < text.Length; i++)
            {
                startsWithNumber |= letters == 0 && char.IsAsciiDigit(text[i]);
                letters += char.IsLetterOrDigit(text[i]) ? 1 : 0;
                numbers += char.IsAsciiDigit(text[i]) && (i == 0 || !char.IsAsciiDigit(text[i - 1])) ? 1 : 0;
            }

            var words = (letters + UnsegmentedCharactersPerWord - 1) / UnsegmentedCharactersPerWord;
            var stopWords = text.ContainsAny(UnsegmentedSentenceEnds) ? words : 0;
            return new LineShape(line, text.Length * UnsegmentedCharacterWeight, words, stopWords, numbers, EndsLikeSentence(text), StartsWithListMarker(text), IsCopyrightLine(text), startsWithNumber, LineClass.Short);
        }

        /// <summary>The line with its own class under <paramref name="settings"/>.</summary>
        public LineShape ClassedBy(PageShapeSettings settings)
        {
            var density = StopWordShare;
            var lineClass = IsCopyright ? LineClass.Bad
                : Length < settings.LengthLow ? LineClass.Short
                : density >= settings.StopWordsHigh ? (Length > settings.LengthHigh ? LineClass.Good : LineClass.NearGood)
                : density >= settings.StopWordsLow ? LineClass.NearGood
                : LineClass.Bad;
            return this with { OwnClass = lineClass, Class = lineClass };
        }

        private static bool IsCopyrightLine(ReadOnlySpan<char> text) => text.Contains('©') || text.StartsWith("copyright", StringComparison.OrdinalIgnoreCase);

        private static bool StartsWithListMarker(ReadOnlySpan<char> text)
        {
            var digits = 0;
            while (digits < text.Length && char.IsAsciiDigit(text[digits]))
            {
                digits++;
            }

            var marker = digits > 0 ? text[digits..] : text;
            return marker.Length > 1 && (digits > 0 ? marker[0] is '.' or ')' : marker[0] is '-' or '*' or '+') && marker[1] == ' ';
        }

        private static bool EndsLikeSentence(ReadOnlySpan<char> text) =>
            SentenceEnd.LastMark(text) is var last && (SentenceEnd.IsMark(last) || UnsegmentedSentenceEnds.Contains(last));
    }
}
