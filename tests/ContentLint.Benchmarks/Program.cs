using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;
using ContentLint.Benchmarks.Corpus;
using ContentLint.Benchmarks.LanguageServer;
using ContentLint.Benchmarks.Profiling;

namespace ContentLint.Benchmarks;

/// <summary>
/// <c>corpus</c> writes a generated corpus, <c>phrases</c> prints every literal phrase of a rule folder (for ripgrep),
/// <c>profile</c> measures where a lint run's time goes per rule, <c>lsp</c> measures the language server's latency
/// after a change and its memory with many documents open, and anything else runs the BenchmarkDotNet
/// micro-benchmarks (<c>--filter '*'</c>, <c>--job short</c>, ...). See README.md beside this file.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var verb = args.Length > 0 ? args[0] : "";
        var options = Options.Parse(args.Skip(1));
        switch (verb)
        {
            case "corpus":
                return WriteCorpus(options);
            case "phrases":
                foreach (var phrase in PhraseExtractor.Extract(options.Get("rules") ?? throw new ArgumentException("--rules DIR is required")))
                {
                    Console.WriteLine(phrase);
                }

                return 0;
            case "lsp":
                Console.Write(LanguageServerBenchmark.RunAsync(
                    options.Get("server") ?? throw new ArgumentException("--server COMMAND is required (the contentlint command, e.g. a native binary)"),
                    options.GetInt("changes") ?? 200,
                    options.GetInt("documents") ?? 200).GetAwaiter().GetResult());
                return 0;
            case "profile":
                var report = RunProfiler.Profile(options.Get("corpus") ?? throw new ArgumentException("--corpus DIR is required"), options.GetInt("limit"));
                Console.Write(report);
                return 0;
            default:
                var config = DefaultConfig.Instance.AddDiagnoser(MemoryDiagnoser.Default);
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(verb == "bench" ? [.. args.Skip(1)] : args, config);
                return 0;
        }
    }

    private static int WriteCorpus(Options options)
    {
        var count = options.GetInt("count") ?? 20_000;
        var seed = options.Get("seed") is { } s ? ulong.Parse(s, CultureInfo.InvariantCulture) : CorpusGenerator.DefaultSeed;
        var generator = new CorpusGenerator(seed);
        var clock = Stopwatch.StartNew();
        if (options.Get("out") is { } folder)
        {
            var bytes = CorpusWriter.WriteMarkdown(generator, count, folder);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} Markdown articles, {bytes / 1e6:F1} MB, in {folder} ({clock.Elapsed.TotalSeconds:F1} s)"));
        }

        if (options.Get("jsonl") is { } jsonl)
        {
            clock.Restart();
            var bytes = CorpusWriter.WriteJsonLines(generator, count, jsonl);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} JSON Lines records, {bytes / 1e6:F1} MB, in {jsonl} ({clock.Elapsed.TotalSeconds:F1} s)"));
        }

        if (options.Get("out") is null && options.Get("jsonl") is null)
        {
            Console.Error.WriteLine("usage: corpus --count N [--seed S] [--out DIR] [--jsonl FILE]");
            return 2;
        }

        return 0;
    }

    /// <summary><c>--name value</c> pairs.</summary>
    private sealed class Options
    {
        private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

        public static Options Parse(IEnumerable<string> args)
        {
            var options = new Options();
            string? name = null;
            foreach (var arg in args)
            {
                if (arg.StartsWith("--", StringComparison.Ordinal))
                {
                    name = arg[2..];
                    options.values[name] = "";
                }
                else if (name is not null)
                {
                    options.values[name] = arg;
                    name = null;
                }
            }

            return options;
        }

        public string? Get(string name) => values.GetValueOrDefault(name);

        public int? GetInt(string name) => Get(name) is { Length: > 0 } v ? int.Parse(v.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : null;
    }
}
