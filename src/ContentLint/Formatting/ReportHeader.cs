using System.Collections.Immutable;
using ContentLint.Diagnostics;

namespace ContentLint.Formatting;

/// <summary>What a report states before its first finding: the rules of the run and what fails it.</summary>
/// <param name="Rules">The descriptors of every rule that may report, sorted by id.</param>
public sealed record ReportHeader(ImmutableArray<RuleDescriptor> Rules)
{
    /// <summary>The number of files the run lints, when known in advance.</summary>
    public int? FileCount { get; init; }

    /// <summary>The lowest severity that fails the run (the tool's <c>--fail-level</c>): a JUnit test case fails on findings at or above it.</summary>
    public Severity FailLevel { get; init; } = Severity.Error;

    /// <summary>The header of a finished report: its rules plus the engine rules that reported something.</summary>
    public static ReportHeader For(LintReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rules = report.Rules
            .Concat(report.Diagnostics.Where(d => d.Severity != Severity.Hidden).Select(d => d.Descriptor))
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.Id, StringComparer.Ordinal);
        return new ReportHeader([.. rules]) { FileCount = report.Files.Length };
    }

    /// <summary>The header of a streamed run: the rules that run plus every engine rule, since any may report.</summary>
    public static ReportHeader For(IEnumerable<RuleDescriptor> rules, int? fileCount = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var all = rules.Concat(EngineDiagnostics.All).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal);
        return new ReportHeader([.. all]) { FileCount = fileCount };
    }
}
