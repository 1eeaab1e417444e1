using System.CommandLine;
using ContentLint.Baselines;
using ContentLint.Formatting;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>contentlint baseline [PATH…]</c>: lint and accept every finding as it is, in <c>.contentlint-baseline.json</c>;
/// <c>contentlint --baseline FILE</c> then reports only new findings.
/// </summary>
internal sealed class BaselineCommand(CommandOutput console)
{
    private readonly InputOptions inputs = new();
    private readonly RuleSourceOptions ruleSources = new();

    private readonly Option<string?> output = new("--output", "-o")
    {
        Description = $"where to write the baseline (default: the configuration's 'baseline', else {Baseline.DefaultFileName})",
        HelpName = "FILE",
    };

    public Command Create()
    {
        var command = new Command("baseline", $"accept today's findings in {Baseline.DefaultFileName}, so that lint --baseline reports only new ones");
        command.Options.Add(output);
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

        var session = new LintSession(ruleSources.Apply(parsed, console, options));
        return await RuleSourceOptions.Run(console, session, async () =>
        {
            var path = parsed.GetValue(output) is { } named
                ? Path.GetFullPath(named, console.WorkingDirectory)
                : session.GetBaselinePath() ?? Path.GetFullPath(Baseline.DefaultFileName, console.WorkingDirectory);
            var progress = console.Progress is { } terminal ? new RunProgress(terminal) : null;
            Baseline baseline;
            try
            {
                baseline = await session.SaveBaselineAsync(path, progress, cancellationToken);
            }
            catch (ArgumentException e)
            {
                // A folder, or a file the run reads: saving there would destroy it.
                console.Error.WriteLine($"contentlint: the baseline {TextEscaping.Escape(e.Message)}.");
                return ExitCodes.UsageError;
            }
            finally
            {
                progress?.Clear();
            }

            var entries = baseline.Entries.Length;
            console.Out.WriteLine($"Wrote {TextEscaping.Escape(console.DisplayPath(path))}: {baseline.Entries.Sum(e => e.Count)} finding(s) in {entries} entr{(entries == 1 ? "y" : "ies")}.");
            return ExitCodes.Clean;
        });
    }
}
