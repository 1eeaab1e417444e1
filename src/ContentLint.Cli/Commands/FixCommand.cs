using System.CommandLine;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>contentlint fix [PATH|GLOB ...]</c>: apply the rules' fixes and write the files atomically, or with
/// <c>--dry-run</c> print a unified diff and write nothing. The exit code judges what remains after fixing.
/// </summary>
internal sealed class FixCommand(CommandOutput console)
{
    private readonly InputOptions inputs = new(
        "Files, folders or globs to fix (default: the configuration's include globs, else the current folder).",
        "Fix JSON Lines records from standard input (plain, gzip or Zstandard) and write them to standard output, compressed as they came.");

    private readonly Option<string?> dropDocumentsWith = new Option<string?>("--drop-documents-with")
    {
        Description = "JSON Lines: leave out every record that still has a finding at this severity or above after fixing (records that cannot be read are always kept).",
        HelpName = "SEVERITY",
    }.AcceptOnlyFromAmong("error", "warning", "info");

    private readonly Option<bool> dryRun = new("--dry-run") { Description = "Print the changes as a unified diff on standard output and write nothing." };

    private readonly Option<string[]> onlyRules = new("--rule")
    {
        Description = "Apply only the fixes of this rule, by id or name (repeatable); the other rules still report.",
        HelpName = "ID",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string> failLevel = FailLevelOption.Create("The lowest severity that makes the exit code 1 when it remains after fixing.");
    private readonly RuleSourceOptions ruleSources = new();

    public Command Create()
    {
        var command = new Command("fix", "Remove the junk the rules find, writing each file atomically; --dry-run shows a diff instead.");
        inputs.AddTo(command);
        command.Options.Add(dryRun);
        command.Options.Add(dropDocumentsWith);
        command.Options.Add(onlyRules);
        command.Options.Add(failLevel);
        ruleSources.AddTo(command);
        command.SetAction(Execute);
        return command;
    }

    private async Task<int> Execute(ParseResult parsed, CancellationToken cancellationToken)
    {
        if (inputs.Apply(parsed, console, new LintSessionOptions()) is not { } options)
        {
            return ExitCodes.UsageError;
        }

        var session = new LintSession(ruleSources.Apply(parsed, console, options));
        var fixing = new FixRunOptions
        {
            DryRun = parsed.GetValue(dryRun),
            Rules = parsed.GetValue(onlyRules),
            DropDocumentsWith = parsed.GetValue(dropDocumentsWith) is { } drop ? FailLevelOption.Parse(drop) : null,
        };
        if (options.OpenStream is not null)
        {
            return await FilterRecords(parsed, session, fixing, cancellationToken);
        }

        return await RuleSourceOptions.Run(console, session, async () =>
        {
            var output = new FixOutput(console, fixing.DryRun);
            try
            {
                await foreach (var file in session.FixAsync(fixing, null, cancellationToken))
                {
                    output.Write(file);
                }
            }
            catch (ArgumentException e)
            {
                // --rule names a rule that no file has, or one that offers no fix.
                e.Message.Split('\n').ToList().ForEach(line => console.Error.WriteLine($"contentlint: {char.ToLowerInvariant(line[0])}{line[1..]}"));
                return ExitCodes.UsageError;
            }

            var remaining = output.Complete(session.CreateReportHeader().Rules);
            return output.Failed > 0 ? ExitCodes.UsageError
                : remaining.HasFindingsAtOrAbove(FailLevelOption.Parse(parsed.GetValue(failLevel))) ? ExitCodes.Findings
                : ExitCodes.Clean;
        });
    }

    /// <summary><c>fix --stdin</c>: JSON Lines records from standard input, fixed, to standard output; what happened goes to standard error.</summary>
    private async Task<int> FilterRecords(ParseResult parsed, LintSession session, FixRunOptions fixing, CancellationToken cancellationToken)
    {
        if (fixing.DryRun)
        {
            console.Error.WriteLine("contentlint: fix --stdin writes the fixed records to standard output; it has no --dry-run (lint --stdin --format jsonl shows each record's fixes).");
            return ExitCodes.UsageError;
        }

        return await RuleSourceOptions.Run(console, session, async () =>
        {
            var output = new RecordFixOutput(console);
            try
            {
                await using var standardOutput = console.OpenStandardOutput();
                await foreach (var record in session.FixRecordsAsync(standardOutput, fixing, null, cancellationToken))
                {
                    output.Write(record);
                }
            }
            catch (ArgumentException e)
            {
                // --rule names a rule that no file has, or one that offers no fix.
                e.Message.Split('\n').ToList().ForEach(line => console.Error.WriteLine($"contentlint: {char.ToLowerInvariant(line[0])}{line[1..]}"));
                return ExitCodes.UsageError;
            }

            return output.Complete().HasFindingsAtOrAbove(FailLevelOption.Parse(parsed.GetValue(failLevel))) ? ExitCodes.Findings : ExitCodes.Clean;
        });
    }
}
