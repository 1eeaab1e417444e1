using System.IO.Hashing;
using System.Text;

namespace ContentLint.Caching;

/// <summary>
/// The stamp a cache is written under: the tool's version and build, the session's options that change findings, and
/// the bytes of every file configuration reads for the run (configuration files, rule files, corpus profiles). Any
/// change to one of them is another stamp, and the cache is ignored whole.
/// </summary>
internal sealed class CacheStamp
{
    private readonly XxHash128 hash = new();

    /// <summary>The version of the tool that wrote a cache: its informational version and the build of the running program.</summary>
    public static string ToolVersion { get; } = DescribeToolBuild();

    /// <summary>Adds a value that changes findings.</summary>
    public CacheStamp Add(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        hash.Append(BitConverter.GetBytes(bytes.Length));
        hash.Append(bytes);
        return this;
    }

    /// <summary>Adds a file by its path and bytes; a missing or unreadable one counts as such.</summary>
    public CacheStamp AddFile(string path)
    {
        Add(path);
        try
        {
            Add(Convert.ToHexString(XxHash128.Hash(File.ReadAllBytes(path))));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Add("(unreadable)");
        }

        return this;
    }

    /// <summary>Adds every file under <paramref name="folder"/>, in ordinal order of their paths.</summary>
    public CacheStamp AddFolder(string folder)
    {
        Add(folder);
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                AddFile(file);
            }
        }

        return this;
    }

    /// <summary>The stamp of everything added.</summary>
    public UInt128 Value => hash.GetCurrentHashAsUInt128();

    /// <summary>
    /// The version string and the library's module version id, which a deterministic build derives from the code: a
    /// build from another commit with the same version number is another tool, and its findings may differ.
    /// </summary>
    private static string DescribeToolBuild()
    {
        string build;
        try
        {
            build = typeof(ToolInfo).Module.ModuleVersionId.ToString("N");
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException)
        {
            build = "";
        }

        return ToolInfo.Version + "|" + build;
    }
}
