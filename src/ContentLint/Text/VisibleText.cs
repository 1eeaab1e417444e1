using System.Buffers;

namespace ContentLint.Text;

/// <summary>
/// A text as it reads: without the format characters that do not show and break no word (soft hyphens, zero-width
/// spaces and joiners, word joiners, byte-order marks inside the text), with the map from its offsets back to the
/// text as written. A hyphenation plugin puts soft hyphens inside every long word of a site ("Da­ten­schutz­er­klä­rung",
/// "illus­tra­tive"), and a zero-width space inside "Cook\u200Bies" hides a phrase from every rule that reads words;
/// rules that read words run on this text, and what they find is reported where it is in the text as written.
/// </summary>
internal sealed class VisibleText
{
    /// <summary>U+00AD soft hyphen, U+200B zero-width space, U+200C and U+200D zero-width non-joiner and joiner, U+2060 word joiner, U+FEFF zero-width no-break space (byte-order mark).</summary>
    private static readonly SearchValues<char> Invisible = SearchValues.Create("\u00AD\u200B\u200C\u200D\u2060\uFEFF");

    /// <summary>The regular-expression escapes that name the characters left out.</summary>
    private static readonly string[] NamingEscapes = [@"\u00AD", @"\u200B", @"\u200C", @"\u200D", @"\u2060", @"\uFEFF", @"\xAD"];

    /// <summary>For each character left out, in order, the offset in <see cref="Text"/> where it stood (before the character that followed it).</summary>
    private readonly int[] leftOutAt;

    private VisibleText(string text, int[] leftOutAt)
    {
        Text = text;
        this.leftOutAt = leftOutAt;
    }

    /// <summary>The text without the invisible characters.</summary>
    public string Text { get; }

    /// <summary>True for the format characters this text leaves out.</summary>
    public static bool IsInvisible(char c) => Invisible.Contains(c);

    /// <summary>
    /// True when the regular expression <paramref name="pattern"/> names a character this text leaves out: the
    /// character itself or its escape (<c>\u00AD</c>, <c>\xAD</c>). A class of the format category (<c>\p{Cf}</c>)
    /// does not: the pack's phrases allow one at their edges, which a text without them satisfies as well.
    /// </summary>
    public static bool IsNamedIn(string pattern) =>
        pattern.AsSpan().ContainsAny(Invisible)
        || NamingEscapes.Any(escape => pattern.Contains(escape, StringComparison.OrdinalIgnoreCase));

    /// <summary>The visible text of <paramref name="written"/>; null when it holds no invisible character (then it reads as written).</summary>
    public static VisibleText? Of(string written)
    {
        var first = written.AsSpan().IndexOfAny(Invisible);
        if (first < 0)
        {
            return null;
        }

        var text = new System.Text.StringBuilder(written.Length);
        var leftOut = new List<int>();
        var rest = written.AsSpan();
        for (var next = first; next >= 0; next = rest.IndexOfAny(Invisible))
        {
            text.Append(rest[..next]);
            leftOut.Add(text.Length);
            rest = rest[(next + 1)..];
        }

        text.Append(rest);
        return new VisibleText(text.ToString(), [.. leftOut]);
    }

    /// <summary>
    /// <paramref name="range"/> of <see cref="Text"/> in the text as written: it starts at its first visible character
    /// and ends after its last, so the invisible characters inside it are taken in and those at its edges are not.
    /// </summary>
    public TextRange ToWritten(TextRange range)
    {
        var start = range.Start + LeftOutBefore(range.Start, atStart: true);
        var end = range.IsEmpty ? start : range.End + LeftOutBefore(range.End, atStart: false);
        return TextRange.FromBounds(start, end);
    }

    /// <summary>How many characters left out stand before the visible offset <paramref name="offset"/>: at a start, also those right at it (before the character there); at an end, only those before the character that ends the range.</summary>
    private int LeftOutBefore(int offset, bool atStart)
    {
        int low = 0, high = leftOutAt.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (atStart ? leftOutAt[mid] <= offset : leftOutAt[mid] < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
