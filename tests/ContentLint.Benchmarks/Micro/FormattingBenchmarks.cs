using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using ContentLint.Benchmarks.Corpus;
using ContentLint.Documents;
using ContentLint.Formatting;

namespace ContentLint.Benchmarks.Micro;

/// <summary>Writing the report of 1,000 generated articles (about 300 with findings).</summary>
[MemoryDiagnoser]
public class FormattingBenchmarks
{
    private LintReport report = null!;

    [Params("sarif", "json", "text")]
    public string Format { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var linter = new LinterBuilder().AddBuiltInRules().Build();
        var generator = new CorpusGenerator();
        var files = Enumerable.Range(0, 1000).Select(i =>
        {
            var article = generator.Generate(i);
            var path = CorpusWriter.RelativePath(article, i);
            return new FileResult(path, linter.Lint(article.ToMarkdown(), new DocumentOptions { Path = path }));
        }).ToImmutableArray();
        report = new LintReport(files, [.. linter.Rules.Select(r => r.Descriptor)]);
    }

    [Benchmark]
    public void Write()
    {
        using var writer = new StreamWriter(Stream.Null, new UTF8Encoding(false));
        DiagnosticFormatters.Find(Format)!.Format(report, writer);
    }
}
