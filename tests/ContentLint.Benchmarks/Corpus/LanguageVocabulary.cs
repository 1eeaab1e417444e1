namespace ContentLint.Benchmarks.Corpus;

/// <summary>
/// The words one language's articles are built from: clean prose (subject and verb, object, time or place) and the
/// junk that scrapers leave in that language. The corpus must not change when the rule pack grows, so junk texts are
/// written out here rather than read from <c>rules/</c>: phase-1 and phase-2 figures then measure the same bytes.
/// </summary>
internal sealed record LanguageVocabulary
{
    public required string Code { get; init; }

    // Prose: "<subject and verb> <object> <tail>."
    public required string[] SubjectVerbs { get; init; }
    public required string[] Objects { get; init; }
    public required string[] Tails { get; init; }

    // Figures: "<source prefix> <number> <unit> <statistic>."
    public required string[] SourcePrefixes { get; init; }
    public required string[] Units { get; init; }
    public required string[] Statistics { get; init; }

    // Quotes: "“<quote>”, <speech verb> <name>, <role>."
    public required string[] Quotes { get; init; }
    public required string SpeechVerb { get; init; }
    public required string[] Roles { get; init; }
    public required string OpenQuote { get; init; }
    public required string CloseQuote { get; init; }

    public required string[] HeadlineSubjects { get; init; }
    public required string[] HeadlinePredicates { get; init; }
    public required string[] Subheadings { get; init; }
    public required string[] Tags { get; init; }

    // Junk, as scrapers leave it.
    public required string[] NavigationLabels { get; init; }
    public required string[] UpperTeaserLabels { get; init; }
    public required string[] TeaserLabels { get; init; }
    public required string[] WidgetHeadings { get; init; }
    public required string[] AuthorLabels { get; init; }
    public required string[] BioFragments { get; init; }
    public required string[] CommentHeadings { get; init; }
    public required string[] CommentNotices { get; init; }
    public required string CommentCountWord { get; init; }
    public required string[] Comments { get; init; }
    public required string[] ShareLines { get; init; }

    /// <summary>Capitalised words that open a sentence and that a link's text gets glued to ("JournalHet").</summary>
    public required string[] GlueOpeners { get; init; }
}

/// <summary>The five languages of the corpus.</summary>
internal static class Vocabularies
{
    public static readonly string[] FirstNames = ["Anna", "Pieter", "Lena", "Marc", "Sofia", "Jonas", "Claire", "Diego", "Emma", "Lucas", "Nora", "Hugo", "Julia", "Tomás", "Inès", "Daan"];
    public static readonly string[] LastNames = ["de Vries", "Hoffmann", "Martin", "García", "Jansen", "Schneider", "Dubois", "López", "Bakker", "Weber", "Moreau", "Fernández", "Visser", "Fischer", "Laurent", "Romero"];
    public static readonly string[] Publications = ["Reuters", "Bloomberg", "Politico", "Guardian", "Journal", "Tribune", "Courant", "Zeitung", "Monde", "Gazette", "Herald"];

