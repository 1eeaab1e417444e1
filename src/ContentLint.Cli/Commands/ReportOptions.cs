using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;
using ContentLint.Formatting;

namespace ContentLint.Cli.Commands;

/// <summary>One report of a run: a format and where it goes (null: standard output).</summary>
internal sealed record ReportTarget(DiagnosticFormatter Format, string? OutputPath);

/// <summary>
/// <c>--format</c> and <c>--output</c>, repeatable: each <c>--output</c> belongs to the <c>--format</c> before it, so
/// <c>--format sarif --output a.sarif --format text</c> writes SARIF to a file and text to standard output.
/// </summary>
internal sealed class ReportOptions
{
    private readonly Option<string[]> formats = ValueOptions.Choices(
        "--format",
        "-f",
        DiagnosticFormatters.Names,
        "report format (default: text); repeatable, see \"Several reports\" in the README");

    private readonly Option<string[]> outputs = new("--output", "-o")
    {
        Description = "write the report of the --format before it to FILE instead of standard output (- is standard output)",
        HelpName = "FILE",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(formats);
        command.Options.Add(outputs);
    }

    /// <summary>The reports asked for, in order; null (after writing why to <c>Error</c>) when they contradict each other.</summary>
    public IReadOnlyList<ReportTarget>? Resolve(ParseResult parsed, CommandOutput console)
    {
        var targets = new List<(string Format, string? Output)>();
        var leading = new List<string>();
        var tokens = parsed.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Type != TokenType.Option || tokens[i + 1].Type != TokenType.Argument)
            {
                continue;
            }

            var value = tokens[i + 1].Value;
            if (formats.Name == tokens[i].Value || formats.Aliases.Contains(tokens[i].Value))
            {
                targets.Add((value, null));
            }
            else if (outputs.Name == tokens[i].Value || outputs.Aliases.Contains(tokens[i].Value))
            {
                if (targets.Count == 0)
                {
                    leading.Add(value);
                }
                else if (targets[^1].Output is null)
                {
                    targets[^1] = targets[^1] with { Output = value };
                }
                else
                {
                    console.Error.WriteLine($"contentlint: --output {TextEscaping.Escape(value)}: the --format before it already has an --output.");
                    return null;
                }
            }
        }

        if (targets.Count == 0)
        {
            targets.Add(("text", null));
        }

        if (leading.Count > 1 || (leading.Count == 1 && targets[0].Output is not null))
        {
            console.Error.WriteLine("contentlint: each --output follows the --format it is for.");
            return null;
        }

        if (leading.Count == 1)
        {
            targets[0] = targets[0] with { Output = leading[0] };
        }

        // "--output -" is standard output, as a report without --output.
        var resolved = targets.Select(t => new ReportTarget(DiagnosticFormatters.Find(t.Format)!, t.Output == InputOptions.StandardStream ? null : t.Output)).ToList();
        if (resolved.Count(t => t.OutputPath is null) > 1)
        {
            console.Error.WriteLine("contentlint: only one --format can write to standard output; give the others an --output FILE.");
            return null;
        }

        return resolved;
    }

    /// <summary>Opens every report; the caller disposes the returned writers (files) when the run is done.</summary>
    /// <param name="targets">The reports.</param>
    /// <param name="standardOutput">Where a report without a file goes.</param>
    /// <param name="textOutput">Where the text report goes when it goes to standard output (coloured on a terminal).</param>
    /// <param name="workingDirectory">The folder relative report paths start from.</param>
    /// <param name="header">What every report states first.</param>
    public static (List<DiagnosticWriter> Writers, List<TextWriter> Files) Open(IReadOnlyList<ReportTarget> targets, TextWriter standardOutput, TextWriter textOutput, string workingDirectory, ReportHeader header)
    {
        var writers = new List<DiagnosticWriter>();
        var files = new List<TextWriter>();
        foreach (var target in targets)
        {
            var output = target.Format.Name == "text" ? textOutput : standardOutput;
            if (target.OutputPath is { } path)
            {
                var full = Path.GetFullPath(path, workingDirectory);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                output = new StreamWriter(full, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
                files.Add(output);
            }

            writers.Add(target.Format.CreateWriter(output, header));
        }

        return (writers, files);
    }
}
