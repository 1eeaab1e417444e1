namespace ContentLint.Tests.Infrastructure;

/// <summary>What an in-process run of the command line printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error);

/// <summary>Runs <c>contentlint</c> in-process, with captured output, from a chosen working folder.</summary>
internal static class CliRunner
{
    public static CliRun Run(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = ContentLint.Cli.CommandLine.Run(args, output, error, workingDirectory);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs from the repository root, as the README's commands do.</summary>
    public static CliRun RunInRepository(params string[] args) => Run(Repository.Root, args);
}