    public static readonly LanguageVocabulary English = new()
    {
        Code = "en",
        SubjectVerbs =
        [
            "The city council approved", "Local residents criticised", "The regional government presented", "The transport minister defended",
            "A group of engineers examined", "The opposition parties rejected", "The central bank reviewed", "Farmers in the north welcomed",
            "The health authority published", "Several hospitals reported", "The university announced", "Shop owners in the old town questioned",
            "The environmental agency measured", "Teachers across the province discussed", "The port authority expanded",
        ],
        Objects =
        [
            "the budget for the coming year", "plans for a second bridge over the river", "new rules for short-term rentals",
            "a programme to insulate older homes", "the results of the latest water quality survey", "higher fees for parking in the centre",
            "a proposal to extend the night train service", "the delayed renovation of the central library", "a scheme to plant trees along the ring road",
            "the figures on youth unemployment", "an agreement with the neighbouring municipalities", "the cost of the new cycling network",
            "measures against flooding in low-lying districts", "a pilot with free public transport for students", "the report on rising energy prices",
        ],
        Tails =
        [
            "on Tuesday", "after months of debate", "despite strong opposition", "at a crowded meeting in the town hall", "earlier this week",
            "for the third time this year", "without a formal vote", "in a letter to parliament", "after a long night of negotiations",
            "before the summer recess", "in the presence of the mayor", "following complaints from residents",
        ],
        SourcePrefixes = ["According to the statistics office,", "Figures from the ministry show that", "A survey by the chamber of commerce found that", "Official estimates suggest that"],
        Units = ["households", "companies", "students", "hectares of farmland", "kilometres of road", "new homes", "passengers a day", "jobs"],
        Statistics = ["were affected last year", "are expected by the end of the decade", "have been added since the spring", "depend on the scheme", "were counted in the last census"],
        Quotes =
        [
            "We cannot keep postponing this decision", "The numbers speak for themselves", "Nobody expected the costs to rise this fast",
            "This is a good day for the whole region", "We will keep a close eye on the results", "People want clarity, not more studies",
            "It took far too long, but we got there", "The plan is ambitious and affordable",
        ],
        SpeechVerb = "said",
        Roles = ["a spokesperson for the council", "the project leader", "an economist at the university", "a local shop owner", "the chair of the residents' association"],
        OpenQuote = "“",
        CloseQuote = "”",
        HeadlineSubjects = ["Council", "Region", "Government", "Farmers", "Hospitals", "Students", "Port", "City"],
        HeadlinePredicates =
        [
            "approves budget after long debate", "delays plan for new bridge", "wins funding for cycling network", "faces criticism over parking fees",
            "expands night train service", "publishes report on water quality", "cuts energy use by a fifth", "agrees deal with neighbours",
        ],
        Subheadings = ["What happens next", "Costs and funding", "Reactions from residents", "A long history", "The numbers behind the plan"],
        Tags = ["politics", "transport", "economy", "environment", "housing", "education", "health"],
        NavigationLabels = ["Home", "Most Popular", "Trending now", "Latest news", "Top stories", "Sports"],
        UpperTeaserLabels = ["READ", "READ MORE:", "ALSO READ", "SEE ALSO"],
        TeaserLabels = ["Read more:", "Related:", "See also:", "Also read:"],
        WidgetHeadings = ["You May Also Like", "Related Posts", "Recommended for you", "More stories", "Don’t miss"],
        AuthorLabels = ["About the Author:", "About the Writer:", "Author bio:"],
        BioFragments = ["Proud twitter enthusiast", "Introvert", "Internet guru", "Lifelong food specialist", "Coffee fanatic", "Travel nerd", "Music lover", "Web expert"],
        CommentHeadings = ["Leave a Reply", "Leave a comment", "Join the discussion"],
        CommentNotices = ["Your email address will not be published. Required fields are marked *", "Save my name, email, and website in this browser for the next time I comment."],
        CommentCountWord = "Comments",
        Comments = ["Finally some sense from the council.", "Too little, too late.", "Who is going to pay for all this?", "Great article, thanks for writing it."],
        ShareLines = ["Share this article", "Sign up for our newsletter", "We use cookies to improve your experience. Accept all cookies", "Follow us on Facebook"],
        GlueOpeners = ["The", "This", "It", "They", "In"],
    };

