using BenchmarkDotNet.Attributes;
using ContentLint.Rules;

namespace ContentLint.Benchmarks.Micro;

/// <summary>
/// Loading the built-in pack from its embedded YAML, as every start of the tool does: YAML parsing, strict checks,
/// regex construction. Steady state; the cold (first-call, JIT-included) cost is measured by e2e.sh.
/// </summary>
[MemoryDiagnoser]
public class RuleLoadingBenchmarks
{
    private (string Name, string Yaml)[] resources = [];

    [GlobalSetup]
    public void Setup()
    {
        var assembly = typeof(BuiltInRules).Assembly;
        resources = [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("rules/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return (n, reader.ReadToEnd());
            })];
    }

    [Benchmark(Description = "load the built-in pack from YAML")]
    public List<IRule> LoadBuiltInPack() => [.. resources.Select(r => RuleLoader.LoadText(r.Yaml, "builtin:" + r.Name))];

    [Benchmark(Description = "build a linter from loaded rules")]
    public Linter BuildLinter() => new LinterBuilder().AddBuiltInRules().Build();
}
