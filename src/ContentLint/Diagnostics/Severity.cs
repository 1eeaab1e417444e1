namespace ContentLint.Diagnostics;

/// <summary>How serious a finding is. Ordered: <see cref="Hidden"/> is the least, <see cref="Error"/> the most.</summary>
public enum Severity
{
    /// <summary>Not shown in reports; still available to fixes and the library.</summary>
    Hidden = 0,

    /// <summary>Worth knowing: captions, credits, weak signals.</summary>
    Info = 1,

    /// <summary>Probably junk: a strong heuristic.</summary>
    Warning = 2,

    /// <summary>Almost never body text.</summary>
    Error = 3,
}
