using System.Collections.Immutable;
using ContentLint.Text;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Documents;

/// <summary>
/// Markdown: YAML (<c>---</c>) or TOML (<c>+++</c>) front matter gives the title and <c>lang</c>; front matter,
/// code blocks at any depth (<see cref="MarkdownBlocks"/>), HTML comments and link URLs are not linted
/// (<see cref="MarkdownSkippedRegions"/>).
/// Without a front-matter title, a leading <c># heading</c> is the title.
/// </summary>
internal static class MarkdownStructure
{
    public static DocumentStructure Read(ContentText source, DocumentOptions options)
    {
        var lines = source.Lines;
        var excluded = new bool[lines.Length];
        string? title = null, language = null;
        TextRange? titleSpan = null;

        var frontMatterEnd = FindFrontMatterEnd(source);
        if (frontMatterEnd > 0)
        {
            for (var i = 0; i <= frontMatterEnd; i++)
            {
                excluded[i] = true;
            }

            var content = TextRange.FromBounds(lines[1].Start, lines[frontMatterEnd].Start);
            var fields = source.Slice(lines[0]).TrimEnd().SequenceEqual("+++")
                ? ReadTomlFields(source.Slice(content).ToString())
                : ReadYamlFields(source.Slice(content).ToString());
            if (fields.TryGetValue("title", out title))
            {
                titleSpan = FindFrontMatterValue(source, frontMatterEnd, title);
            }

            if (!fields.TryGetValue("lang", out language))
            {
                fields.TryGetValue("language", out language);
            }
        }

        var beforeCode = (bool[])excluded.Clone();
        ExcludeCode(source, frontMatterEnd, excluded);
        var ignored = MarkdownSkippedRegions.Find(source, excluded);
        ignored.AddRange(lines.Where((_, index) => excluded[index] && !beforeCode[index]).Select(line => line.Span));

        ContentLine? titleLine = null;
        if (title is null && options.Title is null && options.FirstLineIsTitle)
        {
            var first = lines.Select((line, index) => (line, index))
                .FirstOrDefault(l => !excluded[l.index] && Document.HasWords(source.Slice(l.line)));
            var text = first.line.Length > 0 ? source.Slice(first.line).Trim() : default;
            if (text.StartsWith("# "))
            {
                var heading = TextRange.Trimmed(source.Slice(first.line), first.line.Start);
                titleSpan = new TextRange(heading.Start + 2, heading.Length - 2);
                title = source.Slice(titleSpan.Value).Trim().ToString();
                titleLine = first.line;
                excluded[first.index] = true;
            }
        }

        var body = lines.Where((_, index) => !excluded[index]).ToImmutableArray();
        return new DocumentStructure(string.IsNullOrWhiteSpace(title) ? null : title, titleLine, titleSpan, string.IsNullOrWhiteSpace(language) ? null : language, body)
        {
            IgnoredSpans = MarkdownSkippedRegions.Merge(ignored),
        };
    }

    /// <summary>The index of the line that closes the front matter, or -1 when there is none.</summary>
    internal static int FindFrontMatterEnd(ContentText source)
    {
        var lines = source.Lines;
        var opening = source.Slice(lines[0]).TrimEnd();
        var closings = opening.SequenceEqual("---") ? new[] { "---", "..." } : opening.SequenceEqual("+++") ? ["+++"] : null;
        if (closings is null)
        {
            return -1;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var text = source.Slice(lines[i]).TrimEnd();
            foreach (var closing in closings)
            {
                if (text.SequenceEqual(closing))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>Where a front-matter field's value appears, so findings about the title point at it.</summary>
    private static TextRange? FindFrontMatterValue(ContentText source, int frontMatterEnd, string value)
    {
        for (var i = 1; i < frontMatterEnd; i++)
        {
            var line = source.Lines[i];
            var index = source.Slice(line).IndexOf(value.AsSpan(), StringComparison.Ordinal);
            if (index >= 0)
            {
                return new TextRange(line.Start + index, value.Length);
            }
        }

        return null;
    }

    private static Dictionary<string, string> ReadYamlFields(string yaml)
    {
        if (SimpleFrontMatter.TryRead(yaml, out var simple))
        {
            return simple;
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (Configuration.YamlLimits.Check(yaml) is not null)
        {
            // Hostile front matter (deep nesting, alias bombs) gives no fields rather than a crash.
            return fields;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode mapping)
            {
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode { Value: { } scalar })
                    {
                        fields[name] = scalar;
                    }
                }
            }
        }
        catch (YamlDotNet.Core.YamlException)
        {
            // Articles are forgiven: malformed front matter simply gives no title.
        }

        return fields;
    }

    private static Dictionary<string, string> ReadTomlFields(string toml)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in toml.Split('\n'))
        {
            var line = raw.Trim();
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var value = line[(equals + 1)..].Trim();
            if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0])
            {
                fields[line[..equals].Trim()] = value[1..^1];
            }
        }

        return fields;
    }

    /// <summary>Code blocks at any depth (fenced or indented, in quotes and list items too) are not prose.</summary>
    private static void ExcludeCode(ContentText source, int frontMatterEnd, bool[] excluded)
    {
        foreach (var (first, last) in MarkdownBlocks.Read(source, frontMatterEnd).CodeLines)
        {
            for (var i = first; i <= last; i++)
            {
                excluded[i] = true;
            }
        }
    }
}
