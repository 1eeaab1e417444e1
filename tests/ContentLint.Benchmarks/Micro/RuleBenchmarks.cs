using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Rules;

namespace ContentLint.Benchmarks.Micro;

/// <summary>Each built-in rule on its own over a typical article (one of every kind the pack uses).</summary>
[MemoryDiagnoser]
public class RuleBenchmarks
{
    private Linter linter = null!;
    private Document document = null!;

    /// <summary>Every built-in rule, as "id name (kind)".</summary>
    public static IEnumerable<string> RuleNames => BuiltInRules.Rules.Select(r => $"{r.Descriptor.Id} {r.Descriptor.Name} ({r.Definition.Kind})");

    [ParamsSource(nameof(RuleNames))]
    public string Rule { get; set; } = "";

    [Params("clean", "junk")]
    public string Article { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var id = Rule[..Rule.IndexOf(' ', StringComparison.Ordinal)];
        linter = new LinterBuilder().AddRule(BuiltInRules.Rules.Single(r => r.Descriptor.Id == id)).Build();
        document = Articles.Parse(Article);
    }

    [Benchmark]
    public ImmutableArray<Finding> Lint() => linter.Lint(document);
}
