namespace ContentLint.Text;

/// <summary>
/// The marks of reported speech in a news article: a page's notice or prompt ("Vi använder cookies", "Wesprzyj
/// niezależne dziennikarstwo") that someone is quoted as saying or writing is the article's own text. Three shapes,
/// found without a regular expression (scanned only around a finding, so they cost nothing where nothing is found):
/// <list type="bullet">
/// <item>a reporting clause after a comma or a dash, or after a quote's closing ! ? …: a reporting verb right after
/// it (", säger it-chefen", "– mówi rzecznik", "!” – schrieb sie"), or a subject of up to three words after an
/// article or a possessive, then the verb (", the spokesman said", ", a city council spokesman added");</item>
/// <item>a quote after a phrase that introduces what a text says, and a colon ("står det:", "heißt es:", "czytamy:");</item>
/// <item>a line of direct speech opened by a dash and a capital letter that ends a sentence ("– Vi bruger cookies …, siger …").</item>
/// </list>
/// The word lists were the same regular expressions in seven rules' <c>exceptions</c> (CL3007, CL3010, CL3013,
/// CL3014, CL3021, CL3032, CL3033), written from the reported speech of news articles in the pack's languages
/// (the adversary rounds' probes, <c>rules/boilerplate</c> examples).
/// </summary>
internal static class ReportedSpeech
{
    /// <summary>
    /// Reporting verbs by language (ISO 639-1, as <see cref="StopWords"/> names its lists), in the forms news prose uses
    /// after a quote (present and past, third person; in French and Romanian the perfect, in Polish and Czech both
    /// genders), the verbs that announce or inform (", teilte das Ministerium mit", ", a annoncé la mairie", ",
    /// poinformował rzecznik"), and the phrases with which a text is cited inverted ("heißt es", "peut-on lire").
    /// Compared case-insensitively, as whole words, after their first letter in lower case. A verb counts only in a line
    /// of its own language (<see cref="LanguagesOf"/>): one language's verb is another's everyday word (French "dit" is
    /// Dutch "this", Swedish "bad" opens German town names, "sa" is French and Romanian "her").
    /// </summary>
    private static readonly (string Language, string[] Verbs)[] ReportingVerbsByLanguage =
    [
        ("en", ["says", "said", "adds", "added", "tells", "told", "notes", "noted", "writes", "wrote", "reads",
            "warns", "warned", "explains", "explained", "stresses", "stressed", "insists", "insisted", "admits",
            "admitted", "reminds", "reminded", "recalls", "recalled", "remembers", "asked", "urged", "appealed",
            "called on", "announced", "announces", "confirmed", "stated", "reported"]),
        ("de", ["sagt", "sagte", "meint", "meinte", "erklärt", "erklärte", "betont", "betonte", "ergänzt",
            "ergänzte", "schreibt", "schrieb", "warnt", "warnte", "forderte", "rief", "erinnert", "erinnerte",
            "heißt es", "hieß es", "teilt", "teilte", "kündigt", "kündigte", "bestätigte", "berichtete"]),
        ("fr", ["dit", "a dit", "écrit", "ajoute", "a ajouté", "explique", "a expliqué", "précise", "affirme",
            "déclare", "insiste", "souligne", "rappelle", "a rappelé", "prévient", "avertit", "met en garde",
            "assure", "estime", "appelle", "a appelé", "a demandé", "lit-on", "peut-on lire", "annonce", "a annoncé",
            "indique", "a indiqué", "a confirmé", "a précisé"]),
        ("es", ["dice", "dijo", "añade", "añadió", "explica", "explicó", "asegura", "aseguró", "afirma", "afirmó",
            "señala", "señaló", "subraya", "advierte", "advirtió", "alerta", "pidió", "recuerda", "recordó", "reza",
            "anunció", "informó", "indicó", "confirmó", "detalló"]),
        ("it", ["ha detto", "aggiunge", "spiega", "ha spiegato", "afferma", "precisa", "sottolinea", "osserva",
            "avverte", "scrive", "recita", "ricorda", "ha ricordato", "ha chiesto", "annuncia", "ha annunciato",
            "ha comunicato", "ha confermato", "ha precisato", "disse", "dice"]),
        ("pt", ["diz", "disse", "acrescenta", "explicou", "afirmou", "ressalta", "destaca", "alertou", "adverte",
            "escreve", "pediu", "lembra", "lembrou", "recordou", "anunciou", "informou", "confirmou", "indicou"]),
        ("nl", ["zegt", "zei", "aldus", "stelt", "vertelt", "benadrukt", "waarschuwt", "schrijft", "vroeg", "riep",
            "staat er", "staat op", "staat in", "meldt", "meldde", "liet weten", "maakte bekend"]),
        ("sv", ["säger", "sa", "sade", "menar", "berättar", "förklarar", "tillägger", "betonar", "understryker",
            "konstaterar", "påminner", "minns", "varnar", "frågar", "bad", "uppmanar", "uppmanade", "står det",
            "meddelar", "meddelade", "uppger", "uppgav", "skriver"]),
        ("da", ["siger", "sagde", "fortæller", "tilføjer", "understreger", "påpeger", "mindes", "advarer",
            "opfordrer", "opfordrede", "står der", "meddeler", "meddelte", "oplyser", "oplyste", "skriver",
            "forklarer"]),
        ("nb", ["sier", "forteller", "forklarer", "legger til", "understreker", "påpeker", "oppfordrer",
            "oppfordret", "skriver", "opplyser", "opplyste", "melder", "meldte"]),
        ("fi", ["sanoo", "sanoi", "kertoo", "kertoi", "toteaa", "selittää", "korostaa", "muistuttaa", "varoittaa",
            "kirjoittaa", "kehottaa", "kehotti", "pyysi", "lukee", "ilmoittaa", "ilmoitti", "tiedotti"]),
        ("pl", ["mówi", "powiedział", "powiedziała", "dodaje", "dodał", "dodała", "podkreśla", "przypomina",
            "wspomina", "ostrzega", "wyjaśnia", "tłumaczy", "zaznacza", "twierdzi", "pisze", "czytamy", "apeluje",
            "apelował", "apelowała", "apelowali", "zaapelował", "zaapelowała", "prosił", "prosiła", "poinformował",
            "poinformowała", "zapowiedział", "zapowiedziała", "ogłosił", "ogłosiła", "zachęca", "zachęcał",
            "zachęcała"]),
        ("cs", ["říká", "řekl", "řekla", "dodává", "dodal", "dodala", "uvedl", "uvedla", "vysvětluje", "zdůrazňuje",
            "připomíná", "varuje", "píše", "píše se", "vyzývá", "vyzval", "vyzvala", "požádal", "požádala",
            "oznámil", "oznámila", "informoval", "informovala"]),
        ("ro", ["spune", "a spus", "adaugă", "explică", "a explicat", "declară", "a declarat", "subliniază",
            "amintește", "avertizează", "scrie pe", "scrie în", "a cerut", "anunță", "a anunțat", "a informat",
            "a precizat"]),
        ("hu", ["mondja", "mondta", "közölte", "teszi hozzá", "tette hozzá", "magyarázza", "hangsúlyozta",
            "figyelmeztet", "felszólított", "kérte", "olvasható", "bejelentette", "jelentette be", "tájékoztatott"]),
        ("tr", ["diyor", "dedi", "diye", "söyledi", "ekledi", "açıkladı", "belirtti", "uyardı", "çağırdı", "istedi",
            "yazıyor", "duyurdu", "bildirdi"]),
        ("ru", ["говорит", "сказал", "сказала", "добавил", "добавила", "заявил", "заявила", "отмечает", "поясняет",
            "предупреждает", "пишет", "призвал", "призвала", "сообщил", "сообщила", "сообщает", "объявил", "объявила"]),
    ];

