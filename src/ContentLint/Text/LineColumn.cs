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
