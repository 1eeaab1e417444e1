using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace ContentLint.Checks;

/// <summary>
/// The regular expressions of the built-in pack, compiled to C# by the .NET regex source generator, so a run neither
/// parses nor builds them and Native AOT (which has no <see cref="RegexOptions.Compiled"/>) still runs compiled code.
/// The table (<c>PrecompiledPatterns.Table.cs</c>) is written by ContentLint.DocGen from the rule files. A pattern that
/// is not in it — a user's rule, a built-in one edited since — or, with a just-in-time compiler, one longer than
/// <see cref="MaxLength"/>, is built at run time instead, so a stale table costs speed, never findings; the
/// documentation test fails until the table is regenerated.
/// </summary>
internal static partial class PrecompiledPatterns
{
    /// <summary>
    /// The longest pattern worth precompiling where a just-in-time compiler runs, in characters (a Native AOT build uses
    /// the longer ones too: it compiles nothing again). The longer ones are phrase families in many languages
    /// (thousands of characters of alternation) whose generated matchers hold 10–150 KB of IL: once one is hot the JIT
    /// compiles it again with full optimization, and that took 60–70 MB of native memory for CL3026's (38 KB of IL),
    /// which a long-lived process such as the language server keeps. With 200 documents open, the server peaked at
    /// 157–187 MB with them precompiled and 112–113 MB without (tests/ContentLint.Benchmarks/README.md, "Language
    /// server").
    /// The interpreter finds the same matches, with no machine code of its own per pattern.
    /// </summary>
    public const int MaxLength = 1000;

    /// <summary>True when <paramref name="pattern"/> is precompiled, where a just-in-time compiler runs, if it belongs to the built-in pack: it is not longer than <see cref="MaxLength"/>.</summary>
    public static bool IsWorthPrecompiling(string pattern) => pattern.Length <= MaxLength;

    /// <summary>The precompiled regular expression for <paramref name="pattern"/> with <paramref name="options"/>, or null.</summary>
    public static Func<Regex>? Find(string pattern, RegexOptions options) => Find(pattern, options, RuntimeFeature.IsDynamicCodeSupported);

    /// <summary>
    /// The precompiled regular expression for <paramref name="pattern"/>, or null: with a just-in-time compiler
    /// (<paramref name="dynamicCodeSupported"/>), only for a pattern worth precompiling; in a Native AOT build, for every
    /// pattern of the built-in pack, since its code is already machine code and nothing is compiled again. Building a
    /// long pattern on the interpreter instead was a fifth of a native one-file run.
    /// </summary>
    internal static Func<Regex>? Find(string pattern, RegexOptions options, bool dynamicCodeSupported) =>
        !dynamicCodeSupported || IsWorthPrecompiling(pattern) ? Table.GetValueOrDefault((pattern, options)) : null;

    /// <summary>Every regular expression <paramref name="rule"/> runs, with the options it asked for: its kind's patterns and its exceptions.</summary>
    public static IEnumerable<(string Pattern, RegexOptions Options)> Of(YamlRule rule) =>
        rule.Patterns.Select(p => (p.ToString(), p.Options))
            .Concat(rule.Definition.Exceptions.Select(e => (e.ToString(), e.Options & ~RuleRegex.BaseOptions)));
}