    /// <summary>Every reporting verb once, with the languages whose verb it is (bits of <see cref="StopWords.Languages"/>).</summary>
    private static readonly (string Word, ulong Languages)[] ReportingVerbs = [.. ReportingVerbsByLanguage
        .SelectMany(entry => entry.Verbs.Select(verb => (Verb: verb, Language: LanguageBit(entry.Language))))
        .GroupBy(entry => entry.Verb, StringComparer.Ordinal)
        .Select(verb => (verb.Key, verb.Aggregate(0UL, (languages, entry) => languages | entry.Language)))];

    /// <summary>A line needs this many stop words of one language before its language is taken as known (<see cref="LanguagesOf"/>).</summary>
    private const int MinStopWordsForLanguage = 3;

    /// <summary>The words that open the subject of a reporting clause before its verb (", the spokesman said"): English only, as written in news prose.</summary>
    private static readonly string[] SubjectOpeners = ["the", "a", "an", "one", "its", "his", "her", "their"];

    /// <summary>The phrases that introduce what a sign, a page or a text says, before a colon and the quote ("står det:", "it reads:").</summary>
    private static readonly string[] QuoteIntroductions =
    [
        "it says", "it reads", "heißt es", "steht dort", "peut-on lire", "on peut lire", "se lee", "si legge", "lê-se",
        "staat er", "står det", "står der", "lukee", "czytamy", "píše se", "olvasható", "yazıyor",
    ];