    public static readonly LanguageVocabulary Dutch = new()
    {
        Code = "nl",
        SubjectVerbs =
        [
            "De gemeenteraad keurde", "Buurtbewoners bekritiseerden", "De provincie presenteerde", "De minister van Verkeer verdedigde",
            "Een groep ingenieurs onderzocht", "De oppositiepartijen verwierpen", "De centrale bank beoordeelde", "Boeren in het noorden verwelkomden",
            "De gezondheidsdienst publiceerde", "Verschillende ziekenhuizen meldden", "De universiteit steunde", "Winkeliers in de binnenstad betwijfelden",
            "Het milieuagentschap mat", "Leraren in de hele provincie bespraken", "Het havenbedrijf financierde",
        ],
        Objects =
        [
            "de begroting voor het komende jaar", "plannen voor een tweede brug over de rivier", "nieuwe regels voor kortdurende verhuur",
            "een programma om oudere woningen te isoleren", "de uitkomsten van het laatste onderzoek naar de waterkwaliteit", "hogere tarieven voor parkeren in het centrum",
            "een voorstel om de nachttrein vaker te laten rijden", "de vertraagde verbouwing van de centrale bibliotheek", "een plan om bomen langs de ringweg te planten",
            "de cijfers over de jeugdwerkloosheid", "een akkoord met de buurgemeenten", "de kosten van het nieuwe fietsnetwerk",
            "maatregelen tegen overstromingen in lage wijken", "een proef met gratis openbaar vervoer voor studenten", "het rapport over de stijgende energieprijzen",
        ],
        Tails =
        [
            "op dinsdag", "na maanden van discussie", "ondanks felle tegenstand", "tijdens een drukke vergadering in het stadhuis", "eerder deze week",
            "voor de derde keer dit jaar", "zonder formele stemming", "in een brief aan de Tweede Kamer", "na een lange nacht van onderhandelingen",
            "voor het zomerreces", "in aanwezigheid van de burgemeester", "na klachten van omwonenden",
        ],
        SourcePrefixes = ["Het Centraal Bureau voor de Statistiek meldt dat", "Uit cijfers van het ministerie blijkt dat", "Een enquête van de Kamer van Koophandel laat zien dat", "Officiële schattingen gaan ervan uit dat"],
        Units = ["huishoudens", "bedrijven", "studenten", "hectare landbouwgrond", "kilometer weg", "nieuwe woningen", "reizigers per dag", "banen"],
        Statistics = ["vorig jaar werden getroffen", "aan het eind van het decennium worden verwacht", "sinds het voorjaar zijn bijgekomen", "van de regeling afhankelijk zijn", "bij de laatste telling werden geteld"],
        Quotes =
        [
            "We kunnen dit besluit niet blijven uitstellen", "De cijfers spreken voor zich", "Niemand had verwacht dat de kosten zo snel zouden stijgen",
            "Dit is een goede dag voor de hele regio", "We houden de resultaten nauwlettend in de gaten", "Mensen willen duidelijkheid, geen nieuwe studies",
            "Het heeft veel te lang geduurd, maar we zijn er", "Het plan is ambitieus en betaalbaar",
        ],
        SpeechVerb = "zei",
        Roles = ["een woordvoerder van de gemeente", "de projectleider", "een econoom van de universiteit", "een lokale winkelier", "de voorzitter van de bewonersvereniging"],
        OpenQuote = "‘",
        CloseQuote = "’",
        HeadlineSubjects = ["Gemeenteraad", "Provincie", "Kabinet", "Boeren", "Ziekenhuizen", "Studenten", "Haven", "Stad"],
        HeadlinePredicates =
        [
            "keurt begroting goed na lang debat", "stelt plan voor nieuwe brug uit", "krijgt geld voor fietsnetwerk", "krijgt kritiek op parkeertarieven",
            "breidt nachttrein uit", "publiceert rapport over waterkwaliteit", "verbruikt een vijfde minder energie", "sluit akkoord met buren",
        ],
        Subheadings = ["Hoe nu verder", "Kosten en financiering", "Reacties uit de buurt", "Een lange geschiedenis", "De cijfers achter het plan"],
        Tags = ["politiek", "verkeer", "economie", "milieu", "wonen", "onderwijs", "zorg"],
        NavigationLabels = ["Populair", "Meest gelezen", "Laatste nieuws", "Net binnen"],
        UpperTeaserLabels = ["READ", "LEES OOK", "LEES MEER:"],
        TeaserLabels = ["Lees ook:", "Lees meer:", "Ook interessant:"],
        WidgetHeadings = ["You May Also Like", "Lees ook", "Meer nieuws", "Gerelateerde artikelen", "Dit vind je misschien ook leuk"],
        AuthorLabels = ["About the Author:", "Over de auteur:", "Over de schrijver:"],
        BioFragments = ["Trotse twitterliefhebber", "Introvert", "Hardcore alcoholverslaafde", "Levenslange voedselspecialist", "Internetgoeroe", "Koffiefanaat", "Reisnerd", "Muziekliefhebber"],
        CommentHeadings = ["Geef een reactie", "Laat een reactie achter", "Plaats een reactie"],
        CommentNotices = ["Het e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *", "Je e-mailadres wordt niet gepubliceerd."],
        CommentCountWord = "reacties",
        Comments = ["Eindelijk een verstandig besluit.", "Te weinig en te laat.", "Wie gaat dit allemaal betalen?", "Goed stuk, bedankt."],
        ShareLines = ["Deel dit artikel", "Schrijf je in voor onze nieuwsbrief", "Wij gebruiken cookies om je ervaring te verbeteren. Alle cookies accepteren", "Volg ons op Facebook"],
        GlueOpeners = ["Het", "De", "Dit", "Deze", "In"],
    };

