namespace ContentLint.Files;

/// <summary>
/// The file-system operations <see cref="SafeFileWriter"/> performs, one member per step of an atomic write, so tests
/// can make any single step fail and check that the original survives. <see cref="FileSystemSteps"/> is the only
/// production implementation.
/// </summary>
internal interface IFileSystemSteps
{
    /// <summary>Creates <paramref name="path"/>, which must not exist, for writing.</summary>
    Stream CreateNew(string path);

    /// <summary>Writes <paramref name="bytes"/> to the stream <see cref="CreateNew"/> returned.</summary>
    void Write(Stream stream, ReadOnlySpan<byte> bytes);

    /// <summary>Flushes the stream through the operating system's caches to the disk.</summary>
    void FlushToDisk(Stream stream);

    /// <summary>Gives <paramref name="to"/> the permissions (Unix mode, or Windows attributes) of <paramref name="from"/>.</summary>
    void CopyPermissions(string from, string to);

    /// <summary>Reads the whole file, to check that it still holds what was fixed.</summary>
    byte[] ReadAllBytes(string path);

    /// <summary>Moves <paramref name="temporary"/> over <paramref name="target"/> in one step (a rename).</summary>
    void Replace(string temporary, string target);

    /// <summary>Deletes <paramref name="path"/>; nothing happens when it does not exist.</summary>
    void Delete(string path);
}

/// <summary>The real file system.</summary>
internal sealed class FileSystemSteps : IFileSystemSteps
{
    public static FileSystemSteps Instance { get; } = new();

    public Stream CreateNew(string path) => new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);

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
            File.SetUnixFileMode(to, File.GetUnixFileMode(from));
        }
    }

    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(path);

    public void Replace(string temporary, string target) => File.Move(temporary, target, overwrite: true);

    public void Delete(string path) => File.Delete(path);
}
