using System.Globalization;
using System.Text;
using ContentLint.Checks;

namespace ContentLint.DocGen;

/// <summary>
/// Writes the table of <see cref="RequiredLiterals"/>: the literals read from every gated pattern of the built-in pack
/// (null where the reading gives none), so the tool does not read them again at every start.
/// </summary>
internal static class RequiredLiteralsSource
{
    public const string Path = "src/ContentLint/Checks/RequiredLiterals.Table.cs";

    public static string Write(IEnumerable<YamlRule> rules)
    {
        var patterns = rules.SelectMany(rule => rule.GatedPatterns)
            .Select(p => (Pattern: p.ToString(), p.Options))
            .Distinct()
            .OrderBy(p => p.Pattern, StringComparer.Ordinal)
            .ThenBy(p => p.Options);
        var source = new StringBuilder()
            .Append(GeneratedSource.Header)
            .Append("#nullable enable\n")
            .Append("using System.Text.RegularExpressions;\n\n")
            .Append("namespace ContentLint.Checks;\n\n")
            .Append("internal static partial class RequiredLiterals\n{\n")
            .Append("    private static readonly Dictionary<(string Pattern, RegexOptions Options), string[]?> Table = new()\n    {\n");
        foreach (var (pattern, options) in patterns)
        {
            var literals = RequiredLiterals.Read(pattern, options) is { } read ? $"[{string.Join(", ", read.Select(GeneratedSource.Literal))}]" : "null";
            source.Append(CultureInfo.InvariantCulture, $"        [({GeneratedSource.Literal(pattern)}, {GeneratedSource.OptionsExpression(options)})] = {literals},\n");
        }

        return source.Append("    };\n}\n").ToString();
    }
}