    public static readonly LanguageVocabulary German = new()
    {
        Code = "de",
        SubjectVerbs =
        [
            "Der Stadtrat beschloss", "Anwohner kritisierten", "Die Landesregierung präsentierte", "Der Verkehrsminister verteidigte",
            "Eine Gruppe von Ingenieuren untersuchte", "Die Oppositionsparteien kritisierten", "Die Zentralbank prüfte", "Landwirte im Norden begrüßten",
            "Das Gesundheitsamt veröffentlichte", "Mehrere Krankenhäuser meldeten", "Die Universität unterstützte", "Ladenbesitzer in der Altstadt bezweifelten",
            "Das Umweltamt maß", "Lehrkräfte im ganzen Land diskutierten", "Die Hafenbehörde erweiterte",
        ],
        Objects =
        [
            "den Haushalt für das kommende Jahr", "Pläne für eine zweite Brücke über den Fluss", "neue Regeln für die Kurzzeitvermietung",
            "ein Programm zur Dämmung älterer Wohnungen", "die Ergebnisse der jüngsten Untersuchung der Wasserqualität", "höhere Parkgebühren in der Innenstadt",
            "einen Vorschlag für mehr Nachtzüge", "die verzögerte Sanierung der Stadtbibliothek", "einen Plan für Bäume entlang der Ringstraße",
            "die Zahlen zur Jugendarbeitslosigkeit", "eine Vereinbarung mit den Nachbargemeinden", "die Kosten des neuen Radwegenetzes",
            "Maßnahmen gegen Hochwasser in tief gelegenen Vierteln", "einen Versuch mit kostenlosem Nahverkehr für Studierende", "den Bericht über steigende Energiepreise",
        ],
        Tails =
        [
            "am Dienstag", "nach monatelanger Debatte", "trotz heftigen Widerstands", "bei einer vollen Sitzung im Rathaus", "Anfang dieser Woche",
            "zum dritten Mal in diesem Jahr", "ohne förmliche Abstimmung", "in einem Brief an den Landtag", "nach einer langen Verhandlungsnacht",
            "vor der Sommerpause", "im Beisein des Bürgermeisters", "nach Beschwerden von Anwohnern",
        ],
        SourcePrefixes = ["Das Statistische Landesamt meldet, dass", "Zahlen des Ministeriums zeigen, dass", "Eine Umfrage der Handelskammer ergab, dass", "Offizielle Schätzungen gehen davon aus, dass"],
        Units = ["Haushalte", "Unternehmen", "Studierende", "Hektar Ackerland", "Kilometer Straße", "neue Wohnungen", "Fahrgäste am Tag", "Arbeitsplätze"],
        Statistics = ["im vergangenen Jahr betroffen waren", "bis zum Ende des Jahrzehnts erwartet werden", "seit dem Frühjahr hinzugekommen sind", "von der Regelung abhängen", "bei der letzten Zählung erfasst wurden"],
        Quotes =
        [
            "Wir können diese Entscheidung nicht länger aufschieben", "Die Zahlen sprechen für sich", "Niemand hat erwartet, dass die Kosten so schnell steigen",
            "Das ist ein guter Tag für die ganze Region", "Wir werden die Ergebnisse genau beobachten", "Die Menschen wollen Klarheit, keine weiteren Gutachten",
            "Es hat viel zu lange gedauert, aber wir sind am Ziel", "Der Plan ist ehrgeizig und bezahlbar",
        ],
        SpeechVerb = "sagte",
        Roles = ["ein Sprecher der Stadt", "die Projektleiterin", "ein Ökonom der Universität", "ein örtlicher Ladenbesitzer", "die Vorsitzende des Anwohnervereins"],
        OpenQuote = "„",
        CloseQuote = "“",
        HeadlineSubjects = ["Stadtrat", "Landesregierung", "Bundesregierung", "Landwirte", "Kliniken", "Studierende", "Hafen", "Stadt"],
        HeadlinePredicates =
        [
            "beschließt Haushalt nach langer Debatte", "verschiebt Pläne für neue Brücke", "erhält Geld für Radwege", "steht wegen Parkgebühren in der Kritik",
            "baut Nachtzugangebot aus", "legt Bericht zur Wasserqualität vor", "senkt Energieverbrauch um ein Fünftel", "einigt sich mit Nachbarn",
        ],
        Subheadings = ["Wie es weitergeht", "Kosten und Finanzierung", "Reaktionen der Anwohner", "Eine lange Geschichte", "Die Zahlen hinter dem Plan"],
        Tags = ["politik", "verkehr", "wirtschaft", "umwelt", "wohnen", "bildung", "gesundheit"],
        NavigationLabels = ["Startseite", "Meistgelesen", "Neueste Artikel", "Top-Themen"],
        UpperTeaserLabels = ["LESEN SIE AUCH", "MEHR ZUM THEMA:", "READ"],
        TeaserLabels = ["Lesen Sie auch:", "Mehr zum Thema:", "Auch interessant:"],
        WidgetHeadings = ["Das könnte Sie auch interessieren", "Mehr zum Thema", "Weitere Artikel", "You May Also Like"],
        AuthorLabels = ["Über den Autor –", "Über die Autorin:", "Zum Autor:"],
        BioFragments = ["Typischer Social-Media-Fan", "Kaffeeliebhaber", "Introvertiert", "Web-Experte", "Reisefan", "Musikfreund", "Leidenschaftlicher Leser", "Netzkenner"],
        CommentHeadings = ["Schreibe einen Kommentar", "Hinterlasse einen Kommentar", "Kommentar schreiben"],
        CommentNotices = ["Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert", "Ihre E-Mail-Adresse wird nicht veröffentlicht."],
        CommentCountWord = "Kommentare",
        Comments = ["Endlich eine vernünftige Entscheidung.", "Zu wenig, zu spät.", "Wer soll das alles bezahlen?", "Sehr gut geschrieben, danke."],
        ShareLines = ["Artikel teilen", "Jetzt Newsletter abonnieren", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren", "Folgen Sie uns auf Facebook"],
        GlueOpeners = ["Der", "Die", "Das", "Eine", "Im"],
    };

    public static readonly LanguageVocabulary French = new()
    {
        Code = "fr",
        SubjectVerbs =
        [
            "Le conseil municipal a approuvé", "Les riverains ont critiqué", "La région a présenté", "Le ministre des Transports a défendu",
            "Un groupe d'ingénieurs a examiné", "Les partis d'opposition ont rejeté", "La banque centrale a réexaminé", "Les agriculteurs du nord ont salué",
            "L'agence de santé a publié", "Plusieurs hôpitaux ont signalé", "L'université a annoncé", "Les commerçants du centre ancien ont mis en doute",
            "L'agence de l'environnement a mesuré", "Les enseignants de toute la province ont discuté", "Le port autonome a étendu",
        ],
        Objects =
        [
            "le budget de l'année prochaine", "le projet d'un deuxième pont sur le fleuve", "de nouvelles règles pour la location de courte durée",
            "un programme d'isolation des logements anciens", "les résultats de la dernière étude sur la qualité de l'eau", "la hausse des tarifs de stationnement au centre",
            "une proposition pour prolonger le train de nuit", "la rénovation retardée de la bibliothèque centrale", "un plan pour planter des arbres le long du périphérique",
            "les chiffres du chômage des jeunes", "un accord avec les communes voisines", "le coût du nouveau réseau cyclable",
            "des mesures contre les inondations dans les quartiers bas", "un essai de transports gratuits pour les étudiants", "le rapport sur la hausse des prix de l'énergie",
        ],
        Tails =
        [
            "mardi", "après des mois de débat", "malgré une forte opposition", "lors d'une séance animée à l'hôtel de ville", "en début de semaine",
            "pour la troisième fois cette année", "sans vote formel", "dans une lettre aux députés", "après une longue nuit de négociations",
            "avant la pause estivale", "en présence du maire", "après des plaintes des habitants",
        ],
        SourcePrefixes = ["Selon l'Insee,", "D'après les chiffres du ministère,", "Une enquête de la chambre de commerce montre que", "Les estimations officielles indiquent que"],
        Units = ["ménages", "entreprises", "étudiants", "hectares de terres agricoles", "kilomètres de route", "logements neufs", "voyageurs par jour", "emplois"],
        Statistics = ["ont été touchés l'an dernier", "sont attendus d'ici la fin de la décennie", "se sont ajoutés depuis le printemps", "dépendent du dispositif", "ont été recensés lors du dernier comptage"],
        Quotes =
        [
            "Nous ne pouvons plus repousser cette décision", "Les chiffres parlent d'eux-mêmes", "Personne ne s'attendait à une hausse aussi rapide des coûts",
            "C'est une bonne journée pour toute la région", "Nous suivrons les résultats de près", "Les gens veulent de la clarté, pas de nouvelles études",
            "Cela a pris beaucoup trop de temps, mais nous y sommes", "Le projet est ambitieux et abordable",
        ],
        SpeechVerb = "a déclaré",
        Roles = ["un porte-parole de la mairie", "la cheffe de projet", "un économiste de l'université", "un commerçant du quartier", "la présidente de l'association des habitants"],
        OpenQuote = "« ",
        CloseQuote = " »",
        HeadlineSubjects = ["Le conseil", "La région", "Le gouvernement", "Les agriculteurs", "Les hôpitaux", "Les étudiants", "Le port", "La ville"],
        HeadlinePredicates =
        [
            "adopte le budget après un long débat", "repousse le projet de nouveau pont", "obtient des fonds pour les pistes cyclables", "critiqué pour les tarifs de stationnement",
            "étend le service de train de nuit", "publie un rapport sur la qualité de l'eau", "réduit sa consommation d'énergie d'un cinquième", "conclut un accord avec ses voisins",
        ],
        Subheadings = ["Et maintenant", "Coûts et financement", "Les réactions des habitants", "Une longue histoire", "Les chiffres du projet"],
        Tags = ["politique", "transports", "économie", "environnement", "logement", "éducation", "santé"],
        NavigationLabels = ["Accueil", "Les plus lus", "À la une", "Dernières actualités"],
        UpperTeaserLabels = ["À LIRE AUSSI", "VOIR AUSSI", "READ"],
        TeaserLabels = ["À lire aussi :", "Lire aussi :", "Voir aussi :"],
        WidgetHeadings = ["À lire aussi", "Sur le même sujet", "Vous aimerez aussi", "Articles similaires"],
        AuthorLabels = ["À propos de l’auteur :", "À propos de l'autrice :", "A propos de l'auteur :"],
        BioFragments = ["Fan de réseaux sociaux", "Introverti", "Gourou du web", "Amateur de café", "Voyageur passionné", "Mélomane", "Lecteur assidu", "Expert en ligne"],
        CommentHeadings = ["Laisser un commentaire", "Ajouter un commentaire", "Annuler la réponse"],
        CommentNotices = ["Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", "Votre adresse de messagerie ne sera pas publiée."],
        CommentCountWord = "commentaires",
        Comments = ["Enfin une décision sensée.", "Trop peu, trop tard.", "Qui va payer tout cela ?", "Très bon article, merci."],
        ShareLines = ["Partager cet article", "Inscrivez-vous à notre newsletter", "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter", "Suivez-nous sur Facebook"],
        GlueOpeners = ["Le", "La", "Les", "Cette", "Dans"],
    };

    public static readonly LanguageVocabulary Spanish = new()
    {
        Code = "es",
        SubjectVerbs =
        [
            "El ayuntamiento aprobó", "Los vecinos criticaron", "El gobierno regional presentó", "El ministro de Transportes defendió",
            "Un grupo de ingenieros examinó", "Los partidos de la oposición rechazaron", "El banco central revisó", "Los agricultores del norte celebraron",
            "La agencia de salud publicó", "Varios hospitales informaron", "La universidad anunció", "Los comerciantes del casco antiguo cuestionaron",
            "La agencia ambiental midió", "Los profesores de toda la provincia debatieron", "La autoridad portuaria amplió",
        ],
        Objects =
        [
            "el presupuesto del próximo año", "los planes para un segundo puente sobre el río", "nuevas normas para el alquiler de corta duración",
            "un programa para aislar viviendas antiguas", "los resultados del último estudio sobre la calidad del agua", "la subida de las tarifas de aparcamiento en el centro",
            "una propuesta para ampliar el tren nocturno", "la reforma retrasada de la biblioteca central", "un plan para plantar árboles junto a la circunvalación",
            "las cifras del paro juvenil", "un acuerdo con los municipios vecinos", "el coste de la nueva red de carriles bici",
            "medidas contra las inundaciones en los barrios bajos", "una prueba de transporte gratuito para estudiantes", "el informe sobre la subida de los precios de la energía",
        ],
        Tails =
        [
            "el martes", "tras meses de debate", "pese a una fuerte oposición", "en una sesión concurrida en el ayuntamiento", "a principios de esta semana",
            "por tercera vez este año", "sin votación formal", "en una carta al parlamento", "tras una larga noche de negociaciones",
            "antes del parón de verano", "en presencia del alcalde", "tras las quejas de los vecinos",
        ],
        SourcePrefixes = ["Según el Instituto Nacional de Estadística,", "Las cifras del ministerio muestran que", "Una encuesta de la cámara de comercio revela que", "Las estimaciones oficiales indican que"],
        Units = ["hogares", "empresas", "estudiantes", "hectáreas de cultivo", "kilómetros de carretera", "viviendas nuevas", "viajeros al día", "empleos"],
        Statistics = ["se vieron afectados el año pasado", "se esperan antes del final de la década", "se han sumado desde la primavera", "dependen del programa", "se contaron en el último censo"],
        Quotes =
        [
            "No podemos seguir aplazando esta decisión", "Las cifras hablan por sí solas", "Nadie esperaba que los costes subieran tan rápido",
            "Es un buen día para toda la región", "Seguiremos de cerca los resultados", "La gente quiere claridad, no más estudios",
            "Ha tardado demasiado, pero lo hemos conseguido", "El plan es ambicioso y asequible",
        ],
        SpeechVerb = "dijo",
        Roles = ["un portavoz del ayuntamiento", "la jefa del proyecto", "un economista de la universidad", "un comerciante del barrio", "la presidenta de la asociación vecinal"],
        OpenQuote = "«",
        CloseQuote = "»",
        HeadlineSubjects = ["El ayuntamiento", "La región", "El Gobierno", "Los agricultores", "Los hospitales", "Los estudiantes", "El puerto", "La ciudad"],
        HeadlinePredicates =
        [
            "aprueba el presupuesto tras un largo debate", "aplaza el plan del nuevo puente", "logra fondos para los carriles bici", "recibe críticas por las tarifas de aparcamiento",
            "amplía el servicio de tren nocturno", "publica un informe sobre la calidad del agua", "reduce su consumo de energía en una quinta parte", "cierra un acuerdo con sus vecinos",
        ],
        Subheadings = ["Qué pasa ahora", "Costes y financiación", "Reacciones de los vecinos", "Una larga historia", "Las cifras del plan"],
        Tags = ["política", "transporte", "economía", "medio ambiente", "vivienda", "educación", "salud"],
        NavigationLabels = ["Inicio", "Lo más leído", "Últimas noticias", "Deportes"],
        UpperTeaserLabels = ["LEA TAMBIÉN", "TE PUEDE INTERESAR", "READ"],
        TeaserLabels = ["Te puede interesar:", "Lea también:", "Leer más:"],
        WidgetHeadings = ["Te puede interesar", "Noticias relacionadas", "Te recomendamos", "Artículos relacionados"],
        AuthorLabels = ["Sobre el autor:", "Sobre la autora:", "Acerca del autor:"],
        BioFragments = ["Fan de las redes sociales", "Introvertido", "Gurú de internet", "Amante del café", "Viajero empedernido", "Melómano", "Lector voraz", "Experto web"],
        CommentHeadings = ["Deja una respuesta", "Deja un comentario", "Cancelar respuesta"],
        CommentNotices = ["Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *", "Tu dirección de correo no será publicada."],
        CommentCountWord = "comentarios",
        Comments = ["Por fin una decisión sensata.", "Demasiado poco, demasiado tarde.", "¿Quién va a pagar todo esto?", "Muy buen artículo, gracias."],
        ShareLines = ["Compartir este artículo", "Suscríbete a nuestro boletín", "Utilizamos cookies para mejorar tu experiencia. Aceptar todas", "Síguenos en Facebook"],
        GlueOpeners = ["El", "La", "Los", "Una", "En"],
    };

    /// <summary>The languages and how often each occurs: Dutch and English most, as in the seed sample.</summary>
    public static readonly (LanguageVocabulary Language, int Weight)[] Weighted =
        [(English, 30), (Dutch, 25), (German, 20), (French, 15), (Spanish, 10)];
}
