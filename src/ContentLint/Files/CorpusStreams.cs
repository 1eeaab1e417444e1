using System.IO.Compression;
using ZstdSharp;

namespace ContentLint.Files;

/// <summary>How a corpus file's bytes are compressed, as its first bytes say.</summary>
internal enum CorpusCompression
{
    /// <summary>Not compressed.</summary>
    None,

    /// <summary>gzip (<c>.gz</c>): the bytes start with <c>1F 8B</c>.</summary>
    Gzip,

    /// <summary>Zstandard (<c>.zst</c>): the bytes start with a Zstandard frame's magic number.</summary>
    Zstandard,
}

/// <summary>
/// Opens corpus data whatever its compression: gzip and Zstandard are recognised by their first bytes, never by the
/// file name, so standard input, a renamed file and a file with the wrong extension all read alike. Decompression
/// streams: memory holds a window of the data, never the file.
/// </summary>
internal static class CorpusStreams
{
    /// <summary>The magic number every Parquet file starts (and ends) with.</summary>
    public static ReadOnlySpan<byte> ParquetMagic => "PAR1"u8;

    private static ReadOnlySpan<byte> GzipMagic => [0x1F, 0x8B];

    private static ReadOnlySpan<byte> ZstandardMagic => [0x28, 0xB5, 0x2F, 0xFD];

    /// <summary>The compression the first bytes of some data show.</summary>
    public static CorpusCompression Detect(ReadOnlySpan<byte> head) =>
        head.StartsWith(GzipMagic) ? CorpusCompression.Gzip
        : head.StartsWith(ZstandardMagic) ? CorpusCompression.Zstandard
        : CorpusCompression.None;

    /// <summary>
    /// The decompressed content of <paramref name="raw"/> with its first <paramref name="probeLength"/> bytes read
    /// ahead (for format and binary checks), which the returned stream still yields. Disposing it disposes
    /// <paramref name="raw"/> unless <paramref name="leaveOpen"/>.
    /// </summary>
    public static PeekedStream Open(Stream raw, int probeLength, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var outer = PeekedStream.Read(raw, ZstandardMagic.Length, leaveOpen: leaveOpen);
        var compression = Detect(outer.Head.Span);
        Stream content = compression switch
        {
            CorpusCompression.Gzip => new GZipStream(outer, CompressionMode.Decompress),
            CorpusCompression.Zstandard => new DecompressionStream(outer),
            _ => outer,
        };
        return PeekedStream.Read(content, probeLength, compression);
    }

    /// <summary>A stream that compresses what is written to it as <paramref name="compression"/> says, into <paramref name="output"/>.</summary>
    /// <param name="output">Where the compressed bytes go.</param>
    /// <param name="compression">How to compress; <see cref="CorpusCompression.None"/> writes through.</param>
    /// <param name="leaveOpen">True leaves <paramref name="output"/> open when the returned stream is disposed.</param>
    public static Stream Compress(Stream output, CorpusCompression compression, bool leaveOpen) => compression switch
    {
        // The fastest levels: a filter's output is an intermediate, and compression must not slow the pipeline.
        CorpusCompression.Gzip => new GZipStream(output, CompressionLevel.Fastest, leaveOpen),
        CorpusCompression.Zstandard => new CompressionStream(output, level: 1, leaveOpen: leaveOpen),
        _ => leaveOpen ? new UnclosedStream(output) : output,
    };

    /// <summary>True for the exceptions reading damaged data raises: a truncated or corrupt gzip or Zstandard stream.</summary>
    public static bool IsDamagedData(Exception e) => e is InvalidDataException or ZstdException;

    /// <summary>A stream whose disposal flushes but does not close the stream it writes to (standard output).</summary>
    private sealed class UnclosedStream(Stream inner) : WriteOnlyStream
    {
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

        public override void Flush() => inner.Flush();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Flush();
            }

            base.Dispose(disposing);
        }
    }
}
