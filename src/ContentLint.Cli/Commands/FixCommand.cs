using System.CommandLine;
using ContentLint.Formatting;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>contentlint fix [PATH|GLOB ...]</c>: apply the rules' fixes and write the files atomically, or with
/// <c>--dry-run</c> print a unified diff and write nothing. The exit code judges what remains after fixing.
/// </summary>
internal sealed class FixCommand(CommandOutput console)
{
    private readonly InputOptions inputs = new("fix JSON Lines records from standard input (the same as the path -; plain, gzip or Zstandard) and write them to standard output, compressed as they came");
    private readonly DisplayOptions display = new();
    private readonly RuleSourceOptions ruleSources = new();

    private readonly Option<string> dropDocumentsWith = ValueOptions.Choice("--drop-documents-with", ValueOptions.SeverityLevels, "JSON Lines: leave out every record that still has a finding at this severity or above after fixing (records that cannot be read are always kept)");

    private readonly Option<bool> dryRun = new("--dry-run") { Description = "print the changes as a unified diff on standard output and write nothing" };

    private readonly Option<string[]> onlyRules = new("--rule")
    {
        Description = "apply only the fixes of this rule, by id or name (repeatable); the other rules still report",
        HelpName = "ID",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<bool> applyUnsafe = new("--unsafe")
    {
        Description = "also apply unsafe fixes: those that remove lines by inference from a neighbour (the list under a widget heading, a comment thread); review them with --dry-run",
    };

    private readonly Option<string> failLevel = ValueOptions.FailLevel("the lowest severity that makes the exit code 1 when it remains after fixing (default: error)");

    public Command Create()
    {
        var command = new Command("fix", "apply the rules' safe fixes to the files lint would lint, writing each file atomically; --dry-run prints a diff instead; JSON Lines from standard input are fixed as a filter to standard output");
        command.Options.Add(dryRun);
        command.Options.Add(dropDocumentsWith);
        command.Options.Add(onlyRules);
        command.Options.Add(applyUnsafe);
        command.Options.Add(failLevel);
        display.AddTo(command);
        ruleSources.AddTo(command);
        inputs.AddPathsTo(command);
        inputs.AddStreamOptionsTo(command);
        command.SetAction(Execute);
        return command;
    }

    private async Task<int> Execute(ParseResult parsed, CancellationToken cancellationToken)
    {
        if (inputs.Apply(parsed, console, new LintSessionOptions()) is not { } options)
        {
            return ExitCodes.UsageError;
        }

        var session = new LintSession(ruleSources.Apply(parsed, console, display.Apply(parsed, options)));
        var fixing = new FixRunOptions
        {
            DryRun = parsed.GetValue(dryRun),
            Rules = parsed.GetValue(onlyRules),
            Unsafe = parsed.GetValue(applyUnsafe),
            DropDocumentsWith = parsed.GetValue(dropDocumentsWith) is { } drop ? ValueOptions.ParseSeverity(drop) : null,
        };
        if (options.OpenStream is not null)
        {
            return await FilterRecords(parsed, session, fixing, cancellationToken);
        }

        return await RuleSourceOptions.Run(console, session, async () =>
        {
            var output = new FixOutput(console, fixing.DryRun, display.TextOutput(parsed, console, console.Out));
            try
            {
                await foreach (var file in session.FixAsync(fixing, null, cancellationToken))
                {
                    output.Write(file);
                }
            }
            catch (ArgumentException e)
            {
                return RefuseRules(e);
            }

            var remaining = output.Complete(session.CreateReportHeader().Rules);
            return output.Failed > 0 ? ExitCodes.UsageError
                : remaining.HasFindingsAtOrAbove(ValueOptions.ParseSeverity(parsed.GetValue(failLevel))) ? ExitCodes.Findings
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
                return RefuseRules(e);
            }

            return output.Complete().HasFindingsAtOrAbove(ValueOptions.ParseSeverity(parsed.GetValue(failLevel))) ? ExitCodes.Findings : ExitCodes.Clean;
        });
    }

    /// <summary>--rule names a rule that no file has, or one that offers no fix: a usage error.</summary>
    private int RefuseRules(ArgumentException e)
    {
        e.Message.Split('\n').ToList().ForEach(line => console.Error.WriteLine($"contentlint: {TextEscaping.Escape($"{char.ToLowerInvariant(line[0])}{line[1..]}")}"));
        return ExitCodes.UsageError;
    }
}
