namespace ContentLint.Text;

/// <summary>One line of a text, without its line break.</summary>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Start">The 0-based offset of the first character of the line.</param>
/// <param name="Length">The number of characters before the line break.</param>
/// <param name="LineBreakLength">0 for the last line without a break, 1 for LF or CR, 2 for CRLF.</param>
public readonly record struct ContentLine(int Number, int Start, int Length, int LineBreakLength)
{
    /// <summary>The 0-based offset just past the last character, before the line break.</summary>
    public int End => Start + Length;

    /// <summary>The line's characters, without the line break.</summary>
    public TextRange Span => new(Start, Length);

    /// <summary>The line's characters including its line break.</summary>
    public TextRange SpanIncludingLineBreak => new(Start, Length + LineBreakLength);
}
