using System.Text;

namespace ContentLint.Files;

/// <summary>An article's decoded text and how it was stored, so a rewrite can store it the same way.</summary>
/// <param name="Text">The decoded text, without the byte-order mark.</param>
/// <param name="Encoding">The encoding the bytes were decoded with.</param>
/// <param name="HasByteOrderMark">True when the file starts with a byte-order mark.</param>
public sealed record ArticleText(string Text, Encoding Encoding, bool HasByteOrderMark);

/// <summary>Reads article files: UTF-8 with or without a byte-order mark, UTF-16 with one. Invalid bytes become U+FFFD, never an exception.</summary>
public static class ArticleReader
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Reads and decodes the file at <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static ArticleText Read(string path) => Decode(File.ReadAllBytes(path));

    /// <summary>Decodes the bytes of an article.</summary>
    public static ArticleText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new ArticleText(Utf8.GetString(bytes[3..]), Utf8, true);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new ArticleText(Encoding.Unicode.GetString(bytes[2..]), Encoding.Unicode, true);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new ArticleText(Encoding.BigEndianUnicode.GetString(bytes[2..]), Encoding.BigEndianUnicode, true);
        }

        return new ArticleText(Utf8.GetString(bytes), Utf8, false);
    }
}
