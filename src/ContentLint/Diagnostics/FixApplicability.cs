namespace ContentLint.Diagnostics;

/// <summary>How far a fix can be trusted, as Ruff splits fixes: what <c>fix</c> applies and what needs <c>--unsafe</c>.</summary>
public enum FixApplicability
{
    /// <summary>Every character the fix removes or rewrites is part of its finding, which has strong evidence: applied by default.</summary>
    Safe,

    /// <summary>The fix also removes text by inference from a neighbour (the lines after a widget heading, the rest of a comment section): applied only when asked.</summary>
    Unsafe,
}

/// <summary>The names reports use for <see cref="FixApplicability"/>.</summary>
internal static class FixApplicabilityNames
{
    /// <summary><c>safe</c> or <c>unsafe</c>.</summary>
    public static string ToName(this FixApplicability applicability) => applicability == FixApplicability.Unsafe ? "unsafe" : "safe";
}
