using System.Globalization;
using System.Text;

namespace ContentLint.Formatting;

/// <summary>
/// Makes strings that come from files (paths, matched text, names and messages from rule, configuration and baseline
/// files) safe to print: control characters, line and paragraph separators and bidirectional overrides become
/// <c>\uXXXX</c>, so a line break in a file name never starts a new line of output (a forged CI workflow command) and
/// no escape sequence reaches a terminal. Backslashes and every other character are kept as they are.
/// </summary>
public static class TextEscaping
{
    /// <summary>The text with every character that could steer a terminal or a log written as <c>\uXXXX</c>.</summary>
    public static string Escape(string text) => Escape(text, keepLineBreaks: false);

    /// <summary>As <see cref="Escape(string)"/>; with <paramref name="keepLineBreaks"/> CR and LF stay, for a caller that escapes them its own way.</summary>
    internal static string Escape(string text, bool keepLineBreaks)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfUnsafe(text, keepLineBreaks);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c, keepLineBreaks))
            {
                escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static int IndexOfUnsafe(string text, bool keepLineBreaks)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i], keepLineBreaks))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsUnsafe(char c, bool keepLineBreaks) =>
        (char.IsControl(c) && !(keepLineBreaks && c is '\r' or '\n'))
        || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u061C' or '\u200E' or '\u200F';
}
