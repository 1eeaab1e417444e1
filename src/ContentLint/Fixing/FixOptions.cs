namespace ContentLint.Fixing;

/// <summary>What a <see cref="Fixer"/> may fix and how hard it tries.</summary>
public sealed record FixOptions
{
    /// <summary>The options used when nothing is said: every rule's safe fixes, at most ten passes.</summary>
    public static FixOptions Default { get; } = new();

    /// <summary>
    /// The ids or names of the rules whose fixes are applied; null applies every rule's fixes, an empty set none.
    /// The other rules still run, so their findings are reported as what remains.
    /// </summary>
    public IReadOnlySet<string>? Rules { get; init; }

    /// <summary>
    /// How many rounds of "lint, apply the fixes, re-lint" may run before the fixer stops (ESLint's ten passes):
    /// a fix can reveal another finding, and two rules that undo each other must not loop forever.
    /// </summary>
    public int MaxPasses { get; init; } = 10;

    /// <summary>
    /// True to apply <see cref="Diagnostics.FixApplicability.Unsafe"/> fixes too (<c>fix --unsafe</c>): those that remove
    /// text by inference from a neighbour. False, the default, applies only safe fixes.
    /// </summary>
    public bool Unsafe { get; init; }
}
