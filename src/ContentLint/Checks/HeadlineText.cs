using System.Globalization;
using System.Text;
using ContentLint.Text;

namespace ContentLint.Checks;

/// <summary>Compares headlines the way readers do: ignoring case, quotes, punctuation, Markdown heading marks and spacing.</summary>
internal static class HeadlineText
{
    /// <summary>Lower case, letters and digits only, words separated by single spaces.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '–' or '—' or '/')
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Beyond this length (no headline is that long) texts are alike only when identical.</summary>
    internal const int MaxFuzzyLength = 1_000;

    /// <summary>
    /// 1 for identical strings, 0 for nothing in common: one minus the edit distance over the longer length; for
    /// texts longer than <see cref="MaxFuzzyLength"/>, 1 when identical and 0 otherwise.
    /// </summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 1 : 0;
        }

        var longer = Math.Max(a.Length, b.Length);
        if (longer > MaxFuzzyLength)
        {
            // The edit distance costs length times length: a first line of 30,000 characters took seconds.
            return string.Equals(a, b, StringComparison.Ordinal) ? 1 : 0;
        }

        return 1.0 - (double)EditDistance.Compute(a, b) / longer;
    }
}
