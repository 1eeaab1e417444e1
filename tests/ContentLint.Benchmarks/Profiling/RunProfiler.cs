using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using ContentLint.Checks;
using ContentLint.Documents;
using ContentLint.Files;
using ContentLint.Formatting;
using ContentLint.Rules;

namespace ContentLint.Benchmarks.Profiling;

/// <summary>
/// Where the time of a lint run goes, stage by stage and rule by rule, on one thread: read and decode, parse, each
/// built-in rule on its own, the whole pack together, and the SARIF report. A stopwatch around every call rather than
/// a sampling profiler: the answer phase 2 needs is "which rule costs what", and this gives it directly. The clock is
/// the thread's CPU time, not wall time: on the shared machine other builds stretch wall time many times over.
/// </summary>
internal static partial class RunProfiler
{
    /// <summary>How many files the unmeasured first pass lints (see <see cref="Profile"/>).</summary>
    private const int WarmUpFiles = 300;

    public static string Profile(string corpusFolder, int? limit)
    {
        var files = ArticleFinder.Find([corpusFolder], Environment.CurrentDirectory).Files;
        if (limit is { } max)
        {
            files = [.. files.Take(max)];
        }

        var rules = BuiltInRules.Rules;
        var singles = rules.Select(r => new LinterBuilder().AddRule(r).Build()).ToList();
        var pack = new LinterBuilder().AddBuiltInRules().Build();

        var read = new Stage("read + decode");
        var parse = new Stage("parse (Document.Parse)");
        var whole = new Stage("whole pack (Linter.Lint)");
        var triggerScan = new Stage("  of it: trigger scan (every rule's words)");
        var perRule = rules.Select(r => new Stage($"{r.Descriptor.Id} {r.Descriptor.Name} ({r.Definition.Kind})")).ToList();
        var results = new List<FileResult>(files.Count);
        long bytes = 0;

        // Every rule's code is compiled at its first calls, and a large family's regex takes the just-in-time compiler tens
        // of milliseconds, which a Native AOT build never pays: a first pass over some of the files, not measured, leaves
        // the measured pass with the steady state a long run sees.
        foreach (var file in files.Take(WarmUpFiles))
        {
            var document = Document.Parse(ArticleReader.Read(file).Text, new DocumentOptions { Path = file });
            singles.ForEach(single => single.Lint(document));
            pack.Lint(document);
        }

        foreach (var file in files)
        {
            var article = read.Measure(() => ArticleReader.Read(file));
            bytes += new FileInfo(file).Length;
            var document = parse.Measure(() => Document.Parse(article.Text, new DocumentOptions { Path = file }));
            for (var i = 0; i < singles.Count; i++)
            {
                perRule[i].Measure(() => singles[i].Lint(document));

                // A rule alone scans the document for its own trigger words, which the whole pack does once for all.
                perRule[i].Subtract(() => singles[i].TriggerIndex.Scan(document.Text));
            }

            results.Add(new FileResult(file, whole.Measure(() => pack.Lint(document))));
            triggerScan.Measure(() => pack.TriggerIndex.Scan(document.Text));
        }

        var report = new LintReport([.. results], [.. pack.Rules.Select(r => r.Descriptor)]);
        var sarif = new Stage("SARIF report");
        sarif.Measure(() =>
        {
            using var writer = new StreamWriter(Stream.Null, new UTF8Encoding(false));
            new SarifFormatter().Format(report, writer);
            return 0;
        });

        return Render(files.Count, bytes, report, read, parse, whole, triggerScan, sarif, perRule, rules);
    }

