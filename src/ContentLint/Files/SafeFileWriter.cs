namespace ContentLint.Files;

/// <summary>
/// Replaces a file's content so that a failure at any moment leaves either the old content or the new one, never a
/// mix or a truncated file: the new bytes go to a temporary file in the same folder, are flushed to disk, get the
/// original's permissions, and then take the original's place by a rename.
/// </summary>
public sealed class SafeFileWriter
{
    private const string TemporarySuffix = ".contentlint-tmp";

    private readonly Action<string, string> commit;

    /// <summary>Creates a writer that commits by renaming the temporary file over the original.</summary>
    public SafeFileWriter()
        : this(null)
    {
    }

    /// <summary>The seam tests use to make the final step fail after the temporary file is written.</summary>
    /// <param name="commit">Moves the temporary file (first argument) over the target (second); null for the real rename.</param>
    internal SafeFileWriter(Action<string, string>? commit)
    {
        this.commit = commit ?? ((temporary, target) => File.Move(temporary, target, overwrite: true));
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

        var folder = Path.GetDirectoryName(target) ?? ".";
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Path.GetRandomFileName()}{TemporarySuffix}");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(newBytes);
                stream.Flush(flushToDisk: true);
            }

            CopyPermissions(target, temporary);
            // Checked as late as possible: another program (an editor, a second run) may have saved the file meanwhile.
            if (!File.ReadAllBytes(target).AsSpan().SequenceEqual(expectedBytes))
            {
                throw new IOException("The file changed since it was read.");
            }

            commit(temporary, target);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static bool IsReadOnly(string path) =>
        OperatingSystem.IsWindows()
            ? File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly)
            : !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserWrite);

    private static void CopyPermissions(string from, string to)
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(to, File.GetAttributes(from));
        }
        else
        {
            File.SetUnixFileMode(to, File.GetUnixFileMode(from));
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The original is intact either way; a leftover temporary file is the lesser harm.
        }
    }
}
