using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ContentLint.Checks;

namespace ContentLint.DocGen;

/// <summary>Writes the table of <see cref="PrecompiledPatterns"/>: one source-generated regex per distinct pattern of the built-in pack (the longest ones used only by Native AOT builds).</summary>
internal static class PrecompiledPatternsSource
{
    public const string Path = "src/ContentLint/Checks/PrecompiledPatterns.Table.cs";

    public static string Write(IEnumerable<YamlRule> rules)
    {
        // Each distinct pattern once, named after the first rule (by id) that runs it.
        var patterns = new SortedDictionary<(string Pattern, RegexOptions Options), string>(Comparer<(string Pattern, RegexOptions Options)>.Create(
            (a, b) => string.CompareOrdinal(a.Pattern, b.Pattern) is var byPattern and not 0 ? byPattern : a.Options.CompareTo(b.Options)));
        foreach (var rule in rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal))
        {
            var index = 0;
            foreach (var key in PrecompiledPatterns.Of(rule))
            {
                index++;
                patterns.TryAdd(key, $"{rule.Descriptor.Id}_{index}");
            }
        }

        var byName = patterns.OrderBy(p => p.Value, StringComparer.Ordinal).ToList();
        var source = new StringBuilder()
            .Append(GeneratedSource.Header)
            .Append("using System.Text.RegularExpressions;\n\n")
            .Append("namespace ContentLint.Checks;\n\n")
            .Append("internal static partial class PrecompiledPatterns\n{\n")
            .Append("    private static readonly Dictionary<(string Pattern, RegexOptions Options), Func<Regex>> Table = new()\n    {\n");
        foreach (var ((_, options), name) in byName)
        {
            source.Append(CultureInfo.InvariantCulture, $"        [({name}, {GeneratedSource.OptionsExpression(options)})] = {name}Regex,\n");
        }

        source.Append("    };\n");
        foreach (var ((pattern, options), name) in byName)
        {
            source.Append('\n')
                .Append(CultureInfo.InvariantCulture, $"    private const string {name} = {GeneratedSource.Literal(pattern)};\n\n")
                .Append(CultureInfo.InvariantCulture, $"    [GeneratedRegex({name}, RuleRegex.BaseOptions | {GeneratedSource.OptionsExpression(options)}, RuleRegex.PrecompiledMatchTimeoutMilliseconds)]\n")
                .Append(CultureInfo.InvariantCulture, $"    private static partial Regex {name}Regex();\n");
        }

        return source.Append("}\n").ToString();
    }
}
