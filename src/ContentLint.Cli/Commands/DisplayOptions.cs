using System.CommandLine;

namespace ContentLint.Cli.Commands;

/// <summary>How a run shows what it found: <c>--color</c> for the text report, and how paths are written (<c>--report-paths</c>, <c>--absolute-paths</c>).</summary>
internal sealed class DisplayOptions
{
    private static readonly string[] PathStyles = ["repository", "cwd", "absolute"];

    private readonly Option<string> color = ValueOptions.Choice(
        "--color",
        ["auto", "always", "never"],
        "colour the text report on standard output: auto (the default) colours it on a terminal unless NO_COLOR is set; FORCE_COLOR=1 colours it anywhere",
        "auto");

    private readonly Option<string> reportPaths = ValueOptions.Choice(
        "--report-paths",
        PathStyles,
        "how reports name files: relative to the top folder of the git work tree (the default; outside one, to the current folder), to the current folder, or absolute",
        "repository");

    private readonly Option<bool> absolutePaths = new("--absolute-paths")
    {
        Description = "name files by their absolute path: the same as --report-paths absolute",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(color);
        command.Options.Add(reportPaths);
        command.Options.Add(absolutePaths);
    }

    /// <summary>The path style asked for, laid onto <paramref name="options"/>.</summary>
    public LintSessionOptions Apply(ParseResult parsed, LintSessionOptions options) => options with
    {
        PathStyle = parsed.GetValue(absolutePaths) ? ReportPathStyle.Absolute : parsed.GetValue(reportPaths) switch
        {
            "cwd" => ReportPathStyle.WorkingDirectory,
            "absolute" => ReportPathStyle.Absolute,
            _ => ReportPathStyle.RepositoryRoot,
        },
    };

    /// <summary>Standard output for the text report: coloured when <c>--color</c>, the environment and the terminal say so.</summary>
    public TextWriter TextOutput(ParseResult parsed, CommandOutput console, TextWriter standardOutput) =>
        ReportColors.Enabled(parsed.GetValue(color), console) ? new ReportColors.ColoringWriter(standardOutput) : standardOutput;
}
