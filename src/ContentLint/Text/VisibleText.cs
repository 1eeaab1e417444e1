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
        var copied = 0;
        for (var next = first; next >= 0; next = written.AsSpan(next + 1).IndexOfAny(Invisible) is var found and >= 0 ? next + 1 + found : -1)
        {
            // One after a carriage return stays: left out before a line feed, it would join two line breaks into one.
            if (next > 0 && written[next - 1] == '\r')
            {
                continue;
            }

            text.Append(written, copied, next - copied);
            leftOut.Add(text.Length);
            copied = next + 1;
        }

        text.Append(written, copied, written.Length - copied);
        return leftOut.Count == 0 ? null : new VisibleText(text.ToString(), [.. leftOut]);
    }

    /// <summary>
    /// <paramref name="range"/> of <see cref="Text"/> in the text as written, with the invisible characters inside it
    /// and at its edges on its lines: a line deleted by a fix goes with its invisible characters, and a finding covers
    /// what it covered when rules read the text as written. A range that ends after a line break takes in none of those
    /// that open the next line; an empty range (an insertion) stays after those at its offset.
    /// </summary>
    public TextRange ToWritten(TextRange range)
    {
        if (range.IsEmpty)
        {
            var at = range.Start + LeftOut(range.Start, countThoseAt: true);
            return new TextRange(at, 0);
        }

        var start = range.Start + LeftOut(range.Start, countThoseAt: false);
        var endsLine = Text[range.End - 1] is '\n' or '\r';
        var end = range.End + LeftOut(range.End, countThoseAt: !endsLine);
        return TextRange.FromBounds(start, end);
    }

    /// <summary>The visible offset of the written offset <paramref name="written"/>: where its character, or the next visible one, is in <see cref="Text"/>.</summary>
    public int ToVisible(int written)
    {
        // The j-th character left out stood at written offset leftOutAt[j] + j, an increasing sequence.
        int low = 0, high = leftOutAt.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (leftOutAt[mid] + mid < written)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return written - low;
    }

    /// <summary>
    /// How many characters left out stand before the visible offset <paramref name="offset"/>, counting those right at
    /// it (between its character and the one before) when <paramref name="countThoseAt"/>: the written offset is then
    /// after them, else before them.
    /// </summary>
    private int LeftOut(int offset, bool countThoseAt)
    {
        int low = 0, high = leftOutAt.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (countThoseAt ? leftOutAt[mid] <= offset : leftOutAt[mid] < offset)
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
