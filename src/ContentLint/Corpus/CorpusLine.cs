using System.Buffers;
using System.IO.Hashing;
using System.Text;
using ContentLint.Text;

namespace ContentLint.Corpus;

/// <summary>
/// How the corpus evidence sees a line (CCNet's line normalisation): lower-cased, white space collapsed to one
/// space, every run of digits collapsed to one <c>0</c> — so "Posted 3 hours ago" and "Posted 12 hours ago" are one
/// line — and hashed to 64 bits. Lines of one word or of punctuation alone are not counted: "___", "Home" or "Share"
/// are shared by unrelated articles and say nothing about a template. In scripts written without spaces (Chinese,
/// Japanese, Thai…) every two characters count as a word.
/// </summary>
internal static class CorpusLine
{
    /// <summary>The least number of words a line needs to be counted.</summary>
    internal const int MinWords = 2;

    /// <summary>Lines with at least this many words are long: prose, what copies of an article share.</summary>
    internal const int LongLineWords = 8;

    /// <summary>The normalised form of <paramref name="line"/>, or null when the line is not counted (fewer than two words).</summary>
    public static string? Normalize(ReadOnlySpan<char> line)
    {
        var buffer = ArrayPool<char>.Shared.Rent(line.Length);
        try
        {
            var length = Normalize(line, buffer, out var words);
            return words < MinWords ? null : new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The hash of <paramref name="line"/>'s normalised form and its word count; null when the line is not counted.</summary>
    internal static ulong? Hash(ReadOnlySpan<char> line) => Measure(line) is { } measured ? measured.Hash : null;

    /// <summary>The hash and word count of a counted line; null when the line is not counted.</summary>
    internal static (ulong Hash, int Words)? Measure(ReadOnlySpan<char> line)
    {
        var chars = ArrayPool<char>.Shared.Rent(line.Length);
        byte[]? bytes = null;
        try
        {
            var length = Normalize(line, chars, out var words);
            if (words < MinWords)
            {
                return null;
            }

            // UTF-8, not the UTF-16 in memory: the hash is stored in profiles and must not depend on byte order.
            var normalized = chars.AsSpan(0, length);
            bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(length));
            var count = Encoding.UTF8.GetBytes(normalized, bytes);
            return (XxHash3.HashToUInt64(bytes.AsSpan(0, count)), words);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            if (bytes is not null)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }

    /// <summary>Writes the normalised form into <paramref name="output"/> (at least as long as the line) and counts its words.</summary>
    private static int Normalize(ReadOnlySpan<char> line, Span<char> output, out int words)
    {
        var length = 0;
        var counted = 0;
        var inToken = false;
        var tokenHasWord = false;
        var pendingSpace = false;
        var previousDigit = false;
        var unspaced = 0;

        // Chinese, Japanese, Thai, Lao, Khmer and Burmese put no spaces between words: two characters count as one.
        void EndToken()
        {
            if (inToken && tokenHasWord)
            {
                counted += Math.Max(1, unspaced / 2);
            }

            inToken = false;
            tokenHasWord = false;
            unspaced = 0;
        }

        foreach (var c in line)
        {
            if (c >= '\u00AD' && VisibleText.IsInvisible(c))
            {
                // A line counts as it reads: the linters see it without soft hyphens and zero-width spaces.
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                EndToken();
                pendingSpace = length > 0;
                previousDigit = false;
                continue;
            }

            if (pendingSpace)
            {
                output[length++] = ' ';
                pendingSpace = false;
            }

            inToken = true;

            // Most characters are ASCII letters: written out here, the same answers as the Unicode tests below, which
            // cost a tenth of a native run when every line of a corpus is counted.
            if (char.IsAsciiLetter(c))
            {
                tokenHasWord = true;
                previousDigit = false;
                output[length++] = (char)(c | 0x20);
                continue;
            }

            if (char.IsDigit(c))
            {
                tokenHasWord = true;
                if (!previousDigit)
                {
                    output[length++] = '0';
                }

                previousDigit = true;
                continue;
            }

            previousDigit = false;
            tokenHasWord |= char.IsLetter(c);
            unspaced += c >= '\u0E00' && IsUnspacedScript(c) ? 1 : 0;
            output[length++] = char.ToLowerInvariant(c);
        }

        EndToken();
        words = counted;
        return length;
    }

    private static bool IsUnspacedScript(char c) => c is
        (>= '\u3040' and <= '\u30FF')     // Hiragana, Katakana
        or (>= '\u3400' and <= '\u4DBF')  // CJK extension A
        or (>= '\u4E00' and <= '\u9FFF')  // CJK unified ideographs
        or (>= '\u0E00' and <= '\u0EFF')  // Thai, Lao
        or (>= '\u1000' and <= '\u109F')  // Myanmar
        or (>= '\u1780' and <= '\u17FF'); // Khmer
}
