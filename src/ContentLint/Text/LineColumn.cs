namespace ContentLint.Text;

/// <summary>A position as users see it: a 1-based line and a 1-based column counted in UTF-16 code units.</summary>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Column">The 1-based column number.</param>
public readonly record struct LineColumn(int Line, int Column) : IComparable<LineColumn>
{
    /// <summary>Orders by line, then by column.</summary>
    public int CompareTo(LineColumn other)
    {
        var byLine = Line.CompareTo(other.Line);
        return byLine != 0 ? byLine : Column.CompareTo(other.Column);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Line},{Column}";
}

/// <summary>
/// A range as users see it. <see cref="End"/> is exclusive: its column is the one just past the last
/// character, as in SARIF regions and MSBuild-style <c>file(line,col,endLine,endCol)</c> locations.
/// </summary>
/// <param name="Start">The position of the first character.</param>
/// <param name="End">The position just past the last character.</param>
public readonly record struct LineColumnSpan(LineColumn Start, LineColumn End);
