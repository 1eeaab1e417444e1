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

/// <summary>Parses and names severities the way rule files, configuration and reports spell them.</summary>
public static class SeverityNames
{
    /// <summary>The lower-case names, from the most to the least serious.</summary>
    public static IReadOnlyList<string> All { get; } = ["error", "warning", "info", "hidden"];

    /// <summary>The lower-case name of <paramref name="severity"/>.</summary>
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "hidden",
    };

    /// <summary>Parses a lower-case severity name; false for anything else.</summary>
    public static bool TryParse(string? name, out Severity severity)
    {
        switch (name)
        {
            case "error": severity = Severity.Error; return true;
            case "warning": severity = Severity.Warning; return true;
            case "info": severity = Severity.Info; return true;
            case "hidden": severity = Severity.Hidden; return true;
            default: severity = default; return false;
        }
    }
}
