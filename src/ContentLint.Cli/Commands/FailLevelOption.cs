using System.CommandLine;

namespace ContentLint.Cli.Commands;

/// <summary><c>--fail-level</c>: the lowest severity that makes the exit code 1, for the commands that gate on findings.</summary>
internal static class FailLevelOption
{
    private static readonly string[] FailLevels = ["error", "warning", "info"];

    /// <summary>The <c>--fail-level</c> option: error, warning or info, by default error.</summary>
    /// <param name="description">What the level judges, as the command's help shows it.</param>
    public static Option<string> Create(string description) => new Option<string>("--fail-level")
    {
        Description = description,
        DefaultValueFactory = _ => "error",
    }.AcceptOnlyFromAmong(FailLevels);
}
