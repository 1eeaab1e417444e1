namespace ContentLint.Files;

/// <summary>
/// The file-system operations <see cref="SafeFileWriter"/> performs, one member per step of an atomic write, so tests
/// can make any single step fail and check that the original survives. <see cref="FileSystemSteps"/> is the only
/// production implementation.
/// </summary>
internal interface IFileSystemSteps
{
    /// <summary>Creates <paramref name="path"/>, which must not exist, for writing, readable and writable by its owner only.</summary>
    Stream CreateNew(string path);

    /// <summary>Writes <paramref name="bytes"/> to the stream <see cref="CreateNew"/> returned.</summary>
    void Write(Stream stream, ReadOnlySpan<byte> bytes);

    /// <summary>Flushes the stream through the operating system's caches to the disk.</summary>
    void FlushToDisk(Stream stream);

    /// <summary>
    /// Gives <paramref name="to"/> the owner and group, then the permissions (Unix mode, setuid bits included, or Windows
    /// attributes) of <paramref name="from"/>: the owner first, since changing it clears the setuid bits.
    /// </summary>
    /// <exception cref="UnauthorizedAccessException">The owner or group cannot be given (another user's file, and not root).</exception>
    void CopyPermissions(string from, string to);

    /// <summary>Reads the whole file, to check that it still holds what was fixed.</summary>
    byte[] ReadAllBytes(string path);

    /// <summary>
    /// Puts <paramref name="temporary"/> in <paramref name="target"/>'s place in one step. Where the system can, the two
    /// are exchanged (the original is then at <paramref name="temporary"/>, so the caller can check it and undo the
    /// exchange) and the result is true; elsewhere <paramref name="temporary"/> is renamed over the original: false.
    /// </summary>
    bool Replace(string temporary, string target);

    /// <summary>Deletes <paramref name="path"/>; nothing happens when it does not exist.</summary>
    void Delete(string path);
}

/// <summary>The real file system.</summary>
internal sealed class FileSystemSteps : IFileSystemSteps
{
    public static FileSystemSteps Instance { get; } = new();

    // Private from the start: the permissions the original allows are given once the content is there, never more.
    public Stream CreateNew(string path) => new FileStream(path, OperatingSystem.IsWindows()
        ? new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None }
        : new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite });

    public void Write(Stream stream, ReadOnlySpan<byte> bytes) => stream.Write(bytes);

    public void FlushToDisk(Stream stream) => ((FileStream)stream).Flush(flushToDisk: true);

    public void CopyPermissions(string from, string to)
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(to, File.GetAttributes(from));
        }
        else
        {
            if (FileIdentity.Of(from) is { } original && FileIdentity.Of(to) is { } created
                && (original.Owner != created.Owner || original.Group != created.Group)
                && !FileIdentity.TrySetOwner(to, original.Owner, original.Group))
            {
                throw new UnauthorizedAccessException("The file belongs to another user or group; replacing it would change its owner.");
            }

            File.SetUnixFileMode(to, File.GetUnixFileMode(from));
        }
    }

    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(path);

    public bool Replace(string temporary, string target)
    {
        if (FileIdentity.TryExchange(temporary, target))
        {
            return true;
        }

        File.Move(temporary, target, overwrite: true);
        return false;
    }

    public void Delete(string path) => File.Delete(path);
}
