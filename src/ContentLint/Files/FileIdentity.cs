using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ContentLint.Files;

/// <summary>What kind of thing a path names, as <c>stat</c> says.</summary>
internal enum FileKind
{
    Regular,
    Folder,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}

/// <summary>A file's kind, owner, mode, link count, size and identity, from <c>statx</c> (the same layout on every Linux architecture).</summary>
internal readonly record struct FileIdentity(FileKind Kind, uint Owner, uint Group, UnixFileMode Mode, uint Links, long Size, ulong Device, ulong Inode)
{
    /// <summary>What the kind is called in messages: "a FIFO (named pipe)".</summary>
    public string KindName => Kind switch
    {
        FileKind.Regular => "a regular file",
        FileKind.Folder => "a folder",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        _ => "not a regular file",
    };

    /// <summary>
    /// The identity of <paramref name="path"/> (links followed), or null where the system cannot say (Windows, other
    /// Unix systems): callers then go on as before. Never opens the file, so a FIFO cannot block.
    /// </summary>
    public static FileIdentity? Of(string path) =>
        OperatingSystem.IsLinux() ? Read(path, dirFd: AtFdCwd, flags: 0) : null;

    /// <summary>The identity of the open file <paramref name="handle"/>: what was opened, whatever the path names now.</summary>
    public static FileIdentity? Of(SafeFileHandle handle)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            return Read("", (int)handle.DangerousGetHandle(), AtEmptyPath);
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    /// <summary>Gives <paramref name="path"/> an owner and group; false when the system refuses (not root, or not supported).</summary>
    public static bool TrySetOwner(string path, uint owner, uint group) =>
        OperatingSystem.IsLinux() && Chown(path, owner, group) == 0;

    /// <summary>
    /// Swaps two paths in one step (<c>renameat2</c> with <c>RENAME_EXCHANGE</c>); false when the system or the file
    /// system cannot, and the caller renames instead.
    /// </summary>
    public static bool TryExchange(string first, string second) =>
        OperatingSystem.IsLinux() && RenameAt2(AtFdCwd, first, AtFdCwd, second, RenameExchange) == 0;

    private const int AtFdCwd = -100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxBasicStats = 0x7FF;
    private const uint RenameExchange = 2;

    private static unsafe FileIdentity? Read(string path, int dirFd, int flags)
    {
        // struct statx: stx_nlink @16, stx_uid @20, stx_gid @24, stx_mode @28 (u16), stx_ino @32, stx_size @40,
        // stx_dev_major @136, stx_dev_minor @140; 256 bytes in all.
        var buffer = stackalloc byte[256];
        try
        {
            if (Statx(dirFd, path, flags, StatxBasicStats, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        var mode = *(ushort*)(buffer + 28);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Folder,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
        var device = ((ulong)*(uint*)(buffer + 136) << 32) | *(uint*)(buffer + 140);
        return new FileIdentity(kind, *(uint*)(buffer + 20), *(uint*)(buffer + 24), (UnixFileMode)(mode & 0xFFF), *(uint*)(buffer + 16), *(long*)(buffer + 40), device, *(ulong*)(buffer + 32));
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern unsafe int Statx(int dirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte* buffer);

    [DllImport("libc", EntryPoint = "chown", SetLastError = true)]
    private static extern int Chown([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint owner, uint group);

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}
