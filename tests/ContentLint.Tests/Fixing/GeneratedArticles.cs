using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ContentLint.Tests.Fixing;

/// <summary>How a generated article is stored on disk.</summary>
public enum StoredEncoding
{
    Utf8,
    Utf8WithBom,
    Utf16LittleEndianWithBom,
}

/// <summary>A clean article and the same article with junk blocks inserted at paragraph boundaries.</summary>
public sealed record RestorableArticle(string Clean, string WithJunk, string LineBreak, bool FinalNewline, StoredEncoding Encoding, int JunkBlocks)
{
    public byte[] CleanBytes => GeneratedArticles.Encode(Clean, Encoding);

    public byte[] JunkBytes => GeneratedArticles.Encode(WithJunk, Encoding);

    public override string ToString() =>
        $"{Encoding}, {JunkBlocks} junk blocks, final newline: {FinalNewline}{Environment.NewLine}--- with junk ---{Environment.NewLine}{GeneratedArticles.Show(WithJunk)}{Environment.NewLine}--- clean ---{Environment.NewLine}{GeneratedArticles.Show(Clean)}";
}

/// <summary>An article with junk anywhere between its lines, odd blank lines and mixed line breaks.</summary>
public sealed record MessyArticle(string Text)
{
    public override string ToString() => GeneratedArticles.Show(Text);
}

/// <summary>
/// Generates articles from real-looking news sentences (English, Dutch, German, French, Spanish) and junk blocks
/// that the built-in rules catch and fix, taken from <c>seeds/</c> and the rules' examples.
/// </summary>
public static class GeneratedArticles
{
    public static readonly string[] Titles =
    [
        "City council approves new budget after long session",
        "Huizenprijzen stijgen opnieuw in het derde kwartaal",
        "Bahnstreik legt den Fernverkehr am Montag lahm",
        "Le Sénat adopte la réforme des retraites",
        "La sequía reduce la cosecha de aceituna en Jaén",
        "Volunteers bring salmon back to a forgotten creek",
        "Nieuwe fietsbrug over het IJ gaat in 2028 open",
        "Solarausbau erreicht einen neuen Rekord",
    ];

    public static readonly string[] Sentences =
    [
        "The city council approved the budget early on Wednesday after a session that ran for eleven hours.",
        "Council members who opposed the plan said it relied too heavily on one-time federal money.",
        "The budget sets aside 140 million dollars for road repairs, the largest amount in a decade.",
        "Work on the new youth center is expected to begin next spring, the mayor's office said.",
        "For the first time in forty years, salmon have been counted in the narrow stream behind the warehouses.",
        "The volunteer group removed two concrete barriers and planted more than three thousand native shrubs.",
        "State biologists say the numbers are still small, but they see a strong sign that the habitat works.",
        "Students from local schools help to count the fish every autumn and record the results online.",
        "De gemiddelde prijs van een koopwoning is in het derde kwartaal opnieuw gestegen.",
        "Volgens makelaars worden starters steeds vaker overboden door beleggers met veel eigen geld.",
        "De gemeente Amsterdam heeft definitief gekozen voor een vaste fietsbrug naar Amsterdam-Noord.",
        "Critici wijzen op de kosten, want de raming is gestegen naar 340 miljoen euro.",
        "Economen verwachten dat de prijzen volgend jaar minder hard zullen stijgen door de hogere rente.",
        "Op drukke ochtenden wachten honderden fietsers aan de kade op de volgende pont.",
        "Die Gewerkschaft hat für Montag zu einem ganztägigen Streik im Fern- und Regionalverkehr aufgerufen.",
        "Nach Angaben des Konzerns sollen nur rund zwanzig Prozent der Fernzüge fahren.",
        "Der Streit dreht sich vor allem um die Arbeitszeit und den vollen Lohnausgleich.",
        "Im ersten Quartal sind in Deutschland so viele Solaranlagen ans Netz gegangen wie nie zuvor.",
        "Netzbetreiber warnen, dass der Ausbau der Leitungen mit dem Tempo nicht Schritt hält.",
        "Le texte prévoit un relèvement progressif de l'âge légal de départ à la retraite.",
        "Les syndicats ont aussitôt appelé à une nouvelle journée de mobilisation la semaine prochaine.",
        "Selon un sondage publié mercredi, une large majorité de Français reste opposée à la réforme.",
        "Dans plusieurs villages de Bourgogne, les vendanges ont commencé dix jours plus tôt que la moyenne.",
        "Les vignerons expliquent cette avance par un été très chaud et un printemps précoce.",
        "Los agricultores esperan una de las peores campañas de aceituna de la última década.",
        "La falta de lluvias durante la primavera afectó a la floración de muchos olivos.",
        "El precio del aceite de oliva en origen ya ha subido con fuerza en las últimas semanas.",
        "La Junta ha anunciado ayudas para los pequeños productores de la provincia.",
        "El Gobierno ha presentado el proyecto de presupuestos con un aumento del gasto en sanidad.",
        "Los socios parlamentarios todavía no han confirmado su apoyo a las cuentas públicas.",
        "The library will stay open until eight in the evening on Saturdays and Sundays from next month.",
        "Library director Hannah Price said weekend visits had grown by a third since the renovation.",
        "Transit officials warned that ridership has not recovered in the outer districts of the city.",
        "The agency plans to publish the full inspection report on its website before the summer.",
        "Het kabinet wil meer betaalbare woningen bouwen, maar projecten lopen vaak jaren vertraging op.",
        "De bouw van de brug begint volgend jaar met het slaan van de palen in het water.",
        "Besonders beliebt sind kleine Anlagen auf Balkonen, deren Anteil weiter wächst.",
        "Le ministre a salué un vote responsable et rappelé que le texte doit encore passer en commission.",
        "Muchos productores temen que la subida llegue a los supermercados antes de Navidad.",
        "Residents packed the hearing to ask how the new parking rules would affect small shops.",
    ];

