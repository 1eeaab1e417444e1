namespace ContentLint.Text;

/// <summary>A range of UTF-16 code units in a text: a 0-based start offset and a length.</summary>
/// <param name="Start">The 0-based offset of the first character.</param>
/// <param name="Length">The number of characters; zero for an empty span.</param>
public readonly record struct TextRange(int Start, int Length) : IComparable<TextRange>
{
    /// <summary>The 0-based offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>True when the span covers no character.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates the span from <paramref name="start"/> up to, not including, <paramref name="end"/>.</summary>
    public static TextRange FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextRange(start, end - start);
    }

    /// <summary>True when the two spans share at least one character.</summary>
    public bool OverlapsWith(TextRange other) => Math.Max(Start, other.Start) < Math.Min(End, other.End);

    /// <summary>The part of <paramref name="text"/>, which starts at offset <paramref name="start"/>, without the white space at its ends.</summary>
    internal static TextRange Trimmed(ReadOnlySpan<char> text, int start) =>
        new(start + (text.Length - text.TrimStart().Length), text.Trim().Length);

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextRange other) => other.Start >= Start && other.End <= End;

    /// <summary>Orders by start, then by length.</summary>
    public int CompareTo(TextRange other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Length.CompareTo(other.Length);
    }

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
