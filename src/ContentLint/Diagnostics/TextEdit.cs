using ContentLint.Text;

namespace ContentLint.Diagnostics;

/// <summary>Replace the characters of <paramref name="Span"/> in the original text with <paramref name="NewText"/>.</summary>
/// <param name="Span">What to replace, in the unmodified text; empty for an insertion.</param>
/// <param name="NewText">The replacement; empty for a deletion.</param>
public sealed record TextEdit(TextRange Span, string NewText)
{
    /// <summary>An edit that deletes <paramref name="span"/>.</summary>
    public static TextEdit Delete(TextRange span) => new(span, "");
}

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

/// <summary>How far a fix can be trusted, as Ruff splits fixes: what <c>fix</c> applies and what needs <c>--unsafe</c>.</summary>
public enum FixApplicability
{
    /// <summary>Every character the fix removes or rewrites is part of its finding, which has strong evidence: applied by default.</summary>
    Safe,

    /// <summary>The fix also removes text by inference from a neighbour (the lines after a widget heading, the rest of a comment section): applied only when asked.</summary>
    Unsafe,
}

/// <summary>The names reports use for <see cref="FixApplicability"/>.</summary>
public static class FixApplicabilityNames
{
    /// <summary><c>safe</c> or <c>unsafe</c>.</summary>
    public static string ToName(this FixApplicability applicability) => applicability == FixApplicability.Unsafe ? "unsafe" : "safe";
}