    private static string Render(int files, long bytes, LintReport report, Stage read, Stage parse, Stage whole, Stage triggerScan, Stage sarif, List<Stage> perRule, IReadOnlyList<YamlRule> rules)
    {
        var total = read.Milliseconds + parse.Milliseconds + whole.Milliseconds + sarif.Milliseconds;
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"{files} files, {bytes / 1e6:F1} MB, {report.Diagnostics.Count()} findings ({report.Files.Count(f => f.Diagnostics.Length > 0)} files with findings); one thread, its CPU time");
        text.AppendLine();
        text.AppendLine(c, $"{"stage",-52} {"ms",9} {"share",6} {"MB/s",8} {"alloc MB",9}");
        foreach (var stage in new[] { read, parse, whole, triggerScan, sarif })
        {
            text.AppendLine(c, $"{stage.Name,-52} {stage.Milliseconds,9:F0} {stage.Milliseconds / total,6:P0} {bytes / 1e3 / Math.Max(stage.Milliseconds, 0.001),8:F1} {stage.AllocatedBytes / 1e6,9:F0}");
        }

        text.AppendLine(c, $"{"total (read + parse + pack + SARIF)",-52} {total,9:F0} {1,6:P0} {bytes / 1e3 / total,8:F1}");
        text.AppendLine();
        text.AppendLine("Each rule alone (a one-rule linter over the parsed documents, less its own trigger scan; the sum and the");
        text.AppendLine("trigger scan are close to the whole pack). Patterns: how many of the rule's regexes are gated by literals read from them:");
        var ruleTotal = perRule.Sum(r => r.Milliseconds);
        text.AppendLine(c, $"{"rule",-52} {"ms",9} {"share",6} {"MB/s",8} {"alloc MB",9} {"patterns gated",15}");
        foreach (var (stage, rule) in perRule.Zip(rules).OrderByDescending(r => r.First.Milliseconds))
        {
            text.AppendLine(c, $"{stage.Name,-52} {stage.Milliseconds,9:F0} {stage.Milliseconds / ruleTotal,6:P0} {bytes / 1e3 / Math.Max(stage.Milliseconds, 0.001),8:F1} {stage.AllocatedBytes / 1e6,9:F0} {Gated(rule),15}");
        }

        text.AppendLine();
        text.AppendLine("By kind:");
        foreach (var kind in perRule.GroupBy(r => r.Name[(r.Name.LastIndexOf('(') + 1)..^1]).OrderByDescending(g => g.Sum(r => r.Milliseconds)))
        {
            var ms = kind.Sum(r => r.Milliseconds);
            text.AppendLine(c, $"{kind.Key + $" ({kind.Count()} rules)",-52} {ms,9:F0} {ms / ruleTotal,6:P0}");
        }

        return text.ToString();
    }

    /// <summary>For a pattern rule, "gated of all" (<see cref="RequiredLiterals"/>); empty for the other kinds.</summary>
    private static string Gated(YamlRule rule) => rule is PatternCheck
        ? $"{rule.Patterns.Count(p => RequiredLiterals.Of(p.ToString(), p.Options) is not null)} of {rule.Patterns.Count()}"
        : "";

    /// <summary>The calling thread's CPU time in nanoseconds (Linux and macOS: <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>).</summary>
    private static long ThreadCpuNanoseconds()
    {
        var clock = OperatingSystem.IsMacOS() ? 16 : 3;
        return ClockGetTime(clock, out var time) == 0 ? (time.Seconds * 1_000_000_000) + time.Nanoseconds : throw new PlatformNotSupportedException("The profiler needs clock_gettime with a per-thread CPU clock.");
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    /// <summary>CPU time and bytes allocated by one stage, summed over every call.</summary>
    private sealed class Stage(string name)
    {
        public string Name { get; } = name;

        public double Milliseconds => nanoseconds / 1e6;

        public long AllocatedBytes { get; private set; }

        private long nanoseconds;

        public T Measure<T>(Func<T> action)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var start = ThreadCpuNanoseconds();
            var result = action();
            nanoseconds += ThreadCpuNanoseconds() - start;
            AllocatedBytes += GC.GetAllocatedBytesForCurrentThread() - allocated;
            return result;
        }

        /// <summary>Runs <paramref name="action"/> and takes its CPU time and allocations off the stage's.</summary>
        public void Subtract<T>(Func<T> action)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var start = ThreadCpuNanoseconds();
            _ = action();
            nanoseconds -= ThreadCpuNanoseconds() - start;
            AllocatedBytes -= GC.GetAllocatedBytesForCurrentThread() - allocated;
        }
    }
}
