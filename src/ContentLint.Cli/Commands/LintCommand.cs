using System.CommandLine;
using System.Text;
using ContentLint.Diagnostics;
using ContentLint.Formatting;

namespace ContentLint.Cli.Commands;

/// <summary><c>contentlint [lint] [PATH|GLOB ...]</c>: lint files and folders, write a report, gate on severity.</summary>
internal sealed class LintCommand(CommandOutput console)
{
    private static readonly string[] FailLevels = ["error", "warning", "info"];

    private readonly Argument<string[]> paths = new("paths")
    {
        Description = "Files, folders or globs to lint (default: the current folder).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string> format = new Option<string>("--format", "-f")
    {
        Description = "Report format.",
        DefaultValueFactory = _ => "text",
    }.AcceptOnlyFromAmong([.. DiagnosticFormatters.Names]);

    private readonly Option<string?> output = new("--output", "-o")
    {
        Description = "Write the report to this file instead of standard output.",
        HelpName = "FILE",
    };

    private readonly Option<string> failLevel = new Option<string>("--fail-level")
    {
        Description = "The lowest severity that makes the exit code 1.",
        DefaultValueFactory = _ => "error",
    }.AcceptOnlyFromAmong(FailLevels);

    private readonly RuleSourceOptions ruleSources = new();

    private readonly Option<int> jobs = ParallelLinting.CreateOption();

    public Command Create()
    {
        var command = new Command("lint", "Lint files, folders or globs (the default command).");
        AddTo(command);
        return command;
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(failLevel);
        command.Options.Add(jobs);
        ruleSources.AddTo(command);
        command.SetAction(Execute);
    }

    private int Execute(ParseResult parsed)
    {
        if (ruleSources.CreateResolver(parsed, console) is not { } resolver
            || ArticleSelection.Find(parsed.GetValue(paths), resolver, console) is not { } files
            || RuleSourceOptions.ResolveLinters(resolver, files, console) is not { } linters)
        {
            return ExitCodes.UsageError;
        }

        var results = ParallelLinting.LintAll(files, file => linters[file].LintFile(file, console.DisplayPath(file)), parsed.GetValue(jobs));
        var rules = linters.Values.Distinct().SelectMany(l => l.Rules).Select(r => r.Descriptor).DistinctBy(d => d.Id);
        var report = new LintReport(results, [.. rules]);

        var formatter = DiagnosticFormatters.Find(parsed.GetValue(format)!)!;
        if (parsed.GetValue(output) is { } outputPath)
        {
            var full = Path.GetFullPath(outputPath, console.WorkingDirectory);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using var writer = new StreamWriter(full, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            formatter.Format(report, writer);
        }
        else
        {
            formatter.Format(report, console.Out);
        }

        SeverityNames.TryParse(parsed.GetValue(failLevel), out var threshold);
        return report.Diagnostics.Any(d => d.Severity != Severity.Hidden && d.Severity >= threshold)
            ? ExitCodes.Findings
            : ExitCodes.Clean;
    }
}
