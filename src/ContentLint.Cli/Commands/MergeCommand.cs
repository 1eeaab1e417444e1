using System.CommandLine;
using System.Text;
using ContentLint.Formatting;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>contentlint merge</c>: puts together the reports the shards of a run wrote (<c>--shard K/N</c>), into exactly the
/// report one run over the whole corpus writes.
/// </summary>
internal sealed class MergeCommand(CommandOutput console)
{
    private readonly Argument<string[]> reports = new("REPORT")
    {
        Description = "The shards' reports, all in the --format given, in any order.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> format = new Option<string>("--format", "-f")
    {
        Description = "The reports' format.",
        Required = true,
    }.AcceptOnlyFromAmong([.. DiagnosticFormatters.All.Where(f => f.CanMerge).Select(f => f.Name)]);

    private readonly Option<string?> output = new("--output", "-o")
    {
        Description = "Write the merged report to FILE instead of standard output.",
        HelpName = "FILE",
    };

    public Command Create()
    {
        var command = new Command("merge", "Merge the reports of a run's shards (--shard K/N) into the report one run over everything writes.");
        command.Arguments.Add(reports);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(Execute);
        return command;
    }

    private int Execute(ParseResult parsed)
    {
        var formatter = DiagnosticFormatters.Find(parsed.GetValue(format)!)!;
        var readers = new List<TextReader>();
        try
        {
            foreach (var path in parsed.GetValue(reports)!)
            {
                readers.Add(new StreamReader(Path.GetFullPath(path, console.WorkingDirectory), Encoding.UTF8));
            }

            if (parsed.GetValue(output) is { } target)
            {
                var full = Path.GetFullPath(target, console.WorkingDirectory);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                using var file = new StreamWriter(full, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                formatter.Merge(readers, file);
            }
            else
            {
                formatter.Merge(readers, console.Out);
            }

            return ExitCodes.Clean;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            console.Error.WriteLine($"contentlint: cannot merge the reports: {e.Message}");
            return ExitCodes.UsageError;
        }
        finally
        {
            readers.ForEach(r => r.Dispose());
        }
    }
}
