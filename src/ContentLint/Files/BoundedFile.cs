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
        CheckRegular(path, FileIdentity.Of(path));
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        var opened = FileIdentity.Of(stream.SafeFileHandle);
        CheckRegular(path, opened);
        var size = opened?.Size ?? (stream.CanSeek ? stream.Length : 0);
        if (size > maxBytes)
        {
            throw new FileTooLargeException(path, size, maxBytes);
        }

        // The size said is a hint: the file may grow meanwhile, or be a device that says nothing. Never past the limit.
        using var content = new MemoryStream((int)Math.Min(size, maxBytes));
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            if (content.Length + read > maxBytes)
            {
                throw new FileTooLargeException(path, content.Length + read, maxBytes);
            }

            content.Write(buffer, 0, read);
        }

        return content.ToArray();
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
