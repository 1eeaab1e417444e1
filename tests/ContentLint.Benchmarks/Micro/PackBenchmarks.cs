using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using ContentLint.Diagnostics;
using ContentLint.Documents;

namespace ContentLint.Benchmarks.Micro;

/// <summary>The whole built-in pack over one article: what every file of a run costs after reading.</summary>
[MemoryDiagnoser]
public class PackBenchmarks
{
    private Linter linter = null!;
    private Document document = null!;
    private string text = "";

    [Params("clean", "junk")]
    public string Article { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        linter = new LinterBuilder().AddBuiltInRules().Build();
        document = Articles.Parse(Article);
        text = Articles.Markdown(Article);
    }

    [Benchmark(Description = "lint a parsed document")]
    public ImmutableArray<Finding> LintDocument() => linter.Lint(document);

    [Benchmark(Description = "parse and lint a string")]
    public ImmutableArray<Finding> LintText() => linter.Lint(text, new DocumentOptions { Path = Article + ".md" });
}
