using System.Globalization;
using System.Text;

namespace ContentLint.Benchmarks.Corpus;

/// <summary>The kinds of scraping junk the generator plants, after the built-in rules and the seed articles.</summary>
internal enum JunkKind
{
    DuplicateHeadline,
    GluedLinkText,
    NavigationLabel,
    ReadMoreTeaser,
    RelatedWidget,
    AuthorBox,
    CommentForm,
    CommentThread,
    ShareLine,
    Mojibake,
    HtmlRemnant,
    ZeroWidth,
}

/// <summary>One generated article.</summary>
/// <param name="Id">A stable id: the corpus seed and the article's index.</param>
/// <param name="Title">The headline (front matter <c>title</c>, JSON <c>title</c>).</param>
/// <param name="Language">The ISO 639-1 code.</param>
/// <param name="Date">The publication date, ISO 8601.</param>
/// <param name="Author">The byline.</param>
/// <param name="Tags">Front-matter tags.</param>
/// <param name="Body">The article text without front matter, lines separated by <c>\n</c>.</param>
/// <param name="Junk">What was planted; empty for a clean article.</param>
internal sealed record GeneratedArticle(string Id, string Title, string Language, string Date, string Author, IReadOnlyList<string> Tags, string Body, IReadOnlyList<JunkKind> Junk)
{
    /// <summary>The article as a Markdown file with YAML front matter.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder(Body.Length + 200);
        text.Append("---\n");
        text.Append("title: ").Append(YamlQuote(Title)).Append('\n');
        text.Append("lang: ").Append(Language).Append('\n');
        text.Append("date: ").Append(Date).Append('\n');
        text.Append("author: ").Append(YamlQuote(Author)).Append('\n');
        text.Append("tags: [").AppendJoin(", ", Tags.Select(YamlQuote)).Append("]\n");
        text.Append("id: ").Append(Id).Append('\n');
        text.Append("---\n\n");
        text.Append(Body);
        return text.ToString();
    }

    private static string YamlQuote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

/// <summary>
/// Generates real-looking news articles in English, Dutch, German, French and Spanish, about 5 KB each, of which
/// about 30 % carry one to three junk blocks. Article <c>i</c> depends only on the seed and <c>i</c>, so a corpus of
/// 20,000 articles is the first tenth of one of 200,000: the two runs measure the same kind of text.
/// </summary>
internal sealed class CorpusGenerator(ulong seed = CorpusGenerator.DefaultSeed)
{
    public const ulong DefaultSeed = 20_260_501;

    /// <summary>The share of articles that carry junk.</summary>
    public const double JunkShare = 0.30;

    private static readonly JunkKind[] AllJunk = Enum.GetValues<JunkKind>();
    private static readonly DateOnly FirstDate = new(2024, 1, 1);

    public GeneratedArticle Generate(int index)
    {
        var random = SplitMix64.ForArticle(seed, index);
        var language = PickLanguage(random);
        var title = Headline(random, language);
        var junk = random.Chance(JunkShare) ? PickJunk(random) : [];
        var targetBytes = random.Next(3_300, 6_300);

        var blocks = new List<Block>();
        if (junk.Contains(JunkKind.DuplicateHeadline))
        {
            // As extractors keep the page's <h1>: the same words, sometimes shouted or quoted.
            blocks.Add(new(random.Next(3) switch { 0 => title.ToUpperInvariant(), 1 => language.OpenQuote + title + language.CloseQuote, _ => title }));
        }

        var withSubheadings = random.Chance(0.4);
        var bytes = Encoding.UTF8.GetByteCount(title) + 150;
        var paragraphs = 0;
        while (bytes < targetBytes)
        {
            if (withSubheadings && paragraphs > 0 && paragraphs % 4 == 0)
            {
                blocks.Add(new("## " + random.Pick(language.Subheadings)));
            }

            var list = random.Chance(0.08) && paragraphs > 1;
            var paragraph = list ? ListBlock(random, language) : Paragraph(random, language);
            blocks.Add(new(paragraph, IsProse: !list));
            bytes += Encoding.UTF8.GetByteCount(paragraph) + 2;
            paragraphs++;
        }

        PlantInline(random, language, junk, blocks);
        PlantTrailing(random, language, junk, blocks, index);

        var author = random.Pick(Vocabularies.FirstNames) + " " + random.Pick(Vocabularies.LastNames);
        var date = FirstDate.AddDays(random.Next(900)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tags = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Pick(language.Tags)).Distinct().ToList();
        var id = string.Create(CultureInfo.InvariantCulture, $"{seed:x}-{index:D7}");
        return new GeneratedArticle(id, title, language.Code, date, author, tags, string.Join("\n\n", blocks.Select(b => b.Text)) + "\n", junk);
    }

