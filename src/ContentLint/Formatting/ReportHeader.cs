using System.Collections.Immutable;
using ContentLint.Diagnostics;

namespace ContentLint.Formatting;

/// <summary>What a report states before its first finding: the rules of the run and where paths start from.</summary>
/// <param name="Rules">The descriptors of every rule that may report, sorted by id.</param>
public sealed record ReportHeader(ImmutableArray<RuleDescriptor> Rules)
{
    /// <summary>The absolute folder relative paths start from (SARIF's <c>%SRCROOT%</c>); null when unknown.</summary>
    public string? SourceRoot { get; init; }

    /// <summary>The number of files the run lints, when known in advance.</summary>
    public int? FileCount { get; init; }

    /// <summary>The header of a finished report: its rules plus the engine rules that reported something.</summary>
    public static ReportHeader For(LintReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rules = report.Rules
            .Concat(report.Diagnostics.Where(d => d.Severity != Severity.Hidden).Select(d => d.Descriptor))
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.Id, StringComparer.Ordinal);
        return new ReportHeader([.. rules]) { SourceRoot = report.SourceRoot, FileCount = report.Files.Length };
    }

    /// <summary>The header of a streamed run: the rules that run plus every engine rule, since any may report.</summary>
    public static ReportHeader For(IEnumerable<RuleDescriptor> rules, string? sourceRoot = null, int? fileCount = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var all = rules.Concat(EngineDiagnostics.All).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal);
        return new ReportHeader([.. all]) { SourceRoot = sourceRoot, FileCount = fileCount };
    }
}
