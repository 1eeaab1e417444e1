namespace ContentLint.Tests.Infrastructure;

/// <summary>What an in-process run of the command line printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error);

/// <summary>Runs <c>contentlint</c> in-process, with captured output, from a chosen working folder.</summary>
internal static class CliRunner
{
    public static CliRun Run(string workingDirectory, params string[] args) => Run(workingDirectory, console => console, args);

    /// <summary>Runs with a console <paramref name="configure"/> adjusts: an environment, a terminal, standard input.</summary>
    public static CliRun Run(string workingDirectory, Func<ContentLint.Cli.CommandOutput, ContentLint.Cli.CommandOutput> configure, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        // No variable of the machine running the tests (NO_COLOR, FORCE_COLOR, CI, HOME) reaches a run unless a test sets it.
        var console = configure(new ContentLint.Cli.CommandOutput(output, error, workingDirectory) { Environment = _ => null });
        var exitCode = ContentLint.Cli.CommandLine.Run(args, console);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs from the repository root, as the README's commands do.</summary>
    public static CliRun RunInRepository(params string[] args) => Run(Repository.Root, args);
}
