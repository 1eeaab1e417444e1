using ContentLint.Cli;

var console = new CommandOutput(Console.Out, Console.Error, Environment.CurrentDirectory)
{
    Progress = RunProgress.IsInteractiveTerminal() ? Console.Error : null,
};
return CommandLine.Run(args, console);
