using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace ContentLint.Files;

/// <summary>
/// A folder for glob matching that does not descend into symbolic links to folders, as git and ripgrep do not:
/// a link loop (<c>up -> ..</c>) would otherwise make the walk endless, and a linked folder would be linted twice.
/// Links to files are kept; a folder that cannot be listed (no permission, a path past the system's limit) is
/// treated as empty and added to <paramref name="unlistable"/>, so the run can say so.
/// </summary>
internal sealed class LinkSkippingDirectory(DirectoryInfo directory, ICollection<string> unlistable, bool isParentPath = false) : DirectoryInfoBase
{
    /// <inheritdoc />
    public override string Name => isParentPath ? ".." : directory.Name;

    /// <inheritdoc />
    public override string FullName => directory.FullName;

    /// <inheritdoc />
    public override DirectoryInfoBase? ParentDirectory => directory.Parent is { } parent ? new LinkSkippingDirectory(parent, unlistable) : null;

    /// <inheritdoc />
    public override IEnumerable<FileSystemInfoBase> EnumerateFileSystemInfos()
    {
        List<FileSystemInfo> entries;
        try
        {
            entries = [.. directory.EnumerateFileSystemInfos("*", SearchOption.TopDirectoryOnly)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder removed during the walk holds nothing to lint; one that is there but cannot be listed is reported.
            if (directory.Exists)
            {
                lock (unlistable)
                {
                    unlistable.Add(directory.FullName);
                }
            }

            yield break;
        }

        foreach (var entry in entries)
        {
            if (entry is DirectoryInfo folder)
            {
                if (folder.LinkTarget is null)
                {
                    yield return new LinkSkippingDirectory(folder, unlistable);
                }
            }
            else
            {
                yield return new FileInfoWrapper((FileInfo)entry);
            }
        }
    }

    /// <inheritdoc />
    public override DirectoryInfoBase? GetDirectory(string path)
    {
        // A folder the pattern names literally is followed even when it is a link: the user wrote its name.
        var full = Path.Combine(directory.FullName, path);
        return path == ".." ? new LinkSkippingDirectory(new DirectoryInfo(full), unlistable, isParentPath: true)
            : Directory.Exists(full) ? new LinkSkippingDirectory(new DirectoryInfo(full), unlistable)
            : null;
    }

    /// <inheritdoc />
    public override FileInfoBase GetFile(string path) => new FileInfoWrapper(new FileInfo(Path.Combine(directory.FullName, path)));
}
