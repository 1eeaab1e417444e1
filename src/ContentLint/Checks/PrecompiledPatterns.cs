using System.Text.RegularExpressions;

namespace ContentLint.Checks;

/// <summary>
/// The regular expressions of the built-in pack, compiled to C# by the .NET regex source generator, so a run neither
/// parses nor builds them and Native AOT (which has no <see cref="RegexOptions.Compiled"/>) still runs compiled code.
/// The table (<c>PrecompiledPatterns.Table.cs</c>) is written by ContentLint.DocGen from the rule files. A pattern that
/// is not in it — a user's rule, or a built-in one edited since — is built at run time instead, so a stale table
/// costs speed, never findings; the documentation test fails until the table is regenerated.
/// </summary>
internal static partial class PrecompiledPatterns
{
    /// <summary>The precompiled regular expression for <paramref name="pattern"/> with <paramref name="options"/>, or null.</summary>
    public static Func<Regex>? Find(string pattern, RegexOptions options) => Table.GetValueOrDefault((pattern, options));

    /// <summary>Every regular expression <paramref name="rule"/> runs, with the options it asked for: its kind's patterns and its exceptions.</summary>
    public static IEnumerable<(string Pattern, RegexOptions Options)> Of(YamlRule rule) =>
        rule.Patterns.Select(p => (p.ToString(), p.Options))
            .Concat(rule.Definition.Exceptions.Select(e => (e.ToString(), e.Options & ~RuleRegex.BaseOptions)));
}
