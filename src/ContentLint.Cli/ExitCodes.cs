namespace ContentLint.Cli;

/// <summary>What the exit code tells a CI job.</summary>
internal static class ExitCodes
{
    /// <summary>No finding at or above the fail level.</summary>
    public const int Clean = 0;

    /// <summary>At least one finding at or above the fail level.</summary>
    public const int Findings = 1;

    /// <summary>The run could not be done as asked: bad arguments, invalid rules or configuration, a named path missing.</summary>
    public const int UsageError = 2;

    /// <summary>The run was interrupted (Ctrl+C, SIGTERM) before it ended: 128 + SIGINT, as shells report it.</summary>
    public const int Cancelled = 130;
}
