using System.Collections.Immutable;
using ContentLint.Diagnostics;

namespace ContentLint;

/// <summary>Everything a report needs about a run: the files linted, with their findings, and the rules that ran.</summary>
/// <param name="Files">Every linted file, sorted by path, clean ones included.</param>
/// <param name="Rules">The descriptors of the rules that ran.</param>
public sealed record LintReport(ImmutableArray<FileResult> Files, ImmutableArray<RuleDescriptor> Rules)
{
    /// <summary>Every finding of the run, sorted by path, then position.</summary>
    public IEnumerable<Finding> Diagnostics => Files.SelectMany(f => f.Diagnostics);

    /// <summary>The number of findings at each severity.</summary>
    public int Count(Severity severity) => Diagnostics.Count(d => d.Severity == severity);
}
