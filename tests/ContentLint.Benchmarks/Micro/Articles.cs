using ContentLint.Benchmarks.Corpus;
using ContentLint.Documents;

namespace ContentLint.Benchmarks.Micro;

/// <summary>The articles the micro-benchmarks run on: typical ones from the generated corpus, and the seed article.</summary>
internal static class Articles
{
    private static readonly CorpusGenerator Generator = new();

    /// <summary>A typical clean article: the first of the corpus without junk.</summary>
    public static GeneratedArticle Clean { get; } = Enumerable.Range(0, 100).Select(Generator.Generate).First(a => a.Junk.Count == 0);

    /// <summary>A typical junk article: the first of the corpus with three kinds of junk.</summary>
    public static GeneratedArticle Junk { get; } = Enumerable.Range(0, 1000).Select(Generator.Generate).First(a => a.Junk.Count == 3);

    /// <summary>The article called <paramref name="name"/> (<c>clean</c> or <c>junk</c>) as Markdown with front matter.</summary>
    public static string Markdown(string name) => (name == "junk" ? Junk : Clean).ToMarkdown();

    public static Document Parse(string name) => Document.Parse(Markdown(name), new DocumentOptions { Path = name + ".md" });
}
