using System.Collections.Immutable;
using ContentLint.Diagnostics;

namespace ContentLint;

/// <summary>The findings in one linted file.</summary>
/// <param name="Path">The file, as reports show it.</param>
/// <param name="Diagnostics">Its findings, sorted by position.</param>
public sealed record FileResult(string Path, ImmutableArray<Finding> Diagnostics);
