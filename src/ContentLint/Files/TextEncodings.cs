using System.Buffers;
using System.Text;

namespace ContentLint.Files;

/// <summary>The encodings configuration can name, and how bytes without a byte-order mark are told apart.</summary>
internal static class TextEncodings
{
    /// <summary>The value of <c>encoding:</c> that detects the encoding of each file (the default).</summary>
    public const string Auto = "auto";

    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Windows-1252, the superset of Latin-1 that legacy Western pages and Windows tools write; in-box since .NET Core 3.</summary>
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>The byte-order mark of UTF-8.</summary>
    public static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The byte-order mark of UTF-16, little-endian.</summary>
    public static ReadOnlySpan<byte> Utf16LittleEndianByteOrderMark => [0xFF, 0xFE];

    /// <summary>The byte-order mark of UTF-16, big-endian.</summary>
    public static ReadOnlySpan<byte> Utf16BigEndianByteOrderMark => [0xFE, 0xFF];

    /// <summary>The values <c>encoding:</c> accepts, <see cref="Auto"/> first.</summary>
    public static IReadOnlyList<string> Names { get; } = [Auto, "utf-8", "windows-1252", "iso-8859-1"];

    /// <summary>The encoding a configuration name stands for; null for <see cref="Auto"/> (detect).</summary>
    public static Encoding? FromName(string name) => name switch
    {
        "utf-8" => Utf8,
        "windows-1252" => Windows1252,
        "iso-8859-1" => Encoding.Latin1,
        _ => null,
    };

    /// <summary>The five bytes Windows-1252 leaves undefined: they never occur in real Windows-1252 text.</summary>
    private static readonly SearchValues<byte> Undefined1252 = SearchValues.Create([0x81, 0x8D, 0x8F, 0x90, 0x9D]);

    /// <summary>
    /// Where the first invalid UTF-8 sequence is (its byte offset, and the offset of the U+FFFD that replaces it in
    /// the decoded text), and whether the bytes read better as Windows-1252: null when they are valid UTF-8.
    /// </summary>
    /// <remarks>
    /// Windows-1252 is chosen when fewer of the non-ASCII sequences are valid UTF-8 than invalid, none of the five
    /// bytes Windows-1252 leaves undefined occurs, and at least nine in ten invalid sequences start with a byte
    /// that reads as Windows-1252 text: a symbol or punctuation (€, “, –, °), or a letter next to a letter (the é of
    /// "café"). In Windows-1252 text nearly every accented letter is a lone byte of 0x80 or more, which UTF-8 never
    /// allows, while a valid UTF-8 pair needs an uppercase accented letter followed by a symbol (such as "É©"),
    /// which text almost never has. A UTF-8 file damaged in a few places keeps more valid sequences than broken
    /// ones, or its broken bytes stand alone ("ÿ" between spaces, a cut sequence before a bracket), so it stays
    /// UTF-8 and only the broken bytes are replaced.
    /// </remarks>
    public static Utf8Scan? ScanUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        int position = 0, textOffset = 0, valid = 0, invalid = 0, readable = 0;
        int firstInvalidByte = -1, firstInvalidText = -1;
        while (position < bytes.Length)
        {
            var ascii = bytes[position..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
            {
                break;
            }

            position += ascii;
            textOffset += ascii;
            if (Rune.DecodeFromUtf8(bytes[position..], out var rune, out var consumed) == OperationStatus.Done)
            {
                valid++;
                textOffset += rune.Utf16SequenceLength;
            }
            else
            {
                if (invalid++ == 0)
                {
                    firstInvalidByte = position;
                    firstInvalidText = textOffset;
                }

                // The decoder writes one U+FFFD for each maximal invalid subsequence, as Rune counts them.
                textOffset++;
                if (ReadsAsWindows1252(bytes, position, consumed))
                {
                    readable++;
                }
            }

            position += consumed;
        }

        var windows1252 = valid < invalid && readable * 10 >= invalid * 9 && bytes.IndexOfAny(Undefined1252) < 0;
        return new Utf8Scan(firstInvalidByte, firstInvalidText, windows1252);
    }

    /// <summary>The characters of the 128 upper bytes in Windows-1252.</summary>
    private static readonly string Windows1252Upper = Windows1252.GetString([.. Enumerable.Range(0x80, 0x80).Select(b => (byte)b)]);

    /// <summary>
    /// True when the invalid sequence at <paramref name="position"/> starts with a byte that is a symbol in
    /// Windows-1252, or a letter with a letter (or another upper byte) before or after it.
    /// </summary>
    private static bool ReadsAsWindows1252(ReadOnlySpan<byte> bytes, int position, int length)
    {
        var character = Windows1252Upper[bytes[position] - 0x80];
        if (!char.IsLetter(character))
        {
            return true;
        }

        return (position > 0 && IsLetterByte(bytes[position - 1])) || (position + length < bytes.Length && IsLetterByte(bytes[position + length]));
    }

    private static bool IsLetterByte(byte value) => value >= 0x80 || char.IsAsciiLetter((char)value);

    /// <summary>True when <paramref name="encoding"/> can store every character of <paramref name="text"/>.</summary>
    public static bool CanEncode(Encoding encoding, string text)
    {
        var strict = (Encoding)encoding.Clone();
        strict.EncoderFallback = EncoderFallback.ExceptionFallback;
        try
        {
            strict.GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}

/// <summary>What scanning bytes that are not valid UTF-8 found.</summary>
/// <param name="FirstInvalidByte">The 0-based offset of the first invalid byte.</param>
/// <param name="FirstInvalidTextOffset">Where its U+FFFD is in the text decoded as UTF-8.</param>
/// <param name="LooksLikeWindows1252">True when the bytes read better as Windows-1252.</param>
internal sealed record Utf8Scan(int FirstInvalidByte, int FirstInvalidTextOffset, bool LooksLikeWindows1252);
