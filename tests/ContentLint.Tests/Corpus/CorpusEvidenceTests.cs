using ContentLint.Corpus;
using ContentLint.Documents;

namespace ContentLint.Tests.Corpus;

/// <summary>The first pass of a corpus run: line counts with copies counted once, and the copies it finds.</summary>
public sealed class CorpusEvidenceTests
{
    private const string Slogan = "Your news portal for the Nordhafen region";

    /// <summary>A page of a site: its menu and slogan around an article of <paramref name="paragraphs"/>.</summary>
    internal static string Page(string title, params string[] paragraphs) =>
        $"{title}\nHome\nNews\nSport\n{Slogan}\nSign up for our newsletter\n\n{string.Join("\n\n", paragraphs)}\n\n© 2026 Nordhafen Media, all rights reserved\n";

    internal static string[] Article(string topic) =>
    [
        $"The council of Nordhafen decided on Tuesday evening that the {topic} will be rebuilt next year.",
        $"The work on the {topic} starts in March and should be finished before the summer holidays begin.",
        $"Residents who live near the {topic} can ask questions at an evening meeting in the town hall.",
        $"The city pays two thirds of the cost of the {topic}, and the province pays the rest of it.",
    ];

    private static CorpusEvidence Evidence(params (string Path, string Text)[] documents)
    {
        var builder = new CorpusEvidenceBuilder();
        foreach (var (path, text) in documents)
        {
            builder.Add(Document.Parse(text, new DocumentOptions { Path = path }));
        }

        return builder.Build();
    }

    [Fact]
    public void A_template_line_counts_once_per_document_and_an_article_line_once()
    {
        var evidence = Evidence(
            ("a.txt", Page("Bridge", Article("bridge"))),
            ("b.txt", Page("School", Article("school"))),
            ("c.txt", Page("Pool", Article("swimming pool"))));

        Assert.Equal(3, evidence.Profile.DocumentsWith(Slogan));
        Assert.Equal(3, evidence.Profile.DocumentsWith("© 2031 Nordhafen Media, all rights reserved"));
        Assert.Equal(1, evidence.Profile.DocumentsWith(Article("bridge")[0]));
        Assert.Equal(0, evidence.Profile.DocumentsWith("Home"));
        Assert.Equal(0, evidence.Copies);
    }

    [Fact]
    public void An_extract_and_its_page_are_one_document_and_the_later_is_reported_as_a_copy()
    {
        var article = Article("bridge");
        var evidence = Evidence(
            ("pages/bridge.txt", Page("Bridge", article)),
            ("articles/bridge.txt", "Bridge\n" + string.Join("\n\n", article) + "\n"),
            ("pages/school.txt", Page("School", Article("school"))));

        Assert.Equal(1, evidence.Profile.DocumentsWith(article[1]));
        Assert.Equal(2, evidence.Profile.DocumentsWith(Slogan));
        Assert.Equal(3, evidence.Profile.Documents);
        Assert.Equal(2, evidence.Profile.CountedDocuments);
        Assert.Null(evidence.CopyOf("pages/bridge.txt"));
        Assert.Equal(new DocumentCopy("pages/bridge.txt", 4, 4), evidence.CopyOf("articles/bridge.txt"));
        Assert.Null(evidence.CopyOf("pages/school.txt"));
    }

    [Fact]
    public void Two_documents_that_quote_the_same_sentence_are_not_copies()
    {
        var quote = "\"We will not let the harbour close while I am mayor of this city,\" the mayor said on Monday.";
        var evidence = Evidence(
            ("a.txt", Page("Harbour", [quote, .. Article("harbour")])),
            ("b.txt", Page("Ferry", [quote, .. Article("ferry")])));

        Assert.Equal(0, evidence.Copies);
        Assert.Equal(2, evidence.Profile.DocumentsWith(quote));
    }

    [Fact]
    public void A_record_of_a_json_lines_file_is_named_by_its_id()
    {
        var builder = new CorpusEvidenceBuilder();
        var text = Page("Bridge", Article("bridge"));
        builder.Add(Document.Parse(text, new DocumentOptions { Path = "corpus.jsonl" }), new Diagnostics.RecordLocation(1, "a1", "text"));
        builder.Add(Document.Parse(text, new DocumentOptions { Path = "corpus.jsonl" }), new Diagnostics.RecordLocation(2, "a2", "text"));

        var evidence = builder.Build();

        Assert.Equal("corpus.jsonl, record 'a1'", evidence.CopyOf("corpus.jsonl", 2)?.Original);
        Assert.Null(evidence.CopyOf("corpus.jsonl", 1));
    }
}
