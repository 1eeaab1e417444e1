using YamlDotNet.RepresentationModel;

namespace ContentLint.Benchmarks.Profiling;

/// <summary>
/// Every literal phrase of a rule pack — the <c>phrases</c> of phrase rules and the <c>markers</c> of section rules —
/// one per line, for <c>rg -F -i -f</c>: the grep baseline searches for exactly what the literal rules look for.
/// </summary>
internal static class PhraseExtractor
{
    private static readonly string[] LiteralKeys = ["phrases", "markers"];

    public static IReadOnlyList<string> Extract(string rulesFolder)
    {
        var phrases = new List<string>();
        foreach (var file in Directory.EnumerateFiles(rulesFolder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var yaml = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                yaml.Load(reader);
            }

            if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
            {
                continue;
            }

            foreach (var key in LiteralKeys)
            {
                if (root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode list)
                {
                    phrases.AddRange(list.Children.OfType<YamlScalarNode>().Select(s => s.Value?.Trim() ?? "").Where(p => p.Length > 0));
                }
            }
        }

        return [.. phrases.Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
