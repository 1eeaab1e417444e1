using System.Text;
using ContentLint.Checks;
using ContentLint.Rules;

namespace ContentLint.DocGen;

/// <summary>Everything generated from the rule files and the model, keyed by path relative to the repository root.</summary>
internal static class Generator
{
    public static SortedDictionary<string, string> Generate(string root)
    {
        var rules = RuleLoader.FindRuleFiles(Path.Combine(root, "rules"))
            .Select(file => (YamlRule)RuleLoader.LoadFile(file))
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)
            .ToList();
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["rules/rule.schema.json"] = RuleSchema.Write(),
            ["rules/config.schema.json"] = ConfigSchema.Write(),
            ["rules/README.md"] = RuleIndex.Write(rules),
            [PrecompiledPatternsSource.Path] = PrecompiledPatternsSource.Write(rules),
            [RequiredLiteralsSource.Path] = RequiredLiteralsSource.Write(rules),
            [ParsedRulesSource.Path] = ParsedRulesSource.Write(Path.Combine(root, "rules")),
        };
        foreach (var rule in rules)
        {
            files[$"rules/docs/{rule.Descriptor.Id}.md"] = RulePage.Write(rule);
        }

        return files;
    }

    /// <summary>The generated files whose content on disk differs, and generated pages no rule has any more.</summary>
    public static List<string> Stale(string root)
    {
        var generated = Generate(root);
        var stale = generated.Where(f => !File.Exists(Path.Combine(root, f.Key)) || File.ReadAllText(Path.Combine(root, f.Key)) != f.Value).Select(f => f.Key).ToList();
        var docs = Path.Combine(root, "rules", "docs");
        if (Directory.Exists(docs))
        {
            stale.AddRange(Directory.EnumerateFiles(docs, "*.md")
                .Select(f => "rules/docs/" + Path.GetFileName(f))
                .Where(f => !generated.ContainsKey(f)));
        }

        return stale;
    }

    public static void Write(string root)
    {
        var generated = Generate(root);
        foreach (var orphan in Stale(root).Where(f => !generated.ContainsKey(f)))
        {
            File.Delete(Path.Combine(root, orphan));
        }

        foreach (var (path, content) in generated)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
    }
}
