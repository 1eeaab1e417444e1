using System.Globalization;
using System.Text;
using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint.Files;

/// <summary>
/// Reads one article file (or standard input) into the document to lint, within <see cref="ArticleReadOptions"/>:
/// a file over the size limit or one that looks binary is skipped with a finding instead of a document; a file that
/// is not valid UTF-8 is linted with a finding at its first invalid byte.
/// </summary>
internal static class ArticleFileLoader
{
    /// <summary>How far binary detection looks for a NUL byte: git's <c>FIRST_FEW_BYTES</c>.</summary>
    public const int BinaryProbeLength = 8000;

    /// <summary>
    /// Reads the file at <paramref name="path"/>, a regular file of at most the size limit (<see cref="BoundedFile"/>);
    /// anything else is skipped with its finding. Other I/O failures are left to the caller.
    /// </summary>
    public static SourceDocument ReadFile(string path, string displayPath, ArticleReadOptions options, string? defaultLanguage)
    {
        try
        {
            return FromBytes(BoundedFile.ReadAllBytes(path, options.MaxFileSize), displayPath, options, defaultLanguage);
        }
        catch (FileTooLargeException e)
        {
            return TooLarge(displayPath, "File", e.Size, options);
        }
        catch (NotRegularFileException e)
        {
            return new SourceDocument(null, null, NotRegular(displayPath, e.KindName));
        }
    }

    /// <summary>The <c>CL0011</c> finding of a path that is <paramref name="kindName"/>, not a regular file.</summary>
    public static Finding NotRegular(string displayPath, string kindName) =>
        Finding(EngineDiagnostics.NotRegularFile, displayPath, null, default, ("kind", kindName));

    /// <summary>Reads <paramref name="stream"/> to its end, holding at most the size limit in memory.</summary>
    public static SourceDocument ReadStream(Stream stream, string displayPath, ArticleReadOptions options, string? defaultLanguage)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        long total = 0;
        int read;
        // Reading stops past the limit: a stream that never ends (a device) is not read for ever.
        while (total <= options.MaxFileSize && (read = stream.Read(buffer)) > 0)
        {
            total += read;
            if (total <= options.MaxFileSize)
            {
                copy.Write(buffer, 0, read);
            }
        }

        return total > options.MaxFileSize
            ? TooLarge(displayPath, "File", total, options)
            : FromBytes(copy.GetBuffer().AsSpan(0, (int)copy.Length), displayPath, options, defaultLanguage);
    }

    /// <summary>The document of an article's bytes, or the finding that says why it is not linted.</summary>
    public static SourceDocument FromBytes(ReadOnlySpan<byte> bytes, string displayPath, ArticleReadOptions options, string? defaultLanguage)
    {
        if (BinaryOffset(bytes) is { } nul)
        {
            return new SourceDocument(null, null, BinaryFile(displayPath, nul));
        }

        var article = ArticleReader.Decode(bytes, options);
        var document = Document.Parse(article.Text, new DocumentOptions { Path = displayPath, DefaultLanguage = defaultLanguage });
        return new SourceDocument(document, null, InvalidBytes(bytes, article, document));
    }

    /// <summary>
    /// The document of an article that is already text (an editor's buffer), judged as its file would be: skipped when
    /// it holds a NUL in its first <see cref="BinaryProbeLength"/> characters or would take more than the size limit
    /// in UTF-8.
    /// </summary>
    public static SourceDocument FromText(string text, string displayPath, ArticleReadOptions options, string? defaultLanguage)
    {
        if (text.AsSpan(0, Math.Min(text.Length, BinaryProbeLength)).IndexOf('\0') is var nul and >= 0)
        {
            return new SourceDocument(null, null, BinaryFile(displayPath, nul));
        }

        // Three bytes at most per UTF-16 unit: most texts are judged without counting.
        if (text.Length > options.MaxFileSize / 3 && Encoding.UTF8.GetByteCount(text) is var size && size > options.MaxFileSize)
        {
            return TooLarge(displayPath, "File", size, options);
        }

        return new SourceDocument(Document.Parse(text, new DocumentOptions { Path = displayPath, DefaultLanguage = defaultLanguage }), null, null);
    }

    /// <summary>The offset of a NUL byte in the first <see cref="BinaryProbeLength"/> bytes; null for text. UTF-16 with a byte-order mark is text.</summary>
    public static int? BinaryOffset(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(TextEncodings.Utf16LittleEndianByteOrderMark) || bytes.StartsWith(TextEncodings.Utf16BigEndianByteOrderMark))
        {
            return null;
        }

        var offset = bytes[..Math.Min(bytes.Length, BinaryProbeLength)].IndexOf((byte)0);
        return offset < 0 ? null : offset;
    }

    /// <summary>The <c>CL0007</c> finding of a file that looks binary: a NUL byte at <paramref name="offset"/>.</summary>
    public static Finding BinaryFile(string displayPath, int offset) =>
        Finding(EngineDiagnostics.BinaryFile, displayPath, null, default, ("offset", offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The <c>CL0008</c> finding at the first invalid byte, when decoding replaced any.</summary>
    public static Finding? InvalidBytes(ReadOnlySpan<byte> bytes, ArticleText article, Document document) =>
        article is { FirstInvalidByte: { } offset, FirstInvalidTextOffset: { } at }
            ? InvalidUtf8(document, new TextRange(at, 1), offset, bytes[offset])
            : null;

    /// <summary>
    /// The <c>CL0008</c> finding of an invalid byte: <paramref name="value"/> at <paramref name="offset"/> in the
    /// file (or in a JSON Lines record's line), placed at <paramref name="span"/> of <paramref name="document"/>.
    /// </summary>
    public static Finding InvalidUtf8(Document document, TextRange span, int offset, byte value) =>
        Finding(
            EngineDiagnostics.InvalidUtf8,
            document.Path,
            document,
            span,
            ("offset", offset.ToString(CultureInfo.InvariantCulture)),
            ("byte", "0x" + value.ToString("X2", CultureInfo.InvariantCulture)));

    /// <summary>The <c>CL0009</c> finding of a file or record over the size limit.</summary>
    public static SourceDocument TooLarge(string displayPath, string what, long size, ArticleReadOptions options) =>
        new(null, null, Finding(
            EngineDiagnostics.FileTooLarge,
            displayPath,
            null,
            default,
            ("what", what),
            ("size", size.ToString("N0", CultureInfo.InvariantCulture)),
            ("limit", options.MaxFileSize.ToString("N0", CultureInfo.InvariantCulture))));

    /// <summary>An engine finding with its default severity, at <paramref name="span"/> of <paramref name="document"/> (or the file's start).</summary>
    public static Finding Finding(RuleDescriptor descriptor, string displayPath, Document? document, TextRange span, params (string Name, string Value)[] arguments)
    {
        var message = MessageTemplate.Format(descriptor.MessageFormat, arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal));
        var start = new LineColumn(1, 1);
        var location = document is null ? new LineColumnSpan(start, start) : document.Source.GetLinePositionSpan(span);
        return new Finding(descriptor, descriptor.DefaultSeverity, message, displayPath, span, location);
    }
}
