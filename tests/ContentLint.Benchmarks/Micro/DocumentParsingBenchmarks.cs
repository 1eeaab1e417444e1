using BenchmarkDotNet.Attributes;
using ContentLint.Documents;
using ContentLint.Files;

namespace ContentLint.Benchmarks.Micro;

/// <summary>Bytes to a <see cref="Document"/>: decoding, the line map, front matter, fenced code, paragraphs.</summary>
[MemoryDiagnoser]
public class DocumentParsingBenchmarks
{
    private byte[] markdownBytes = [];
    private string markdown = "";
    private string plainText = "";

    [GlobalSetup]
    public void Setup()
    {
        markdown = Articles.Markdown("junk");
        markdownBytes = System.Text.Encoding.UTF8.GetBytes(markdown);
        plainText = Articles.Junk.Title + "\n\n" + Articles.Junk.Body;
    }

    [Benchmark(Description = "decode UTF-8 (ArticleReader.Decode)")]
    public string Decode() => ArticleReader.Decode(markdownBytes).Text;

    [Benchmark(Description = "parse Markdown with front matter")]
    public Document ParseMarkdown() => Document.Parse(markdown, new DocumentOptions { Path = "a.md" });

    [Benchmark(Description = "parse plain text")]
    public Document ParsePlainText() => Document.Parse(plainText, new DocumentOptions { Path = "a.txt" });
}
