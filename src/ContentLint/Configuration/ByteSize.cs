using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Configuration;

/// <summary>
/// A size in configuration (<c>max-file-size</c>): a whole number of bytes, or a number with <c>KB</c>, <c>MB</c> or
/// <c>GB</c>, which count in 1,024s as file managers and <c>ls -h</c> do.
/// </summary>
internal static partial class ByteSize
{
    /// <summary>The largest size accepted: 2 GB, past which a file cannot be held in memory as one block anyway.</summary>
    public const long Maximum = 2L * 1024 * 1024 * 1024;

    /// <summary>The pattern of sizes with a unit, for errors and the JSON Schema.</summary>
    public const string Pattern = "^[0-9]+ ?(KB|MB|GB)$";

    /// <summary>The size at <paramref name="key"/>; null (after recording why, when it is there but wrong) otherwise.</summary>
    public static long? Read(YamlMap map, string key)
    {
        if (map.Get(key) is not { } value)
        {
            return null;
        }

        if (value is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text } && Parse(text) is { } size and >= 1 and <= Maximum)
        {
            return size;
        }

        map.Error(value, ConfigurationErrorIds.InvalidValue, $"'{key}' must be a size from 1 byte to 2GB: a number of bytes, or a number with KB, MB or GB (such as 10MB).");
        return null;
    }

    private static long? Parse(string text)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes))
        {
            return bytes;
        }

        var match = WithUnit().Match(text);
        if (!match.Success || !long.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > Maximum)
        {
            return null;
        }

        return number * match.Groups[2].Value switch
        {
            "KB" => 1024L,
            "MB" => 1024L * 1024,
            _ => 1024L * 1024 * 1024,
        };
    }

    [GeneratedRegex(@"^([0-9]+) ?(KB|MB|GB)$", RegexOptions.CultureInvariant)]
    private static partial Regex WithUnit();
}
