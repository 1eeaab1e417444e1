namespace ContentLint.Diagnostics;

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
