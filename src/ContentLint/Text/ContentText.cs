using System.Collections.Immutable;

namespace ContentLint.Text;

/// <summary>
/// An immutable text with its line map. Converts between 0-based offsets (what rules work with) and
/// 1-based line/column positions (what every output shows). LF, CRLF and lone CR all end a line.
/// </summary>
public sealed class ContentText
{
    private ContentText(string text, ImmutableArray<ContentLine> lines)
    {
        Text = text;
        Lines = lines;
    }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>Every line of the text, in order. An empty text has one empty line.</summary>
    public ImmutableArray<ContentLine> Lines { get; }

    /// <summary>The number of characters.</summary>
    public int Length => Text.Length;

    /// <summary>Builds the line map of <paramref name="text"/>.</summary>
    public static ContentText From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = ImmutableArray.CreateBuilder<ContentLine>();
        var start = 0;
        var span = text.AsSpan();
        while (true)
        {
            var breakAt = span[start..].IndexOfAny('\n', '\r');
            if (breakAt < 0)
            {
                lines.Add(new ContentLine(lines.Count + 1, start, text.Length - start, 0));
                break;
            }

            var end = start + breakAt;
            var breakLength = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1;
            lines.Add(new ContentLine(lines.Count + 1, start, end - start, breakLength));
            start = end + breakLength;
            if (start == text.Length)
            {
                // A final line break ends the last line; it does not start an empty one users could see.
                break;
            }
        }

        return new ContentText(text, lines.ToImmutable());
    }

    /// <summary>The characters of <paramref name="span"/>.</summary>
    public ReadOnlySpan<char> Slice(TextRange span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>The characters of <paramref name="line"/>, without its line break.</summary>
    public ReadOnlySpan<char> Slice(ContentLine line) => Text.AsSpan(line.Start, line.Length);

    /// <summary>The line that contains <paramref name="offset"/>; an offset on a line break belongs to that line.</summary>
    public ContentLine GetLineAt(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Text.Length);
        int low = 0, high = Lines.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (Lines[mid].Start <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return Lines[low];
    }

    /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
    public LineColumn GetLinePosition(int offset)
    {
        var line = GetLineAt(offset);
        return new LineColumn(line.Number, offset - line.Start + 1);
    }

    /// <summary>The 1-based start and exclusive end of <paramref name="span"/>.</summary>
    public LineColumnSpan GetLinePositionSpan(TextRange span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));
}
