namespace ContentLint.Text;

/// <summary>How a line or a paragraph ends: with a sentence's closing mark, or not.</summary>
internal static class SentenceEnd
{
    /// <summary>The quotes and brackets that may close a sentence after its mark ("… he said.”", "(… below.)").</summary>
    public const string ClosingMarks = "\"'”’»)]";

    /// <summary>True for . ! ? and …, the marks that end a sentence in the scripts written with spaces.</summary>
    public static bool IsMark(char c) => c is '.' or '!' or '?' or '…';

    /// <summary>The last character of <paramref name="text"/> before the <paramref name="closers"/> that end it; '\0' when nothing else is left.</summary>
    public static char LastMark(ReadOnlySpan<char> text, string closers = ClosingMarks) => text.TrimEnd(closers) is [.., var last] ? last : '\0';

    /// <summary>True when <paramref name="text"/> ends with . ! ? or …, possibly followed by <paramref name="closers"/>.</summary>
    public static bool EndsLikeSentence(ReadOnlySpan<char> text, string closers = ClosingMarks) => IsMark(LastMark(text, closers));
}
