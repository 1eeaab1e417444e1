using ContentLint.Diagnostics;

namespace ContentLint;

/// <summary>How <see cref="LintSession.FixAsync"/> fixes the session's files.</summary>
public sealed record FixRunOptions
{
    /// <summary>True computes every file's fix and its unified diff (<see cref="FileFixResult.Diff"/>) and writes nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// The ids or names of the rules whose fixes are applied; null applies every rule's fixes. The other rules
    /// still run, so their findings remain.
    /// </summary>
    public IReadOnlyList<string>? Rules { get; init; }

    /// <summary>
    /// True applies <see cref="Diagnostics.FixApplicability.Unsafe"/> fixes too (<c>fix --unsafe</c>): those that remove
    /// text by inference from a neighbour. False, the default, applies only safe fixes and counts the others in
    /// <see cref="FileFixResult.UnsafeFixesLeft"/>.
    /// </summary>
    public bool Unsafe { get; init; }

    /// <summary>
    /// For JSON Lines: leave out of the output every record that still has a finding at this severity or above after
    /// fixing (<c>fix --drop-documents-with</c>). Records that cannot be read are never dropped. Null keeps every record.
    /// </summary>
    public Severity? DropDocumentsWith { get; init; }
}
