using System.CommandLine;
using ContentLint.Diagnostics;
using ContentLint.Files;
using ContentLint.Formatting;

namespace ContentLint.Cli.Commands;

/// <summary><c>contentlint [lint] [PATH|GLOB ...]</c>: lint files and folders, write a report, gate on severity.</summary>
internal sealed class LintCommand(CommandOutput console)
{
    private readonly InputOptions inputs = new();
    private readonly ReportOptions reports = new();
    private readonly BaselineOption baseline = new();

    private readonly Option<string> failLevel = FailLevelOption.Create("The lowest severity that makes the exit code 1.");

    private readonly Option<int> jobs = JobsOption.Create();

    private readonly RuleSourceOptions ruleSources = new();

    public Command Create()
    {
        var command = new Command("lint", "Lint files, folders or globs (the default command).");
        AddTo(command);
        return command;
    }

    public void AddTo(Command command)
    {
        inputs.AddTo(command);
        reports.AddTo(command);
        command.Options.Add(failLevel);
        command.Options.Add(jobs);
        baseline.AddTo(command);
        ruleSources.AddTo(command);
        command.SetAction(Execute);
    }

    private int Execute(ParseResult parsed)
    {
        if (ruleSources.CreateResolver(parsed, console) is not { } resolver
            || inputs.Resolve(parsed, console, resolver) is not { } files
            || reports.Resolve(parsed, console) is not { } targets
            || !baseline.TryLoad(parsed, console, resolver, out var filter))
        {
            return ExitCodes.UsageError;
        }

        var outputs = targets.Where(t => t.OutputPath is not null).Select(t => Path.GetFullPath(t.OutputPath!, console.WorkingDirectory)).ToList();
        if (WriteTargets.CheckReportOutputs(outputs, files.Select(f => f.FullPath)) is { } problem)
        {
            console.Error.WriteLine($"contentlint: {TextEscaping.Escape(problem)}.");
            return ExitCodes.UsageError;
        }

        var summary = LintRun.Report(files, targets, filter, console, parsed.GetValue(jobs));
        SeverityNames.TryParse(parsed.GetValue(failLevel), out var threshold);
        var failing = threshold switch
        {
            Severity.Error => summary.Errors,
            Severity.Warning => summary.Errors + summary.Warnings,
            _ => summary.Problems,
        };
        return failing > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