    /// <summary>The quotation marks that may stand between a quote's last word and its reporting clause.</summary>
    private const string ClosingQuotes = "\"”»'’";

    /// <summary>The longest reporting clause or quote introduction looked for, in characters: a bound on how far before a finding one may start.</summary>
    private const int MaxMarkerLength = 200;

    /// <summary>The most words of the subject between its opener and the verb (", a city council spokesman said").</summary>
    private const int MaxSubjectWords = 3;

    /// <summary>
    /// True when a mark of reported speech in <paramref name="lines"/> (the whole lines of the finding) overlaps
    /// <paramref name="finding"/>: a reporting clause or a quote introduction in or at the edge of it, or a dash that
    /// opens its first line as direct speech. What is said may be wrapped over several lines of its paragraph, which
    /// ends at <paramref name="paragraphEnd"/>, its end and its reporting clause on the last.
    /// </summary>
    public static bool Overlaps(string text, TextRange lines, int paragraphEnd, TextRange finding)
    {
        if (OpensDirectSpeech(text, lines, paragraphEnd) is { } dash && dash.OverlapsWith(finding))
        {
            return true;
        }

        for (var i = Math.Max(lines.Start, finding.Start - MaxMarkerLength); i < finding.End; i++)
        {
            if (text[i] is ',' or '–' or '—' or '!' or '?' or '…' && ReportingClauseAt(text, lines, i) is { } end && end > finding.Start)
            {
                return true;
            }
        }

        for (var i = finding.Start; i < Math.Min(lines.End, finding.End + MaxMarkerLength); i++)
        {
            if (text[i] == ':' && QuoteIntroductionBefore(text, lines.Start, i) is { } start && start < finding.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The span from the line's start to the capital letter when it opens with a dash and a capital and goes on to end
    /// a sentence (direct speech), or null. A dash and a capital alone are also how a menu or a link list bullets its
    /// items ("– Impressum", "— Follow us on Facebook"); what is said ends with a mark.
    /// </summary>
    private static TextRange? OpensDirectSpeech(string text, TextRange lines, int paragraphEnd)
    {
        var i = SkipSpace(text, lines.Start, lines.End);
        if (i < lines.End && text[i] is '–' or '—')
        {
            i = SkipSpace(text, i + 1, lines.End);

            // Looked for a bounded distance on, so that the findings of a paragraph of megabytes do not each scan it to its end.
            if (i < lines.End && char.IsUpper(text[i]) && EndsSentenceAfter(text, i, Math.Min(paragraphEnd, lines.End + (MaxMarkerLength * 5))))
            {
                return TextRange.FromBounds(lines.Start, i + 1);
            }
        }

        return null;
    }

    /// <summary>True when a sentence ends between <paramref name="start"/> and <paramref name="end"/>: . ! ? or … before white space, a closing mark or the end.</summary>
    private static bool EndsSentenceAfter(string text, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            if (SentenceEnd.IsMark(text[i])
                && (i + 1 == end || char.IsWhiteSpace(text[i + 1]) || SentenceEnd.ClosingMarks.Contains(text[i + 1], StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the reporting clause that begins with the mark at <paramref name="at"/> ends (after its verb), or null for
    /// none: after a comma or a dash, or after ! ? … that close a quote (followed by a quotation mark or a dash).
    /// </summary>
    private static int? ReportingClauseAt(string text, TextRange lines, int at)
    {
        var end = lines.End;
        if (text[at] is ',' or '–' or '—')
        {
            return VerbAfter(text, lines, at + 1) ?? SubjectAndVerbAfter(text, lines, at + 1);
        }

        // "…!” säger" (the quote's mark, then the clause) and "…! – säger", "…?” – säger" (then a dash as well).
        var next = at + 1;
        var quoted = next < end && ClosingQuotes.Contains(text[next], StringComparison.Ordinal);
        var afterQuote = quoted ? next + 1 : next;
        var dash = SkipSpace(text, afterQuote, end);
        if (dash < end && text[dash] is '–' or '—' && VerbAfter(text, lines, dash + 1) is { } afterDash)
        {
            return afterDash;
        }

        return quoted ? VerbAfter(text, lines, afterQuote) : null;
    }

    /// <summary>The end of a reporting verb after an optional closing quotation mark and white space from <paramref name="at"/>, or null.</summary>
    private static int? VerbAfter(string text, TextRange lines, int at)
    {
        var end = lines.End;
        var start = SkipSpace(text, SkipClosingQuote(text, end, at), end);
        return VerbAt(text, lines, start);
    }

    /// <summary>The end of ", the spokesman said": an opener, one to three words of letters, hyphens and apostrophes (", the forum's founder wrote"), and a reporting verb, or null.</summary>
    private static int? SubjectAndVerbAfter(string text, TextRange lines, int at)
    {
        var end = lines.End;
        var start = SkipSpace(text, SkipClosingQuote(text, end, at), end);
        if (WordAt(text, end, start, SubjectOpeners) is not { } word || SkipSpace(text, word, end) == word)
        {
            return null;
        }

        var i = SkipSpace(text, word, end);
        for (var words = 0; words < MaxSubjectWords; words++)
        {
            var wordEnd = i;
            while (wordEnd < end && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '-' or '\'' or '’'))
            {
                wordEnd++;
            }

            var next = SkipSpace(text, wordEnd, end);
            if (wordEnd == i || next == wordEnd)
            {
                return null;
            }

            if (VerbAt(text, lines, next) is { } verbEnd)
            {
                return verbEnd;
            }

            i = next;
        }

        return null;
    }

    /// <summary>The start of the quote introduction that ends, before white space, at the colon at <paramref name="colon"/>, or null.</summary>
    private static int? QuoteIntroductionBefore(string text, int start, int colon)
    {
        var end = colon;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        foreach (var phrase in QuoteIntroductions)
        {
            var at = end - phrase.Length;
            if (at >= start && text.AsSpan(at, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase)
                && (at == start || !IsWordCharacter(text[at - 1])))
            {
                return at;
            }
        }

        return null;
    }

    /// <summary>
    /// The end of the reporting verb written at <paramref name="at"/> as a whole word, its first letter in lower case (a
    /// capital after a comma opens a name: ", Bad Kissingen"), in a language the text around it is written in; or null.
    /// </summary>
    private static int? VerbAt(string text, TextRange lines, int at)
    {
        var end = lines.End;
        if (at >= end || char.IsUpper(text[at]))
        {
            return null;
        }

        foreach (var (word, languages) in ReportingVerbs)
        {
            if (IsWordAt(text, end, at, word))
            {
                // The text around the verb, bounded so that the findings of a line of megabytes do not each read all of it.
                var around = TextRange.FromBounds(Math.Max(lines.Start, at - (MaxMarkerLength * 2)), Math.Min(end, at + MaxMarkerLength));
                return (languages & LanguagesOf(text.AsSpan(around.Start, around.Length))) != 0 ? at + word.Length : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The languages (bits of <see cref="StopWords.Languages"/>) <paramref name="text"/> may be written in, judged by its
    /// stop words: each with at least half as many as the language with the most, when that one has at least
    /// <see cref="MinStopWordsForLanguage"/>; every language when the text has too few to tell.
    /// </summary>
    private static ulong LanguagesOf(ReadOnlySpan<char> text)
    {
        Span<int> hits = stackalloc int[StopWords.Languages.Count];
        StopWords.Count(text, hits);
        var best = 0;
        foreach (var count in hits)
        {
            best = Math.Max(best, count);
        }

        if (best < MinStopWordsForLanguage)
        {
            return ulong.MaxValue;
        }

        var languages = 0UL;
        for (var language = 0; language < hits.Length; language++)
        {
            languages |= hits[language] * 2 >= best ? 1UL << language : 0;
        }

        return languages;
    }

    private static ulong LanguageBit(string language) =>
        StopWords.IndexOf(language) is >= 0 and var index ? 1UL << index : throw new InvalidOperationException($"No stop-word list for the reporting verbs' language '{language}'.");

    /// <summary>True when <paramref name="word"/> is written at <paramref name="at"/> (any case) as a whole word: no letter, digit or hyphen after it before <paramref name="end"/>.</summary>
    private static bool IsWordAt(string text, int end, int at, string word)
    {
        var after = at + word.Length;
        return after <= end && text.AsSpan(at, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
            && (after == end || !(char.IsLetterOrDigit(text[after]) || text[after] == '-'));
    }

    /// <summary>The end of the first of <paramref name="words"/> written at <paramref name="at"/> as a whole word (no letter, digit or hyphen after it), or null.</summary>
    private static int? WordAt(string text, int end, int at, string[] words)
    {
        foreach (var word in words)
        {
            if (IsWordAt(text, end, at, word))
            {
                return at + word.Length;
            }
        }

        return null;
    }

    private static int SkipClosingQuote(string text, int end, int at) =>
        at < end && ClosingQuotes.Contains(text[at], StringComparison.Ordinal) ? at + 1 : at;

    private static int SkipSpace(string text, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>A character of a word as a regular expression's \b sees it: a letter, a digit, a mark or a connector (_).</summary>
    private static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.ConnectorPunctuation;
}
