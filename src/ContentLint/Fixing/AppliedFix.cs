using ContentLint.Diagnostics;

namespace ContentLint.Fixing;

/// <summary>A finding whose fix was applied.</summary>
/// <param name="Pass">The 1-based pass that applied it.</param>
/// <param name="Finding">
/// The finding, positioned in the text as it was at the start of <paramref name="Pass"/>: the original text for pass 1.
/// </param>
public sealed record AppliedFix(int Pass, Finding Finding);