    /// <summary>Junk that can sit between any two paragraphs; multi-line blocks have no blank line inside.</summary>
    public static readonly string[][] JunkBlocks =
    [
        ["You May Also Like"],
        ["Populair"],
        ["Meistgelesen"],
        ["Lo más leído"],
        ["Les plus lus"],
        ["READ MORE: China plague outbreak confirmed in two provinces"],
        ["READ\u00a0 Bidens nieuwste sancties tegen Rusland bieden een nieuw doel: de binnenste cirkel van Poetin veroveren"],
        ["Lees ook: Kabinet wil minder vluchten vanaf Schiphol"],
        ["Mehr zum Thema: Die Bahn erhöht die Preise zum Jahreswechsel deutlich"],
        ["À lire aussi : Grève du 7 mars, ce qu'il faut savoir sur les transports"],
        ["About the Author: Nanko Otterman", "\"Trotse twitterliefhebber. Introvert. Hardcore alcoholverslaafde. Levenslange voedselspecialist. Internetgoeroe.\""],
        ["Über den Autor: Lukas Brenner", "Typischer Social-Media-Fan. Kaffeeliebhaber. Introvertiert. Web-Experte. Reisefan."],
        ["Proud twitter enthusiast. Introvert. Internet guru. Lifelong food specialist."],
        ["Leave a Reply"],
        ["Geef een reactie", "Het e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *"],
        ["Your email address will not be published. Required fields are marked *"],
        ["Deja una respuesta"],
    ];

    /// <summary>A reader comment thread: it runs to the end of the article, so it only goes last.</summary>
    public static readonly string[] CommentThread =
        ["3 Comments", "", "Mark on 12 May: Finally some sense from the council.", "", "Ann on 12 May: Too little, too late."];

