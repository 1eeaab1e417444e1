using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ContentLint.Benchmarks.Corpus;

/// <summary>Writes a generated corpus as Markdown files in a folder tree, or as one JSON Lines file.</summary>
internal static class CorpusWriter
{
    /// <summary>Files per sub-folder: 200,000 articles in one folder would be slow to list for every tool.</summary>
    public const int FilesPerFolder = 1000;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The path, relative to the corpus folder, of article <paramref name="index"/>.</summary>
    public static string RelativePath(GeneratedArticle article, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{index / FilesPerFolder:D3}/{index:D7}-{article.Language}.md");

    /// <summary>Writes articles 0 to <paramref name="count"/> − 1 as Markdown files; returns the bytes written.</summary>
    public static long WriteMarkdown(CorpusGenerator generator, int count, string folder)
    {
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var article = generator.Generate(i);
            var path = Path.Combine(folder, RelativePath(article, i));
            if (i % FilesPerFolder == 0)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            }

            var content = Utf8.GetBytes(article.ToMarkdown());
            File.WriteAllBytes(path, content);
            bytes += content.Length;
        }

        return bytes;
    }

    /// <summary>Writes articles 0 to <paramref name="count"/> − 1 as JSON Lines (<c>id</c>, <c>title</c>, <c>lang</c>, <c>text</c>); returns the bytes written.</summary>
    public static long WriteJsonLines(CorpusGenerator generator, int count, string path)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            for (var i = 0; i < count; i++)
            {
                WriteRecord(json, generator.Generate(i));
                json.Flush();
                stream.WriteByte((byte)'\n');
                json.Reset();
            }
        }

        return stream.Length;
    }

    /// <summary>One article as one JSON object, the shape data teams keep corpora in.</summary>
    public static void WriteRecord(Utf8JsonWriter json, GeneratedArticle article)
    {
        json.WriteStartObject();
        json.WriteString("id", article.Id);
        json.WriteString("title", article.Title);
        json.WriteString("lang", article.Language);
        json.WriteString("text", article.Body);
        json.WriteEndObject();
    }
}
