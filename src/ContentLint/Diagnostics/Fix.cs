namespace ContentLint.Diagnostics;

/// <summary>A way to repair a finding: text edits over the unmodified document that never overlap each other.</summary>
/// <param name="Title">What the fix does, for people: "Delete the line", "Replace with 'é'".</param>
/// <param name="Edits">The edits, sorted by position.</param>
public sealed record Fix(string Title, IReadOnlyList<TextEdit> Edits)
{
    /// <summary>
    /// Whether <c>contentlint fix</c> applies the fix by default (<see cref="FixApplicability.Safe"/>) or only with
    /// <c>--unsafe</c>; safe unless the rule says otherwise.
    /// </summary>
    public FixApplicability Applicability { get; init; } = FixApplicability.Safe;
}