    public static Gen<RestorableArticle> Restorable { get; } =
        from title in Gen.Elements(Titles)
        from sentences in Gen.Shuffle(Sentences)
        from shape in Gen.Choose(1, 5).SelectMany(paragraphs => Gen.ArrayOf(ParagraphShape, paragraphs))
        from lineBreak in Gen.Elements("\n", "\r\n")
        from finalNewline in Gen.Elements(true, false)
        from encoding in Gen.Elements(StoredEncoding.Utf8, StoredEncoding.Utf8WithBom, StoredEncoding.Utf16LittleEndianWithBom)
        from insertions in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Gen.Zip(Gen.Choose(0, shape.Length), Gen.Elements(JunkBlocks)), n))
        from repeatedTitle in Gen.Elements(true, false)
        from commentThread in Gen.Frequency((1, Gen.Constant(true)), (3, Gen.Constant(false)))
        select Build(title, Fill(shape, sentences), lineBreak, finalNewline, encoding, insertions, repeatedTitle, commentThread);

    public static Gen<MessyArticle> Messy { get; } =
        from title in Gen.Elements(Titles)
        from repeatedTitle in Gen.Elements(true, false)
        from pieces in Gen.Choose(0, 16).SelectMany(n => Gen.ArrayOf(MessyPiece, n))
        from commentThread in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
        from breaks in Gen.ArrayOf(Gen.Frequency((6, Gen.Constant("\n")), (3, Gen.Constant("\r\n")), (1, Gen.Constant("\r"))), 64)
        from finalNewline in Gen.Elements(true, false)
        select BuildMessy(title, repeatedTitle, pieces, commentThread, breaks, finalNewline);

    /// <summary>How many lines each paragraph has and how many sentences each line.</summary>
    private static Gen<int[]> ParagraphShape { get; } =
        Gen.Choose(1, 2).SelectMany(lines => Gen.ArrayOf(Gen.Choose(1, 2), lines));

    private static Gen<string> MessyPiece { get; } = Gen.Frequency(
        (5, Gen.Elements(Sentences)),
        (3, Gen.Elements(JunkBlocks).Select(block => string.Join("\n", block))),
        (3, Gen.Constant("")),
        (1, Gen.Elements("  ", "\t", " \u00a0 ")));

    public static byte[] Encode(string text, StoredEncoding encoding) => encoding switch
    {
        StoredEncoding.Utf8WithBom => [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)],
        StoredEncoding.Utf16LittleEndianWithBom => [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes(text)],
        _ => System.Text.Encoding.UTF8.GetBytes(text),
    };

    /// <summary>The text with its line breaks made visible, for failure messages.</summary>
    public static string Show(string text) =>
        text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n" + Environment.NewLine, StringComparison.Ordinal);

    private static List<List<string>> Fill(int[][] shape, string[] sentences)
    {
        var next = 0;
        return shape
            .Select(paragraph => paragraph.Select(count => string.Join(" ", Enumerable.Range(0, count).Select(_ => sentences[next++]))).ToList())
            .ToList();
    }

    private static RestorableArticle Build(
        string title,
        List<List<string>> paragraphs,
        string lineBreak,
        bool finalNewline,
        StoredEncoding encoding,
        (int Boundary, string[] Block)[] insertions,
        bool repeatedTitle,
        bool commentThread)
    {
        var clean = new List<string> { title, "" };
        var junked = new List<string> { title, "" };
        if (repeatedTitle)
        {
            // The extractor kept the <h1>: the headline again as the first body line.
            junked.AddRange([title, ""]);
        }

        for (var i = 0; i < paragraphs.Count; i++)
        {
            // Junk at boundary i sits between the blank line before paragraph i and the paragraph, with its own blank line.
            foreach (var (_, block) in insertions.Where(x => x.Boundary == i))
            {
                junked.AddRange(block);
                junked.Add("");
            }

            clean.AddRange(paragraphs[i]);
            junked.AddRange(paragraphs[i]);
            if (i < paragraphs.Count - 1)
            {
                clean.Add("");
                junked.Add("");
            }
        }

        // Junk after the last paragraph: a blank line, then the block.
        foreach (var (_, block) in insertions.Where(x => x.Boundary == paragraphs.Count))
        {
            junked.Add("");
            junked.AddRange(block);
        }

        if (commentThread)
        {
            junked.Add("");
            junked.AddRange(CommentThread);
        }

        string Join(List<string> lines) => string.Join(lineBreak, lines) + (finalNewline ? lineBreak : "");
        return new RestorableArticle(Join(clean), Join(junked), lineBreak, finalNewline, encoding, insertions.Length + (repeatedTitle ? 1 : 0) + (commentThread ? 1 : 0));
    }

    private static MessyArticle BuildMessy(string title, bool repeatedTitle, string[] pieces, bool commentThread, string[] breaks, bool finalNewline)
    {
        var lines = new List<string> { title };
        if (repeatedTitle)
        {
            lines.Add(title);
        }

        lines.AddRange(pieces.SelectMany(piece => piece.Split('\n')));
        if (commentThread)
        {
            lines.AddRange(CommentThread);
        }

        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            text.Append(lines[i]);
            if (i < lines.Count - 1 || finalNewline)
            {
                // A lone CR after a blank line would merge with the next LF into one CRLF break; keep breaks unambiguous.
                var lineBreak = breaks[i % breaks.Length];
                text.Append(lineBreak == "\r" && i + 1 < lines.Count && lines[i + 1].Length == 0 ? "\n" : lineBreak);
            }
        }

        return new MessyArticle(text.ToString());
    }
}

/// <summary>The arbitraries the fix properties draw from.</summary>
public static class ArticleArbitraries
{
    public static Arbitrary<RestorableArticle> Restorable() => GeneratedArticles.Restorable.ToArbitrary();

    public static Arbitrary<MessyArticle> Messy() => GeneratedArticles.Messy.ToArbitrary();
}
