namespace ContentLint.Files;

/// <summary>Stores a rewritten article the way the original was stored: same encoding, byte-order mark when it had one.</summary>
internal static class ArticleEncoding
{
    /// <summary>The bytes of <paramref name="text"/> in the encoding of <paramref name="original"/>, with its byte-order mark if it had one.</summary>
    public static byte[] Encode(string text, ArticleText original)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(original);
        var preamble = original.HasByteOrderMark ? ByteOrderMark(original) : [];
        var body = original.Encoding.GetBytes(text);
        var bytes = new byte[preamble.Length + body.Length];
        preamble.CopyTo(bytes);
        body.CopyTo(bytes, preamble.Length);
        return bytes;
    }

    /// <summary>
    /// True when encoding <paramref name="article"/> again gives exactly <paramref name="bytes"/>. False for invalid
    /// UTF-8 or unpaired UTF-16 surrogates, which decoding turned into U+FFFD: rewriting such a file would change
    /// bytes that no finding covers, so a fixer must leave it alone.
    /// </summary>
    public static bool RoundTrips(ReadOnlySpan<byte> bytes, ArticleText article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return bytes.SequenceEqual(Encode(article.Text, article));
    }

    private static ReadOnlySpan<byte> ByteOrderMark(ArticleText article) => article.Encoding.CodePage switch
    {
        1200 => TextEncodings.Utf16LittleEndianByteOrderMark,
        1201 => TextEncodings.Utf16BigEndianByteOrderMark,
        _ => TextEncodings.Utf8ByteOrderMark,
    };
}
