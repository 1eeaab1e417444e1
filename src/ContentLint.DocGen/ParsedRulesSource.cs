using System.Globalization;
using System.Text;
using ContentLint.Rules;

namespace ContentLint.DocGen;

/// <summary>
/// Writes the parsing events of each built-in rule file's head (<see cref="RuleLoader.BuiltInHead"/>), keyed by the
/// file's resource name, so the tool replays them instead of scanning YAML at start (<see cref="ParsedYaml"/>).
/// </summary>
internal static class ParsedRulesSource
{
    public const string Path = "src/ContentLint/Rules/BuiltInRules.Parsed.cs";

    /// <param name="rulesFolder">The repository's <c>rules/</c> folder, whose <c>*.yaml</c> files the library embeds.</param>
    public static string Write(string rulesFolder)
    {
        var files = Directory.EnumerateFiles(rulesFolder, "*.yaml", SearchOption.AllDirectories)
            .Select(file => (Resource: "rules/" + System.IO.Path.GetRelativePath(rulesFolder, file).Replace(System.IO.Path.DirectorySeparatorChar, '/'), File: file))
            .OrderBy(f => f.Resource, StringComparer.Ordinal);
        var source = new StringBuilder()
            .Append(GeneratedSource.Header)
            .Append("namespace ContentLint.Rules;\n\n")
            .Append("internal static partial class BuiltInRules\n{\n")
            .Append("    private static readonly Dictionary<string, ParsedYamlText> Parsed = new(StringComparer.Ordinal)\n    {\n");
        foreach (var (resource, file) in files)
        {
            var head = RuleLoader.BuiltInHead(File.ReadAllText(file));
            source.Append(CultureInfo.InvariantCulture, $"        [{GeneratedSource.Literal(resource)}] = new(0x{ParsedYaml.Hash(File.ReadAllBytes(file)):X16}UL, {GeneratedSource.Literal(ParsedYaml.Encode(head))}),\n");
        }

        return source.Append("    };\n}\n").ToString();
    }
}
