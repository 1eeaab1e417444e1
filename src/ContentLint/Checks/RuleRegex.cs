using System.Text.RegularExpressions;
using ContentLint.Configuration;

namespace ContentLint.Checks;

/// <summary>Compiles the regular expressions of rule files: culture-invariant, with a match timeout, errors positioned.</summary>
internal static class RuleRegex
{
    /// <summary>How long one match may run before the rule is stopped: a hostile pattern must not hang a CI job.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    public const RegexOptions BaseOptions = RegexOptions.CultureInvariant;

    /// <summary>Compiles every pattern listed under <paramref name="key"/>; bad ones are recorded at their own line and column.</summary>
    public static IReadOnlyList<Regex> CompileAll(YamlMap map, string key, RegexOptions options, bool required = false)
    {
        var compiled = new List<Regex>();
        foreach (var (pattern, node) in map.GetStrings(key, required))
        {
            if (TryCompile(map, node, pattern, options) is { } regex)
            {
                compiled.Add(regex);
            }
        }

        return compiled;
    }

    public static Regex? TryCompile(YamlMap map, YamlDotNet.RepresentationModel.YamlNode node, string pattern, RegexOptions options)
    {
        try
        {
            return new Regex(pattern, BaseOptions | options, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            map.Error(node, ConfigurationErrorIds.InvalidRegex, $"Invalid regular expression '{pattern}': {e.Message}");
            return null;
        }
    }
}