    private static LanguageVocabulary PickLanguage(SplitMix64 random)
    {
        var roll = random.Next(Vocabularies.Weighted.Sum(w => w.Weight));
        foreach (var (language, weight) in Vocabularies.Weighted)
        {
            if (roll < weight)
            {
                return language;
            }

            roll -= weight;
        }

        return Vocabularies.English;
    }

    private static List<JunkKind> PickJunk(SplitMix64 random)
    {
        var count = random.Next(3) + 1;
        var kinds = new List<JunkKind>();
        while (kinds.Count < count)
        {
            var kind = random.Pick(AllJunk);
            if (!kinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }

        return kinds;
    }

    private static string Headline(SplitMix64 random, LanguageVocabulary language) =>
        random.Pick(language.HeadlineSubjects) + " " + random.Pick(language.HeadlinePredicates);

    private static string Paragraph(SplitMix64 random, LanguageVocabulary language)
    {
        var sentences = random.Next(3, 7);
        var text = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(Sentence(random, language));
        }

        return text.ToString();
    }

    private static string Sentence(SplitMix64 random, LanguageVocabulary language)
    {
        var roll = random.Next(100);
        if (roll < 15)
        {
            var number = random.Next(3) switch
            {
                0 => random.Next(12, 99).ToString(CultureInfo.InvariantCulture),
                1 => random.Next(100, 999).ToString(CultureInfo.InvariantCulture),
                _ => random.Next(1, 60).ToString(CultureInfo.InvariantCulture) + (language.Code == "en" ? "," : ".") + random.Next(100, 999).ToString(CultureInfo.InvariantCulture),
            };
            return $"{random.Pick(language.SourcePrefixes)} {number} {random.Pick(language.Units)} {random.Pick(language.Statistics)}.";
        }

        if (roll < 28)
        {
            var name = random.Pick(Vocabularies.FirstNames) + " " + random.Pick(Vocabularies.LastNames);
            return $"{language.OpenQuote}{random.Pick(language.Quotes)}{language.CloseQuote}, {language.SpeechVerb} {name}, {random.Pick(language.Roles)}.";
        }

        var tail = random.Next(language.Tails.Length);
        var sentence = $"{random.Pick(language.SubjectVerbs)} {random.Pick(language.Objects)} {language.Tails[tail]}";
        if (random.Chance(0.3))
        {
            sentence += ", " + language.Tails[(tail + random.Next(1, language.Tails.Length)) % language.Tails.Length];
        }

        return sentence + ".";
    }

    /// <summary>A sentence that opens with one of the words link text gets glued to ("The", "Het", "Der" ...).</summary>
    private static string GluedSentence(SplitMix64 random, LanguageVocabulary language)
    {
        for (var tries = 0; ; tries++)
        {
            var sentence = Sentence(random, language);
            var firstWord = sentence[..sentence.IndexOf(' ', StringComparison.Ordinal)];
            if (language.GlueOpeners.Contains(firstWord) || tries == 100)
            {
                return sentence;
            }
        }
    }

    private static string ListBlock(SplitMix64 random, LanguageVocabulary language) =>
        string.Join("\n", Enumerable.Range(0, random.Next(3, 6)).Select(_ => "- " + Capitalise(random.Pick(language.Objects))));

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>A paragraph, list, heading or junk line; junk that goes inside text goes inside prose only.</summary>
    private sealed record Block(string Text, bool IsProse = false);

