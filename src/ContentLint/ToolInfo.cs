using System.Reflection;

namespace ContentLint;

/// <summary>The name, version and home of the tool, as reports state them.</summary>
internal static class ToolInfo
{
    /// <summary>The tool's name.</summary>
    public const string Name = "ContentLint";

    /// <summary>Where the tool is documented.</summary>
    public static Uri InformationUri { get; } = new("https://github.com/contentlint/contentlint");

    /// <summary>The library's semantic version, without build metadata.</summary>
    public static string Version { get; } =
        (typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];
}
