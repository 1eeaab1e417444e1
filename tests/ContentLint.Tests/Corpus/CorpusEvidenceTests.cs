using ContentLint.Corpus;
using ContentLint.Documents;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Corpus;

/// <summary>The first pass of a corpus run: line counts with copies counted once, and the copies it finds.</summary>
public sealed class CorpusEvidenceTests
{
    private static CorpusEvidence Evidence(params (string Path, string Text)[] documents) => Evidence(1, documents);

    private static CorpusEvidence Evidence(int minDocuments, params (string Path, string Text)[] documents)
    {
        var builder = new CorpusEvidenceBuilder();
        foreach (var (path, text) in documents)
        {
            builder.Add(Document.Parse(text, new DocumentOptions { Path = path }));
        }

        return builder.Build(minDocuments, CancellationToken.None);
    }

    [Fact]
    public void A_template_line_counts_once_per_document_and_an_article_line_once()
    {
        var evidence = Evidence(
            ("a.txt", SitePages.Page("Bridge", SitePages.Article("bridge"))),
            ("b.txt", SitePages.Page("School", SitePages.Article("school"))),
            ("c.txt", SitePages.Page("Pool", SitePages.Article("swimming pool"))));

        Assert.Equal(3, evidence.Profile.DocumentsWith(SitePages.Slogan));
        Assert.Equal(3, evidence.Profile.DocumentsWith("© 2031 Nordhafen Media, all rights reserved"));
        Assert.Equal(1, evidence.Profile.DocumentsWith(SitePages.Article("bridge")[0]));
        Assert.Equal(0, evidence.Profile.DocumentsWith("Home"));
        Assert.Equal(0, evidence.Copies);
    }

    [Fact]
    public void An_extract_and_its_page_are_one_document_and_the_later_is_reported_as_a_copy()
    {
        var article = SitePages.Article("bridge");
        var evidence = Evidence(
            ("pages/bridge.txt", SitePages.Page("Bridge", article)),
            ("articles/bridge.txt", "Bridge\n" + string.Join("\n\n", article) + "\n"),
            ("pages/school.txt", SitePages.Page("School", SitePages.Article("school"))));

        Assert.Equal(1, evidence.Profile.DocumentsWith(article[1]));
        Assert.Equal(2, evidence.Profile.DocumentsWith(SitePages.Slogan));
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
            ("a.txt", SitePages.Page("Harbour", [quote, .. SitePages.Article("harbour")])),
            ("b.txt", SitePages.Page("Ferry", [quote, .. SitePages.Article("ferry")])));

        Assert.Equal(0, evidence.Copies);
        Assert.Equal(2, evidence.Profile.DocumentsWith(quote));
    }

    [Fact]
    public void A_record_of_a_json_lines_file_is_named_by_its_id()
    {
        var builder = new CorpusEvidenceBuilder();
        var text = SitePages.Page("Bridge", SitePages.Article("bridge"));
        builder.Add(Document.Parse(text, new DocumentOptions { Path = "corpus.jsonl" }), new Diagnostics.RecordLocation(1, "a1", "text"));
        builder.Add(Document.Parse(text, new DocumentOptions { Path = "corpus.jsonl" }), new Diagnostics.RecordLocation(2, "a2", "text"));

        var evidence = builder.Build();

        Assert.Equal("corpus.jsonl, record 'a1'", evidence.CopyOf("corpus.jsonl", 2)?.Original);
        Assert.Null(evidence.CopyOf("corpus.jsonl", 1));
    }

    [Fact]
    public void Evidence_for_a_lint_pass_keeps_the_shared_lines_and_copies_and_drops_the_lines_of_one_document()
    {
        var article = SitePages.Article("bridge");
        (string, string)[] documents =
        [
            ("pages/bridge.txt", SitePages.Page("Bridge", article)),
            ("articles/bridge.txt", "Bridge\n" + string.Join("\n\n", article) + "\n"),
            ("pages/school.txt", SitePages.Page("School", SitePages.Article("school"))),
            ("pages/pool.txt", SitePages.Page("Pool", SitePages.Article("swimming pool"))),
        ];
        var whole = Evidence(documents);

        var pruned = Evidence(2, documents);

        Assert.Equal(whole.Profile.DocumentsWith(SitePages.Slogan), pruned.Profile.DocumentsWith(SitePages.Slogan));
        Assert.Equal(3, pruned.Profile.DocumentsWith(SitePages.Slogan));
        Assert.Equal(1, whole.Profile.DocumentsWith(article[1]));
        Assert.Equal(0, pruned.Profile.DocumentsWith(article[1]));
        Assert.Equal(0, pruned.Profile.DocumentsWith(SitePages.Article("school")[0]));
        Assert.Equal(whole.Profile.CountedDocuments, pruned.Profile.CountedDocuments);
        Assert.Equal(whole.CopyOf("articles/bridge.txt"), pruned.CopyOf("articles/bridge.txt"));
        Assert.True(pruned.Profile.Lines < whole.Profile.Lines);
    }
}
