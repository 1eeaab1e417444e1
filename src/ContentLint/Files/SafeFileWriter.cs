namespace ContentLint.Files;

/// <summary>
/// Replaces a file's content so that a failure at any moment leaves either the old content or the new one, never a
/// mix or a truncated file: the new bytes go to a temporary file in the same folder, created readable by its owner
/// only, are flushed to disk, get the original's owner and permissions, and then take the original's place. Where
/// the system can, the two files are exchanged in one step and the original, now out of place, is checked once more:
/// when another program saved it in between, the exchange is undone and its content kept.
/// </summary>
/// <remarks>
/// A file that is read-only, that the user may not write (whatever the folder allows), that belongs to another user
/// who cannot be given the new file, or that has other hard links (a rename would split them) is refused.
/// </remarks>
internal sealed class SafeFileWriter
{
    private const string TemporarySuffix = ".contentlint-tmp";

    /// <summary>How many times a temporary file left by a failed write is deleted before giving up on it.</summary>
    private const int CleanupAttempts = 3;

    private readonly IFileSystemSteps files;

    /// <summary>Creates a writer that works on the real file system.</summary>
    public SafeFileWriter()
        : this(FileSystemSteps.Instance)
    {
    }

    /// <summary>The seam tests use to make any step of the write fail.</summary>
    /// <param name="files">The file-system operations the write goes through.</param>
    internal SafeFileWriter(IFileSystemSteps files)
    {
        this.files = files;
    }

    /// <summary>The writer every caller can share.</summary>
    public static SafeFileWriter Default { get; } = new();

    /// <summary>
    /// Replaces the content of <paramref name="path"/> with <paramref name="newBytes"/>, provided it still holds
    /// <paramref name="expectedBytes"/>. A symbolic link is followed, so the link stays a link.
    /// </summary>
    /// <exception cref="IOException">The file changed since it was read, or it cannot be written; it is left as it was.</exception>
    /// <exception cref="UnauthorizedAccessException">The file is read-only or may not be replaced; it is left as it was.</exception>
    public void Replace(string path, ReadOnlySpan<byte> expectedBytes, ReadOnlySpan<byte> newBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
        if (IsReadOnly(target))
        {
            throw new UnauthorizedAccessException("The file is read-only.");
        }

        // The owner's write bit is not the user's right to write: ask the system, without changing the file.
        using (new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
        {
        }

        if (FileIdentity.Of(target) is { Links: > 1 } linked)
        {
            throw new IOException($"The file has {linked.Links} hard links; replacing it would split them, so it was left as it was.");
        }

        var folder = Path.GetDirectoryName(target) ?? ".";
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Path.GetRandomFileName()}{TemporarySuffix}");
        var exchanged = false;
        try
        {
            using (var stream = files.CreateNew(temporary))
            {
                files.Write(stream, newBytes);
                files.FlushToDisk(stream);
            }

            files.CopyPermissions(target, temporary);
            // Checked as late as possible: another program (an editor, a second run) may have saved the file meanwhile.
            var current = files.ReadAllBytes(target);
            if (!current.AsSpan().SequenceEqual(expectedBytes))
            {
                if (current.AsSpan().SequenceEqual(newBytes))
                {
                    // A concurrent run wrote exactly this fix already: the file holds what this write wanted.
                    DeleteTemporary(temporary);
                    return;
                }

                throw new IOException("The file changed since it was read.");
            }

            exchanged = files.Replace(temporary, target);
            if (exchanged && !files.ReadAllBytes(temporary).AsSpan().SequenceEqual(expectedBytes))
            {
                // Saved by another program between the check and the exchange: put its content back.
                exchanged = !FileIdentity.TryExchange(temporary, target);
                throw new IOException(exchanged
                    ? "The file changed while it was being replaced, and could not be put back; its other content is in " + temporary
                    : "The file changed while it was being replaced; the other program's content is kept.");
            }
        }
        catch
        {
            // Also when creating it failed: the name is ours (random, with our suffix), so whatever is there is ours,
            // unless the original is there after an exchange that could not be undone: that one stays.
            if (!exchanged)
            {
                DeleteTemporary(temporary);
            }

            throw;
        }

        if (exchanged)
        {
            // The original's old content, checked above: the new content is in place.
            DeleteTemporary(temporary);
        }
    }

    private static bool IsReadOnly(string path) =>
        OperatingSystem.IsWindows()
            ? File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly)
            : !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserWrite);

    /// <summary>
    /// Deletes a temporary file, retrying a few times: a virus scanner or indexer may hold a file that was just
    /// written. The original is intact either way; a leftover temporary file is the lesser harm, and the failure
    /// that stopped the write is what the caller hears about.
    /// </summary>
    private void DeleteTemporary(string path)
    {
        for (var attempt = 1; attempt <= CleanupAttempts; attempt++)
        {
            try
            {
                files.Delete(path);
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Try again; after the last attempt the file stays.
            }
        }
    }
}
