using System.Collections.Immutable;
using ContentLint.Diagnostics;

namespace ContentLint.Fixing;

/// <summary>What fixing one text did: the new text, the fixes applied and the findings that remain.</summary>
/// <param name="OriginalText">The text before fixing.</param>
/// <param name="Text">The text after fixing; the same string as <paramref name="OriginalText"/> when nothing changed.</param>
/// <param name="Found">The findings in <paramref name="OriginalText"/>: what a lint of the unfixed text reports.</param>
/// <param name="Applied">The findings whose fixes were applied, pass by pass, each in position order.</param>
/// <param name="Remaining">The findings in <paramref name="Text"/>, positioned in it: what a lint of the fixed text reports.</param>
/// <param name="Passes">How many passes applied fixes (0 when the text had nothing to fix).</param>
public sealed record FixResult(string OriginalText, string Text, ImmutableArray<Finding> Found, ImmutableArray<AppliedFix> Applied, ImmutableArray<Finding> Remaining, int Passes)
{
    /// <summary>True when the fixed text differs from the original.</summary>
    public bool IsChanged => !string.Equals(OriginalText, Text, StringComparison.Ordinal);

    /// <summary>
    /// True when fixable findings remain after the last allowed pass: the fixes did not settle (two rules
    /// undoing each other, or a rule whose fix does not remove its finding).
    /// </summary>
    public bool ReachedPassLimit { get; init; }

    /// <summary>The findings of <see cref="Remaining"/> whose fixes were withheld: applying them would change the structure around them.</summary>
    public ImmutableArray<WithheldFix> Withheld { get; init; } = [];
}
