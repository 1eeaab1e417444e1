using System.Text;

namespace ContentLint.Files;

/// <summary>An article's decoded text and how it was stored, so a rewrite can store it the same way.</summary>
/// <param name="Text">The decoded text, without the byte-order mark.</param>
/// <param name="Encoding">The encoding the bytes were decoded with.</param>
/// <param name="HasByteOrderMark">True when the file starts with a byte-order mark.</param>
internal sealed record ArticleText(string Text, Encoding Encoding, bool HasByteOrderMark)
{
    /// <summary>
    /// For bytes that are not valid UTF-8 but were decoded as UTF-8: the 0-based offset in the file of the first
    /// invalid byte. Null when every byte was valid.
    /// </summary>
    public int? FirstInvalidByte { get; init; }

    /// <summary>Where the U+FFFD that replaced <see cref="FirstInvalidByte"/> is in <see cref="Text"/>; null when every byte was valid.</summary>
    public int? FirstInvalidTextOffset { get; init; }
}

/// <summary>
/// Reads article files: a byte-order mark (UTF-8, UTF-16 LE or BE) always decides; without one the bytes are UTF-8,
/// or Windows-1252 when they are not valid UTF-8 and read as Windows-1252 text, or the encoding configuration names.
/// Invalid bytes become U+FFFD, never an exception.
/// </summary>
internal static class ArticleReader
{
    /// <summary>Reads and decodes the file at <paramref name="path"/>, detecting its encoding.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static ArticleText Read(string path) => Decode(File.ReadAllBytes(path));

    /// <summary>Decodes the bytes of an article, detecting its encoding.</summary>
    public static ArticleText Decode(ReadOnlySpan<byte> bytes) => Decode(bytes, ArticleReadOptions.Default);

    /// <summary>
    /// Decodes the bytes of an article. A byte-order mark decides the encoding; without one,
    /// <see cref="ArticleReadOptions.Encoding"/> does when set; else the bytes are UTF-8, unless they are not valid
    /// UTF-8, fewer of their non-ASCII sequences are valid UTF-8 than invalid, nine in ten of the invalid ones start
    /// with a byte that reads as Windows-1252 text (a symbol, or a letter next to a letter), and none of the five
    /// bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) occurs: then they are Windows-1252.
    /// </summary>
    public static ArticleText Decode(ReadOnlySpan<byte> bytes, ArticleReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (bytes.StartsWith(TextEncodings.Utf8ByteOrderMark))
        {
            return DecodeUtf8(bytes[3..], hasByteOrderMark: true, allowWindows1252: false);
        }

        if (bytes.StartsWith(TextEncodings.Utf16LittleEndianByteOrderMark))
        {
            return new ArticleText(Encoding.Unicode.GetString(bytes[2..]), Encoding.Unicode, true);
        }

        if (bytes.StartsWith(TextEncodings.Utf16BigEndianByteOrderMark))
        {
            return new ArticleText(Encoding.BigEndianUnicode.GetString(bytes[2..]), Encoding.BigEndianUnicode, true);
        }

        if (options.Encoding is { } configured && configured.CodePage != TextEncodings.Utf8.CodePage)
        {
            return new ArticleText(configured.GetString(bytes), configured, false);
        }

        return DecodeUtf8(bytes, hasByteOrderMark: false, allowWindows1252: options.Encoding is null);
    }

    private static ArticleText DecodeUtf8(ReadOnlySpan<byte> bytes, bool hasByteOrderMark, bool allowWindows1252)
    {
        if (TextEncodings.ScanUtf8(bytes) is not { } invalid)
        {
            return new ArticleText(TextEncodings.Utf8.GetString(bytes), TextEncodings.Utf8, hasByteOrderMark);
        }

        if (allowWindows1252 && invalid.LooksLikeWindows1252)
        {
            return new ArticleText(TextEncodings.Windows1252.GetString(bytes), TextEncodings.Windows1252, false);
        }

        var preamble = hasByteOrderMark ? 3 : 0;
        return new ArticleText(TextEncodings.Utf8.GetString(bytes), TextEncodings.Utf8, hasByteOrderMark)
        {
            FirstInvalidByte = invalid.FirstInvalidByte + preamble,
            FirstInvalidTextOffset = invalid.FirstInvalidTextOffset,
        };
    }
}
