namespace ContentLint.Files;

/// <summary>
/// A read-only stream whose first bytes were read ahead into <see cref="Head"/> (to recognise a format) and which
/// still yields them: standard input cannot be rewound, so looking at its start must not lose it.
/// </summary>
internal sealed class PeekedStream : Stream
{
    private readonly Stream inner;
    private readonly bool leaveOpen;
    private int headPosition;

    private PeekedStream(Stream inner, ReadOnlyMemory<byte> head, CorpusCompression compression, bool leaveOpen)
    {
        this.inner = inner;
        this.leaveOpen = leaveOpen;
        Head = head;
        Compression = compression;
    }

    /// <summary>The first bytes of the stream (fewer when it is shorter).</summary>
    public ReadOnlyMemory<byte> Head { get; }

    /// <summary>The compression the data was read through; <see cref="CorpusCompression.None"/> when it was plain.</summary>
    public CorpusCompression Compression { get; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Reads up to <paramref name="length"/> bytes of <paramref name="inner"/> ahead.</summary>
    /// <param name="inner">The stream.</param>
    /// <param name="length">How many bytes to read ahead.</param>
    /// <param name="compression">What <paramref name="inner"/> decompresses, to say so.</param>
    /// <param name="leaveOpen">True leaves <paramref name="inner"/> open when this stream is disposed (standard input).</param>
    public static PeekedStream Read(Stream inner, int length, CorpusCompression compression = CorpusCompression.None, bool leaveOpen = false)
    {
        var head = new byte[length];
        var read = inner.ReadAtLeast(head, length, throwOnEndOfStream: false);
        return new PeekedStream(inner, head.AsMemory(0, read), compression, leaveOpen);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (headPosition < Head.Length)
        {
            var count = Math.Min(buffer.Length, Head.Length - headPosition);
            Head.Span.Slice(headPosition, count).CopyTo(buffer);
            headPosition += count;
            return count;
        }

        return inner.Read(buffer);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
