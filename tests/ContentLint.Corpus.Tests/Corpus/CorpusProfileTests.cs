using ContentLint.Benchmarks.Corpus;
using ContentLint.Corpus;
using ContentLint.Documents;
using ContentLint.Files;

namespace ContentLint.Tests.Corpus;

/// <summary>The stored corpus profile: deterministic bytes, exact merging of shards, strict reading.</summary>
public sealed class CorpusProfileTests
{
    /// <summary>Generated articles, each followed by a copy of every fifth one and a site footer on all of them.</summary>
    private static List<SourceDocument> Corpus(int count)
    {
        var generator = new CorpusGenerator();
        var documents = new List<SourceDocument>();
        for (var i = 0; i < count; i++)
        {
            var article = generator.Generate(i);
            var text = article.Body + "\nShare this article with your friends\nNordhafen Media, all rights reserved\n";
            documents.Add(Source($"{i}.md", text));
            if (i % 5 == 0)
            {
                documents.Add(Source($"{i}-copy.md", "Home\nNews\n\n" + text));
            }
        }

        return documents;
    }

    private static SourceDocument Source(string path, string text) =>
        new(Document.Parse(text, new DocumentOptions { Path = path }), null, null);

    private static byte[] Bytes(CorpusProfile profile)
    {
        using var stream = new MemoryStream();
        profile.Write(stream);
        return stream.ToArray();
    }

    private static CorpusProfile Profile(IEnumerable<SourceDocument> documents, int jobs = 1)
    {
        var builder = new CorpusEvidenceBuilder();
        builder.Add(documents, jobs);
        return builder.Build().Profile;
    }

    [Fact]
    public void The_same_documents_give_the_same_bytes_whatever_the_number_of_jobs()
    {
        var corpus = Corpus(300);

        Assert.Equal(Bytes(Profile(corpus, jobs: 1)), Bytes(Profile(corpus, jobs: 4)));
    }

    [Fact]
    public void Merging_the_profiles_of_shards_gives_the_profile_of_the_whole()
    {
        var corpus = Corpus(300);
        // Shards split between documents, never between an article and its copy.
        var shards = new[] { corpus[..120], corpus[120..250], corpus[250..] };
        Assert.All(shards, shard => Assert.DoesNotContain("-copy", shard[0].Document!.Path, StringComparison.Ordinal));

        var merged = CorpusProfile.Merge(shards.Select(shard => Profile(shard)));
        var whole = Profile(corpus);

        Assert.Equal(Bytes(whole), Bytes(merged));
        Assert.Equal(360, merged.Documents);
        Assert.Equal(300, merged.CountedDocuments);
        Assert.Equal(300, merged.DocumentsWith("Share this article with your friends"));
    }

    [Fact]
    public void A_written_profile_reads_back_the_same()
    {
        var profile = Profile(Corpus(50));
        var bytes = Bytes(profile);

        var read = CorpusProfile.Read(new MemoryStream(bytes));

        Assert.Equal(bytes, Bytes(read));
        Assert.Equal(50, read.DocumentsWith("Nordhafen Media, all rights reserved"));
        Assert.Equal(profile.Lines, read.Lines);
    }

    [Fact]
    public void A_damaged_or_foreign_file_is_refused_with_a_reason()
    {
        var bytes = Bytes(Profile(Corpus(20)));

        var truncated = Assert.Throws<InvalidDataException>(() => CorpusProfile.Read(new MemoryStream(bytes[..^3])));
        var foreign = Assert.Throws<InvalidDataException>(() => CorpusProfile.Read(new MemoryStream("{\"not\": \"a profile\"}"u8.ToArray())));
        var trailing = Assert.Throws<InvalidDataException>(() => CorpusProfile.Read(new MemoryStream([.. bytes, 0])));

        Assert.Contains("ends in the middle", truncated.Message, StringComparison.Ordinal);
        Assert.Contains("Not a corpus profile", foreign.Message, StringComparison.Ordinal);
        Assert.Contains("after the last line", trailing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pruned_profile_keeps_the_shared_lines_and_says_it_was_pruned()
    {
        var profile = Profile(Corpus(100));

        var pruned = CorpusProfile.Read(new MemoryStream(Bytes(profile.Pruned(2))));

        Assert.Equal(2, pruned.PrunedBelow);
        Assert.True(pruned.Lines < profile.Lines / 10);
        Assert.Equal(100, pruned.DocumentsWith("Share this article with your friends"));
        Assert.Equal(profile.CountedDocuments, pruned.CountedDocuments);
        Assert.Equal(1, profile.PrunedBelow);
    }
}
