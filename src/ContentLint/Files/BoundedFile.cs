using System.Buffers;

namespace ContentLint.Files;

/// <summary>A path that names something other than a regular file (a FIFO, a device, a socket, a folder), which is never read.</summary>
internal sealed class NotRegularFileException(string path, string kindName)
    : IOException($"'{path}' is {kindName}, not a regular file.")
{
    /// <summary>What the path names: "a FIFO (named pipe)".</summary>
    public string KindName { get; } = kindName;
}

/// <summary>A file larger than the most a caller reads.</summary>
internal sealed class FileTooLargeException(string path, long size, long limit)
    : IOException($"'{path}' is larger than {limit:N0} bytes.")
{
    /// <summary>The file's size, or how much was read before giving up.</summary>
    public long Size { get; } = size;
}

/// <summary>
/// Reads whole files that must be regular files of bounded size: articles, configuration, rules and baselines. The
/// kind is checked before opening (opening a FIFO blocks until something writes to it) and again on the open handle
/// (the path may have changed in between), the size is taken from the open handle, and reading stops past the
/// limit, so a link to <c>/dev/zero</c>, which says it is empty and never ends, cannot exhaust memory.
/// </summary>
internal static class BoundedFile
{
    /// <exception cref="NotRegularFileException">The path is not a regular file.</exception>
    /// <exception cref="FileTooLargeException">The file holds more than <paramref name="maxBytes"/> bytes.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static byte[] ReadAllBytes(string path, long maxBytes)
    {
        using var stream = Open(path, maxBytes, out var size);
        using var content = new MemoryStream((int)Math.Min(size, maxBytes));
        ReadChunks(stream, path, maxBytes, chunk => content.Write(chunk));
        return content.ToArray();
    }

    /// <summary>Takes one piece of a file's bytes (a delegate of its own: .NET 8 has no <c>Action</c> of a span).</summary>
    public delegate void BytesConsumer(ReadOnlySpan<byte> bytes);

    /// <summary>
    /// Reads the file as <see cref="ReadAllBytes"/> does, handing its bytes to <paramref name="consume"/> piece by piece
    /// in one reused buffer: for a caller that only hashes them, nothing the size of the file is allocated.
    /// </summary>
    /// <exception cref="NotRegularFileException">The path is not a regular file.</exception>
    /// <exception cref="FileTooLargeException">The file holds more than <paramref name="maxBytes"/> bytes.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static void Read(string path, long maxBytes, BytesConsumer consume)
    {
        using var stream = Open(path, maxBytes, out _);
        ReadChunks(stream, path, maxBytes, consume);
    }

    /// <summary>Opens a regular file of at most <paramref name="maxBytes"/> bytes (by its own account: <paramref name="size"/>).</summary>
    private static FileStream Open(string path, long maxBytes, out long size)
    {
        CheckRegular(path, FileIdentity.Of(path));
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        try
        {
            var opened = FileIdentity.Of(stream.SafeFileHandle);
            CheckRegular(path, opened);
            size = opened?.Size ?? (stream.CanSeek ? stream.Length : 0);
            return size > maxBytes ? throw new FileTooLargeException(path, size, maxBytes) : stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static void ReadChunks(FileStream stream, string path, long maxBytes, BytesConsumer consume)
    {
        // The size said is a hint: the file may grow meanwhile, or be a device that says nothing. Never past the limit.
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            long total = 0;
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                if (total + read > maxBytes)
                {
                    throw new FileTooLargeException(path, total + read, maxBytes);
                }

                total += read;
                consume(buffer.AsSpan(0, read));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Throws when <paramref name="identity"/> (of <paramref name="path"/>) is known and is not a regular file.</summary>
    public static void CheckRegular(string path, FileIdentity? identity)
    {
        if (identity is { Kind: not FileKind.Regular } other)
        {
            throw new NotRegularFileException(path, other.KindName);
        }
    }
}
