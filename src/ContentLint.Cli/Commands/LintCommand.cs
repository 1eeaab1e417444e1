using System.CommandLine;
using System.Globalization;
using ContentLint.Formatting;

namespace ContentLint.Cli.Commands;

/// <summary><c>contentlint [lint] [PATH|GLOB ...]</c>: lint files and folders, write a report, gate on severity.</summary>
internal sealed class LintCommand(CommandOutput console)
{
    /// <summary>What the command does, as its help and the root help say it.</summary>
    public const string Summary =
        "lint files, folders (recursively: .txt .md .markdown .mdx .jsonl .ndjson .jsonl.gz .jsonl.zst .parquet) and globs; no path: the configuration's "
        + "include globs, else the current folder; the path -\u00A0reads standard input. Folder searches skip hidden files and what "
        + ".gitignore and .contentlintignore ignore; a named file that they or exclude leave out is reported as skipped";

    private readonly InputOptions inputs = new();
    private readonly ReportOptions reports = new();
    private readonly SeverityFilter severityFilter = new();
    private readonly DisplayOptions display = new();
    private readonly RuleSourceOptions ruleSources = new();
    private readonly Option<string> failLevel = ValueOptions.FailLevel("the lowest severity that makes the exit code 1 (default: error)");
    private readonly Option<int?> maxWarnings = ValueOptions.WholeNumber("--max-warnings", 0, "also make the exit code 1 when there are more than N warnings");
    private readonly Option<int?> jobs = ValueOptions.WholeNumber("--jobs", 1, "lint up to N files at a time (default: the number of cores; the output is the same)", "-j");
    private readonly Option<Shard?> shard = ValueOptions.Shard("lint only part K of N (K from 0 to N-1): files divided by a hash of their path, one JSON Lines or Parquet file by record number; 'contentlint merge' combines the parts' reports");

    private readonly Option<string?> baseline = new("--baseline")
    {
        Description = "hide the findings FILE accepts (see 'contentlint baseline'); default: the configuration's 'baseline'",
        HelpName = "FILE",
    };

    private readonly Option<bool> cache = new("--cache")
    {
        Description = "reuse the findings of files unchanged since the last run with --cache, and keep this run's; the cache is ignored after the tool, configuration or a rule file changed, and deleting it is safe",
    };

    private readonly Option<string?> cacheLocation = new("--cache-location")
    {
        Description = "the cache file --cache reads and writes (default: " + LintSessionOptions.DefaultCacheFileName + " in the current folder)",
        HelpName = "FILE",
    };

    private readonly Option<string?> printConfig = new("--print-config")
    {
        Description = "print the configuration in effect for FILE (the files that cascade, the overrides that match, every rule's severity) and lint nothing",
        HelpName = "FILE",
    };

    public Command Create()
    {
        var command = new Command("lint", Summary);
        reports.AddTo(command);
        command.Options.Add(failLevel);
        command.Options.Add(maxWarnings);
        severityFilter.AddTo(command);
        display.AddTo(command);
        ruleSources.AddTo(command);
        command.Options.Add(baseline);
        inputs.AddPathsTo(command);
        inputs.AddStreamOptionsTo(command);
        command.Options.Add(jobs);
        command.Options.Add(shard);
        command.Options.Add(cache);
        command.Options.Add(cacheLocation);
        command.Options.Add(printConfig);
        command.SetAction(Execute);
        return command;
    }

    private async Task<int> Execute(ParseResult parsed, CancellationToken cancellationToken)
    {
        var gate = ValueOptions.ParseSeverity(parsed.GetValue(failLevel));
        var warningLimit = parsed.GetValue(maxWarnings);
        if (severityFilter.Resolve(parsed, console, gate, warningLimit is not null) is not { } lowest
            || inputs.Apply(parsed, console, new LintSessionOptions
            {
                BaselineFile = parsed.GetValue(baseline),
                Jobs = parsed.GetValue(jobs) ?? Environment.ProcessorCount,
                Shard = parsed.GetValue(shard),
                CacheFile = parsed.GetValue(cache) ? parsed.GetValue(cacheLocation) ?? LintSessionOptions.DefaultCacheFileName : null,
            }) is not { } options
            || reports.Resolve(parsed, console) is not { } targets)
        {
            return ExitCodes.UsageError;
        }

        var session = new LintSession(ruleSources.Apply(parsed, console, display.Apply(parsed, options)));
        if (parsed.GetValue(printConfig) is { } file)
        {
            return ConfigurationPrinter.Print(session, file, console);
        }

        return await RuleSourceOptions.Run(console, session, async () =>
        {
            try
            {
                // Before any report is opened: opening one empties its file, which must not be an input.
                session.CheckReportOutputs([.. targets.Where(t => t.OutputPath is not null).Select(t => t.OutputPath!)]);
            }
            catch (ArgumentException e)
            {
                console.Error.WriteLine($"contentlint: --output {TextEscaping.Escape(e.Message)}.");
                return ExitCodes.UsageError;
            }

            var stale = RuleSourceOptions.StaleBaselineEntries(session);
            var progress = console.Progress is { } terminal ? new RunProgress(terminal) : null;
            var standardOutput = progress is null ? console.Out : new RunProgress.ClearingWriter(console.Out, progress);
            var header = session.CreateReportHeader() with { FailLevel = gate };
            var (reportWriters, files) = ReportOptions.Open(targets, standardOutput, display.TextOutput(parsed, console, standardOutput), console.WorkingDirectory, header);
            var writers = reportWriters.Select(w => SeverityFilter.Wrap(w, header, lowest)).ToList();
            try
            {
                await session.WriteReportsAsync(writers, progress, cancellationToken);
            }
            finally
            {
                progress?.Clear();
                files.ForEach(f => f.Dispose());
            }

            foreach (var entry in stale)
            {
                console.Error.WriteLine($"contentlint: baseline entry for a file that no longer exists: {TextEscaping.Escape(entry.File)} {TextEscaping.Escape(entry.Rule)} ({entry.Count}); run 'contentlint baseline' to update the baseline.");
            }

            // The counts of what the reports show, after --quiet or --min-severity.
            var summary = reportWriters[0].Summary;
            if (warningLimit is { } limit && summary.Warnings > limit)
            {
                console.Error.WriteLine($"contentlint: {summary.Warnings.ToString("N0", CultureInfo.InvariantCulture)} warnings, more than --max-warnings {limit.ToString("N0", CultureInfo.InvariantCulture)} allows.");
                return ExitCodes.Findings;
            }

            return summary.HasFindingsAtOrAbove(gate) ? ExitCodes.Findings : ExitCodes.Clean;
        });
    }
}
