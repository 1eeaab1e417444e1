using ContentLint.Cli.LanguageServer.Protocol;

namespace ContentLint.Cli.LanguageServer;

/// <summary>
/// The lines of a text as the Language Server Protocol counts them: broken at CRLF, LF or a lone CR, characters
/// counted in UTF-16 code units (a surrogate pair is two), which are .NET's string offsets. Converts offsets to
/// positions and back; a position past a line's end means the line's end, as the protocol says.
/// </summary>
internal sealed class TextLines
{
    private readonly string text;

    /// <summary>The offset where each line starts.</summary>
    private readonly int[] starts;

    /// <summary>Builds the line map of <paramref name="text"/>.</summary>
    public TextLines(string text)
    {
        this.text = text;
        var found = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (text[i] is '\n' or '\r')
            {
                found.Add(i + 1);
            }
        }

        starts = [.. found];
    }

    /// <summary>The number of lines; a text that ends with a line break has an empty last line.</summary>
    public int Count => starts.Length;

    /// <summary>The offset where <paramref name="line"/> starts.</summary>
    public int StartOf(int line) => starts[Math.Clamp(line, 0, starts.Length - 1)];

    /// <summary>The offset where <paramref name="line"/>'s text ends, before its line break.</summary>
    public int EndOf(int line)
    {
        line = Math.Clamp(line, 0, starts.Length - 1);
        var end = line + 1 < starts.Length ? starts[line + 1] : text.Length;
        while (end > starts[line] && text[end - 1] is '\n' or '\r')
        {
            end--;
        }

        return end;
    }

    /// <summary>The line break that ends <paramref name="line"/>; for the last line, which has none, the text's first (else LF).</summary>
    public string LineBreakOf(int line)
    {
        line = Math.Clamp(line, 0, starts.Length - 1);
        if (line + 1 < starts.Length)
        {
            return text[EndOf(line)..starts[line + 1]];
        }

        return starts.Length > 1 ? text[EndOf(0)..starts[1]] : "\n";
    }

    /// <summary>The position of <paramref name="offset"/> (clamped to the text).</summary>
    public LspPosition PositionAt(int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var line = Array.BinarySearch(starts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new LspPosition(line, offset - starts[line]);
    }

    /// <summary>The range of <paramref name="start"/> to <paramref name="end"/>.</summary>
    public LspRange RangeOf(int start, int end) => new(PositionAt(start), PositionAt(end));

    /// <summary>The offset of <paramref name="position"/>: a line past the last is the text's end, a character past the line's end its end.</summary>
    public int OffsetAt(LspPosition position)
    {
        if (position.Line >= starts.Length)
        {
            return text.Length;
        }

        var line = Math.Max(position.Line, 0);
        return Math.Min(starts[line] + Math.Max(position.Character, 0), EndOf(line));
    }
}
