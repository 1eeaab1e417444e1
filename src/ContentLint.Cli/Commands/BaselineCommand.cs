using System.CommandLine;
using ContentLint.Baselines;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>contentlint baseline [PATH…]</c>: lint and accept every finding as it is, in <c>.contentlint-baseline.json</c>;
/// <c>contentlint --baseline FILE</c> then reports only new findings.
/// </summary>
internal sealed class BaselineCommand(CommandOutput console)
{
    private readonly InputOptions inputs = new();
    private readonly RuleSourceOptions ruleSources = new();

    private readonly Option<string> output = new("--output", "-o")
    {
        Description = "Where to write the baseline.",
        HelpName = "FILE",
        DefaultValueFactory = _ => Baseline.DefaultFileName,
    };

    public Command Create()
    {
        var command = new Command("baseline", "Accept the current findings: write them to a baseline file that --baseline hides.");
        inputs.AddTo(command);
        command.Options.Add(output);
        ruleSources.AddTo(command);
        command.SetAction(Execute);
        return command;
    }

    private int Execute(ParseResult parsed)
    {
        if (ruleSources.CreateResolver(parsed, console) is not { } resolver || inputs.Resolve(parsed, console, resolver) is not { } files)
        {
            return ExitCodes.UsageError;
        }

        var path = Path.GetFullPath(parsed.GetValue(output)!, console.WorkingDirectory);
        var builder = new BaselineBuilder(Path.GetDirectoryName(path)!);
        LintRun.Record(files, builder, console);
        var baseline = builder.Build();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        baseline.Save(path);
        console.Out.WriteLine($"Wrote {console.DisplayPath(path)}: {builder.FindingCount} finding(s) in {baseline.Entries.Length} entr{(baseline.Entries.Length == 1 ? "y" : "ies")}.");
        return ExitCodes.Clean;
    }
}

/// <summary><c>--baseline FILE</c>: hide the findings a baseline accepts and report its entries that no longer match.</summary>
internal sealed class BaselineOption
{
    private readonly Option<string?> baseline = new("--baseline")
    {
        Description = "Hide the findings this baseline file accepts (see 'contentlint baseline'); report entries that no longer match.",
        HelpName = "FILE",
    };

    public void AddTo(Command command) => command.Options.Add(baseline);

    /// <summary>False (after writing why to <c>Error</c>) when the named baseline cannot be read.</summary>
    public bool TryLoad(ParseResult parsed, CommandOutput console, out BaselineFilter? filter)
    {
        filter = null;
        if (parsed.GetValue(baseline) is not { } path)
        {
            return true;
        }

        try
        {
            filter = new BaselineFilter(Baseline.Load(Path.GetFullPath(path, console.WorkingDirectory)));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            console.Error.WriteLine($"contentlint: cannot read the baseline {path}: {e.Message}");
            return false;
        }
    }
}
