using ContentLint.Text;

namespace ContentLint.Documents;

/// <summary>Plain text: the first line with words is the title, every other line is body.</summary>
internal static class PlainTextStructure
{
    public static DocumentStructure Read(ContentText source, DocumentOptions options)
    {
        ContentLine? titleLine = null;
        if (options.Title is null && options.FirstLineIsTitle)
        {
            foreach (var line in source.Lines)
            {
                if (Document.HasWords(source.Slice(line)))
                {
                    titleLine = line;
                    break;
                }
            }
        }

        var body = titleLine is { } title
            ? source.Lines.RemoveAt(title.Number - 1)
            : source.Lines;
        TextRange? titleSpan = titleLine is { } t ? TextRange.Trimmed(source.Slice(t), t.Start) : null;
        var titleText = titleSpan is { } span ? source.Slice(span).ToString() : null;
        return new DocumentStructure(titleText, titleLine, titleSpan, null, body);
    }
}
