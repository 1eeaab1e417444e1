using ContentLint.Cli;

var console = new CommandOutput(Console.Out, Console.Error, Environment.CurrentDirectory)
{
    OutputIsTerminal = !Console.IsOutputRedirected,
    Progress = RunProgress.IsInteractiveTerminal(Environment.GetEnvironmentVariable) ? Console.Error : null,
};
return CommandLine.Run(args, console);
