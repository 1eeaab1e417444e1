using System.Text.RegularExpressions;
using ContentLint.Configuration;
using ContentLint.Rules;

namespace ContentLint.Checks;

/// <summary>Compiles the regular expressions of rule files: culture-invariant, with a match timeout, errors positioned.</summary>
internal static class RuleRegex
{
    /// <summary>How long one match may run before the rule is stopped: a hostile pattern must not hang a CI job.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The match timeout of the built-in pack's precompiled patterns. Longer than <see cref="MatchTimeout"/> because
    /// the clock starts before the just-in-time compiler has compiled the pattern's generated code on its first
    /// use, which on a loaded machine took more than a second for the larger patterns and stopped a rule that had
    /// done nothing wrong. It still stops a runaway match.
    /// </summary>
    public const int PrecompiledMatchTimeoutMilliseconds = 10_000;

    public const RegexOptions BaseOptions = RegexOptions.CultureInvariant;

    /// <summary>A pattern from a rule file: checked now, unless the file is trusted (built in).</summary>
    /// <exception cref="ArgumentException">The pattern does not compile.</exception>
    public static RulePattern Create(string pattern, RegexOptions options, bool trusted = false) =>
        trusted ? RulePattern.Deferred(pattern, options) : RulePattern.Checked(pattern, options);

    /// <summary>Compiles every pattern listed under <paramref name="option"/>; bad ones are recorded at their own line and column.</summary>
    public static IReadOnlyList<RulePattern> CompileAll(YamlMap map, OptionSpec option, RegexOptions options) =>
        map.GetStrings(option)
            .Select(item => TryCompile(item.Owner, item.Node, item.Value, options))
            .OfType<RulePattern>()
            .ToList();

    public static RulePattern? TryCompile(YamlMap map, YamlDotNet.RepresentationModel.YamlNode node, string pattern, RegexOptions options)
    {
        try
        {
            return Create(pattern, options, map.Trusted);
        }
        catch (ArgumentException e)
        {
            map.Error(node, ConfigurationErrorIds.InvalidRegex, $"Invalid regular expression '{pattern}': {e.Message}");
            return null;
        }
    }
}
