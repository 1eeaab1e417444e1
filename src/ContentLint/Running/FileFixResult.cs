using System.Collections.Immutable;
using ContentLint.Diagnostics;
using ContentLint.Fixing;

namespace ContentLint;

/// <summary>What fixing one file of a <see cref="LintSession"/> did, or would do in a dry run.</summary>
/// <param name="Path">The file, as reports show it.</param>
/// <param name="Result">What fixing the file's text gave.</param>
public sealed record FileFixResult(string Path, FixResult Result)
{
    /// <summary>The file's absolute path.</summary>
    public required string FullPath { get; init; }

    /// <summary>True when the fixes change the file (in a dry run: would change it).</summary>
    public bool HasChanges { get; init; }

    /// <summary>True when the fixed file was written.</summary>
    public bool Written { get; init; }

    /// <summary>
    /// Why the file holds what it held: it could not be read or decoded safely, or (with <see cref="HasChanges"/>)
    /// writing it failed and it is unchanged. Null when nothing went wrong.
    /// </summary>
    public string? Problem { get; init; }

    /// <summary>
    /// True for a JSON Lines file: its records are linted (<see cref="Remaining"/> holds their findings) but not fixed,
    /// and <see cref="Problem"/> says so. It is not a failure of the run: its findings judge it, as lint's would.
    /// </summary>
    public bool IsJsonLines { get; init; }

    /// <summary>
    /// How many findings of the file as it was read have an unsafe fix, of a rule the run fixes, that was not applied
    /// because <see cref="FixRunOptions.Unsafe"/> is false (<c>fix --unsafe</c> would apply them).
    /// </summary>
    public int UnsafeFixesLeft { get; init; }

    /// <summary>In a dry run, the patch that fixing would apply, byte for byte as <c>git apply</c> takes it (a git binary patch for a file not in UTF-8); otherwise null.</summary>
    public string? Diff { get; init; }

    /// <summary>The findings the file has after the run: those of the fixed text, or of the old one when it was not written.</summary>
    public required ImmutableArray<Finding> Remaining { get; init; }
}
