using System.CommandLine;
using ContentLint.Formatting;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>contentlint fix [PATH|GLOB ...]</c>: apply the rules' fixes and write the files atomically, or with
/// <c>--dry-run</c> print a unified diff and write nothing. The exit code judges what remains after fixing.
/// </summary>
internal sealed class FixCommand(CommandOutput console)
{
    private readonly Argument<string[]> paths = InputOptions.PathsArgument();
    private readonly SearchOptions search = new();
    private readonly DisplayOptions display = new();
    private readonly RuleSourceOptions ruleSources = new();

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
        var command = new Command("fix", "apply the rules' safe fixes to the files lint would lint, writing each file atomically; --dry-run prints a diff instead");
        command.Arguments.Add(paths);
        command.Options.Add(dryRun);
        command.Options.Add(onlyRules);
        command.Options.Add(applyUnsafe);
        command.Options.Add(failLevel);
        display.AddTo(command);
        ruleSources.AddTo(command);
        search.AddTo(command);
        command.SetAction(Execute);
        return command;
    }

    private async Task<int> Execute(ParseResult parsed, CancellationToken cancellationToken)
    {
        var options = display.Apply(parsed, search.Apply(parsed, new LintSessionOptions { Paths = parsed.GetValue(paths) ?? [] }));
        var session = new LintSession(ruleSources.Apply(parsed, console, options));
        var fixing = new FixRunOptions { DryRun = parsed.GetValue(dryRun), Rules = parsed.GetValue(onlyRules), Unsafe = parsed.GetValue(applyUnsafe) };
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
                // --rule names a rule that no file has, or one that offers no fix.
                e.Message.Split('\n').ToList().ForEach(line => console.Error.WriteLine($"contentlint: {TextEscaping.Escape($"{char.ToLowerInvariant(line[0])}{line[1..]}")}"));
                return ExitCodes.UsageError;
            }

            var remaining = output.Complete(session.CreateReportHeader().Rules);
            return output.Failed > 0 ? ExitCodes.UsageError
                : remaining.HasFindingsAtOrAbove(ValueOptions.ParseSeverity(parsed.GetValue(failLevel))) ? ExitCodes.Findings
                : ExitCodes.Clean;
        });
    }
}
