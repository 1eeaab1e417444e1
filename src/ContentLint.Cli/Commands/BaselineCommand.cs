using System.CommandLine;
using ContentLint.Baselines;
using ContentLint.Configuration;
using ContentLint.Files;
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
        Description = $"Where to write the baseline (default: the configuration's 'baseline', else {Baseline.DefaultFileName}).",
        HelpName = "FILE",
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
        if (ruleSources.CreateResolver(parsed, console) is not { } resolver
            || inputs.Resolve(parsed, console, resolver) is not { } files
            || !BaselineOption.TryConfigured(resolver, console, out var configured))
        {
            return ExitCodes.UsageError;
        }

        var path = parsed.GetValue(output) is { } named
            ? Path.GetFullPath(named, console.WorkingDirectory)
            : configured ?? Path.GetFullPath(Baseline.DefaultFileName, console.WorkingDirectory);
        // Configuration may name the baseline: it is still written only inside the run's root, never over an article.
        var problem = WriteTargets.FirstOutside([path], WriteTargets.RunRoot(console.WorkingDirectory)) is { } outside
            ? $"the baseline {outside} is outside the folder the run started in and its repository; nothing was written"
            : WriteTargets.CheckReportOutputs([path], files.Select(f => f.FullPath));
        if (problem is not null)
        {
            console.Error.WriteLine($"contentlint: {TextEscaping.Escape(problem)}.");
            return ExitCodes.UsageError;
        }

        var builder = new BaselineBuilder(Path.GetDirectoryName(path)!);
        LintRun.Record(files, builder, console);
        var baseline = builder.Build();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        baseline.Save(path);
        console.Out.WriteLine($"Wrote {TextEscaping.Escape(console.DisplayPath(path))}: {builder.FindingCount} finding(s) in {baseline.Entries.Length} entr{(baseline.Entries.Length == 1 ? "y" : "ies")}.");
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

    /// <summary>
    /// False (after writing why to <c>Error</c>) when the baseline cannot be read: the one <c>--baseline</c> names,
    /// else the one the configuration of the working folder names (<c>baseline:</c>).
    /// </summary>
    public bool TryLoad(ParseResult parsed, CommandOutput console, ConfigResolver resolver, out BaselineFilter? filter)
    {
        filter = null;
        string? path;
        if (parsed.GetValue(baseline) is { } named)
        {
            path = Path.GetFullPath(named, console.WorkingDirectory);
        }
        else if (!TryConfigured(resolver, console, out path))
        {
            return false;
        }

        if (path is null)
        {
            return true;
        }

        try
        {
            filter = new BaselineFilter(Baseline.Load(path));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            console.Error.WriteLine($"contentlint: cannot read the baseline {TextEscaping.Escape(console.DisplayPath(path))}: {TextEscaping.Escape(e.Message)} ('contentlint baseline' writes it.)");
            return false;
        }
    }

    /// <summary>
    /// The baseline the nearest configuration of the working folder names, as a full path (null when none does);
    /// false, after writing why, when that configuration is invalid.
    /// </summary>
    public static bool TryConfigured(ConfigResolver resolver, CommandOutput console, out string? path)
    {
        try
        {
            path = resolver.ChainFor(console.WorkingDirectory).LastOrDefault(config => config.Baseline is not null)?.Baseline;
            return true;
        }
        catch (ConfigurationException e)
        {
            RuleSourceOptions.PrintErrors(e.Errors, console);
            path = null;
            return false;
        }
    }
}