    /// <summary>Junk that sits between or inside paragraphs.</summary>
    private static void PlantInline(SplitMix64 random, LanguageVocabulary language, List<JunkKind> junk, List<Block> blocks)
    {
        // Never before the first paragraph: the duplicated headline, when planted, stays the first body line.
        int Position() => random.Next(Math.Min(2, blocks.Count), blocks.Count);

        int ParagraphIndex()
        {
            for (var tries = 0; tries < 20; tries++)
            {
                var i = Position();
                if (blocks[i].IsProse)
                {
                    return i;
                }
            }

            return blocks.FindLastIndex(b => b.IsProse);
        }

        foreach (var kind in junk)
        {
            switch (kind)
            {
                case JunkKind.NavigationLabel:
                    blocks.Insert(Position(), new(random.Pick(language.NavigationLabels)));
                    break;
                case JunkKind.ReadMoreTeaser:
                    var other = Headline(random, language);
                    blocks.Insert(Position(), new(random.Chance(0.5)
                        ? random.Pick(language.UpperTeaserLabels) + "  " + other
                        : random.Pick(language.TeaserLabels) + " " + other));
                    break;
                case JunkKind.GluedLinkText:
                    // "... the Wall Street JournalHet rapport ...": the link's text runs into the next sentence.
                    var glued = ParagraphIndex();
                    blocks[glued] = blocks[glued] with { Text = blocks[glued].Text + " " + random.Pick(Vocabularies.Publications) + GluedSentence(random, language) };
                    break;
                case JunkKind.ShareLine:
                    blocks.Insert(Position(), new(random.Pick(language.ShareLines)));
                    break;
                case JunkKind.Mojibake:
                    var garbled = ParagraphIndex();
                    blocks[garbled] = blocks[garbled] with
                    {
                        Text = blocks[garbled].Text
                        .Replace("é", "Ã©", StringComparison.Ordinal).Replace("ü", "Ã¼", StringComparison.Ordinal)
                        .Replace("ó", "Ã³", StringComparison.Ordinal).Replace("’", "â€™", StringComparison.Ordinal)
                        .Replace(", ", ", â€œ", StringComparison.Ordinal),
                    };
                    if (!blocks[garbled].Text.Contains('â', StringComparison.Ordinal) && !blocks[garbled].Text.Contains('Ã', StringComparison.Ordinal))
                    {
                        // Prose without accents, apostrophes or commas: a dash decoded the wrong way instead.
                        var stop = blocks[garbled].Text.IndexOf(". ", StringComparison.Ordinal);
                        blocks[garbled] = blocks[garbled] with { Text = stop < 0 ? blocks[garbled].Text + " â€“" : blocks[garbled].Text[..stop] + " â€“ " + blocks[garbled].Text[(stop + 2)..] };
                    }
                    break;
                case JunkKind.HtmlRemnant:
                    var marked = ParagraphIndex();
                    blocks[marked] = blocks[marked] with { Text = blocks[marked].Text.Replace(", ", ",&nbsp;", StringComparison.Ordinal) };
                    blocks.Insert(marked, new("<div class=\"share-buttons\"><span>&nbsp;</span></div>"));
                    break;
                case JunkKind.ZeroWidth:
                    var hidden = ParagraphIndex();
                    blocks[hidden] = blocks[hidden] with { Text = blocks[hidden].Text.Replace(" ", " \u200B", StringComparison.Ordinal) };
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>Junk that scrapers leave after the article: widgets, author boxes, comment forms and threads.</summary>
    private static void PlantTrailing(SplitMix64 random, LanguageVocabulary language, List<JunkKind> junk, List<Block> blocks, int index)
    {
        if (junk.Contains(JunkKind.RelatedWidget))
        {
            blocks.Add(new(random.Pick(language.WidgetHeadings)));
            blocks.Add(new(string.Join("\n", Enumerable.Range(0, random.Next(2, 5)).Select(_ => Headline(random, language)))));
        }

        if (junk.Contains(JunkKind.AuthorBox))
        {
            var name = random.Pick(Vocabularies.FirstNames) + " " + random.Pick(Vocabularies.LastNames);
            blocks.Add(new(random.Pick(language.AuthorLabels) + " " + name));
            var fragments = language.BioFragments.OrderBy(_ => random.NextUInt64()).Take(random.Next(4, 7));
            blocks.Add(new(string.Join(". ", fragments) + "."));
        }

        if (junk.Contains(JunkKind.CommentForm))
        {
            blocks.Add(new(random.Pick(language.CommentHeadings)));
            blocks.Add(new(random.Pick(language.CommentNotices)));
        }

        if (junk.Contains(JunkKind.CommentThread))
        {
            var count = random.Next(2, 5);
            blocks.Add(new(string.Create(CultureInfo.InvariantCulture, $"{count} {language.CommentCountWord}")));
            for (var i = 0; i < count; i++)
            {
                var day = (index + i) % 28 + 1;
                blocks.Add(new(string.Create(CultureInfo.InvariantCulture, $"{random.Pick(Vocabularies.FirstNames)} on {day} May: {random.Pick(language.Comments)}")));
            }
        }
    }
}
