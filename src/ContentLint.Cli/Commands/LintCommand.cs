using System.CommandLine;
using ContentLint.Formatting;

namespace ContentLint.Cli.Commands;

/// <summary><c>contentlint [lint] [PATH|GLOB ...]</c>: lint files and folders, write a report, gate on severity.</summary>
internal sealed class LintCommand(CommandOutput console)
{
    private readonly InputOptions inputs = new();
    private readonly ReportOptions reports = new();
    private readonly RuleSourceOptions ruleSources = new();
    private readonly Option<string> failLevel = FailLevelOption.Create("The lowest severity that makes the exit code 1.");
    private readonly Option<int> jobs = JobsOption.Create();
    private readonly Option<string?> shard = ShardOption.Create();

    private readonly Option<string?> baseline = new("--baseline")
    {
        Description = "Hide the findings this baseline file accepts (see 'contentlint baseline'); report entries that no longer match.",
        HelpName = "FILE",
    };

    public Command Create()
    {
        var command = new Command("lint", "Lint files, folders or globs (the default command).");
        inputs.AddTo(command);
        reports.AddTo(command);
        command.Options.Add(failLevel);
        command.Options.Add(jobs);
        command.Options.Add(shard);
        command.Options.Add(baseline);
        ruleSources.AddTo(command);
        command.SetAction(Execute);
        return command;
    }

    private async Task<int> Execute(ParseResult parsed, CancellationToken cancellationToken)
    {
        var options = inputs.Apply(parsed, console, new LintSessionOptions { BaselineFile = parsed.GetValue(baseline), Jobs = parsed.GetValue(jobs), Shard = ShardOption.Parse(parsed.GetValue(shard)) });
        if (options is null || reports.Resolve(parsed, console) is not { } targets)
        {
            return ExitCodes.UsageError;
        }

        var session = new LintSession(ruleSources.Apply(parsed, console, options));
        return await RuleSourceOptions.Run(console, session, async () =>
        {
            var stale = RuleSourceOptions.StaleBaselineEntries(session);
            var progress = console.Progress is { } terminal ? new RunProgress(terminal) : null;
            var standardOutput = progress is null ? console.Out : new RunProgress.ClearingWriter(console.Out, progress);
            var (writers, files) = ReportOptions.Open(targets, standardOutput, console.WorkingDirectory, session.CreateReportHeader());
            ReportSummary summary;
            try
            {
                summary = await session.WriteReportsAsync(writers, progress, cancellationToken);
            }
            finally
            {
                progress?.Clear();
                files.ForEach(f => f.Dispose());
            }

            foreach (var entry in stale)
            {
                console.Error.WriteLine($"contentlint: baseline entry for a file that no longer exists: {entry.File} {entry.Rule} ({entry.Count}); run 'contentlint baseline' to update the baseline.");
            }

            return summary.HasFindingsAtOrAbove(FailLevelOption.Parse(parsed.GetValue(failLevel))) ? ExitCodes.Findings : ExitCodes.Clean;
        });
    }
}
