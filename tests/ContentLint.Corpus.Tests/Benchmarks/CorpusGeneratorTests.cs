using System.Text;
using System.Text.Json;
using ContentLint.Benchmarks.Corpus;
using ContentLint.Documents;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Benchmarks;

/// <summary>
/// The benchmark corpus must be the same bytes on every run and every machine, look like the articles users lint,
/// and hold junk the built-in pack finds — and nothing it flags where no junk was planted.
/// </summary>
public sealed class CorpusGeneratorTests
{
    /// <summary>For each planted junk kind, the rules that find it: at least one of them must, and no other rule may.</summary>
    private static readonly Dictionary<JunkKind, string[]> RulesFinding = new()
    {
        [JunkKind.DuplicateHeadline] = ["CL4001"],
        [JunkKind.GluedLinkText] = ["CL2001"],
        [JunkKind.NavigationLabel] = ["CL3001"],
        [JunkKind.ReadMoreTeaser] = ["CL3002"],
        [JunkKind.RelatedWidget] = ["CL3003", "CL3028"],
        [JunkKind.AuthorBox] = ["CL3004", "CL3005"],
        [JunkKind.CommentForm] = ["CL3006", "CL3007", "CL3021"],
        [JunkKind.CommentThread] = ["CL3008"],
        [JunkKind.ShareLine] = ["CL3010", "CL3012", "CL3013", "CL3014"],
        [JunkKind.Mojibake] = ["CL1001"],
        [JunkKind.HtmlRemnant] = ["CL1004", "CL2002"],
        [JunkKind.ZeroWidth] = ["CL1003"],
    };

    [Fact]
    public void The_same_seed_gives_the_same_articles_and_another_seed_other_ones()
    {
        var first = Enumerable.Range(0, 50).Select(i => new CorpusGenerator(7).Generate(i).ToMarkdown()).ToList();
        var again = Enumerable.Range(0, 50).Select(i => new CorpusGenerator(7).Generate(i).ToMarkdown()).ToList();
        var other = Enumerable.Range(0, 50).Select(i => new CorpusGenerator(8).Generate(i).ToMarkdown()).ToList();

        Assert.Equal(first, again);
        Assert.Empty(first.Intersect(other));
    }

    [Fact]
    public void About_thirty_percent_carry_junk_in_five_languages_at_about_five_kilobytes_an_article()
    {
        var articles = Enumerable.Range(0, 2000).Select(new CorpusGenerator().Generate).ToList();

        var junkShare = articles.Count(a => a.Junk.Count > 0) / (double)articles.Count;
        var averageBytes = articles.Average(a => Encoding.UTF8.GetByteCount(a.ToMarkdown()));
        Assert.InRange(junkShare, 0.27, 0.33);
        Assert.InRange(averageBytes, 4_500, 5_500);
        Assert.Equal(["de", "en", "es", "fr", "nl"], articles.Select(a => a.Language).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(Enum.GetValues<JunkKind>(), articles.SelectMany(a => a.Junk).Distinct().Order());
    }

    [Fact]
    public void Front_matter_gives_the_documents_title_and_language()
    {
        foreach (var article in Enumerable.Range(0, 100).Select(new CorpusGenerator().Generate))
        {
            var document = Document.Parse(article.ToMarkdown(), new DocumentOptions { Path = "a.md" });

            Assert.Equal(article.Title, document.Title);
            Assert.Equal(article.Language, document.Language);
        }
    }

    [Fact]
    public void Clean_articles_give_no_findings_and_planted_junk_is_found_by_its_rules()
    {
        var problems = new List<string>();
        foreach (var article in Enumerable.Range(0, 400).Select(new CorpusGenerator().Generate))
        {
            var found = BuiltInPack.Linter.Lint(article.ToMarkdown(), new DocumentOptions { Path = article.Id + ".md" }).Select(d => d.Id).ToHashSet();
            var allowed = article.Junk.SelectMany(kind => RulesFinding[kind]).ToHashSet();
            var missed = article.Junk.Where(kind => !RulesFinding[kind].Any(found.Contains)).ToList();
            var stray = found.Where(id => !allowed.Contains(id)).Order(StringComparer.Ordinal).ToList();
            if (missed.Count > 0 || stray.Count > 0)
            {
                problems.Add($"{article.Id} ({string.Join(", ", article.Junk)}): missed [{string.Join(", ", missed)}], stray findings [{string.Join(", ", stray)}]");
            }
        }

        // A clean article has no finding at all; a rule firing on junk planted for another rule is a false finding.
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Corpus_is_written_as_markdown_files_and_as_json_lines_with_the_same_articles()
    {
        using var temp = new TempFolder();
        var generator = new CorpusGenerator();

        var markdownBytes = CorpusWriter.WriteMarkdown(generator, 30, Path.Combine(temp.Path, "md"));
        CorpusWriter.WriteJsonLines(generator, 30, Path.Combine(temp.Path, "corpus.jsonl"));

        var files = Directory.GetFiles(Path.Combine(temp.Path, "md"), "*.md", SearchOption.AllDirectories);
        Assert.Equal(30, files.Length);
        Assert.Equal(markdownBytes, files.Sum(f => new FileInfo(f).Length));
        var lines = File.ReadAllLines(Path.Combine(temp.Path, "corpus.jsonl"));
        Assert.Equal(30, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            using var record = JsonDocument.Parse(lines[i]);
            var article = generator.Generate(i);
            Assert.Equal(["id", "title", "lang", "text"], record.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.Equal(article.Id, record.RootElement.GetProperty("id").GetString());
            Assert.Equal(article.Title, record.RootElement.GetProperty("title").GetString());
            Assert.Equal(article.Language, record.RootElement.GetProperty("lang").GetString());
            Assert.Equal(article.Body, record.RootElement.GetProperty("text").GetString());
        }
    }
}
