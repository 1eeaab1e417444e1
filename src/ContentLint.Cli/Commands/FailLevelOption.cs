using System.CommandLine;
using ContentLint.Diagnostics;

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

    /// <summary>The severity the option's value names (the parser has already refused any other value).</summary>
    public static Severity Parse(string? value) => SeverityNames.TryParse(value ?? "error", out var severity) ? severity : Severity.Error;
}
