using System.CommandLine;
using ContentLint.Configuration;

namespace ContentLint.Cli.Commands;

/// <summary>The options that choose which rules run (<c>--rules DIR</c>, <c>--no-builtin</c>), shared by every command that lints.</summary>
internal sealed class RuleSourceOptions
{
    private readonly Option<string[]> ruleFolders = new("--rules")
    {
        Description = "Add the rule files in this folder (repeatable).",
        HelpName = "DIR",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<bool> noBuiltIn = new("--no-builtin")
    {
        Description = "Do not load the built-in rules.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(ruleFolders);
        command.Options.Add(noBuiltIn);
    }

    /// <summary>Builds the linter, or writes every configuration error to <c>Error</c> and returns null.</summary>
    public Linter? BuildLinter(ParseResult parsed, CommandOutput console)
    {
        var builder = new LinterBuilder();
        if (!parsed.GetValue(noBuiltIn))
        {
            builder.AddBuiltInRules();
        }

        foreach (var folder in parsed.GetValue(ruleFolders) ?? [])
        {
            builder.AddRules(Path.GetFullPath(folder, console.WorkingDirectory));
        }

        try
        {
            return builder.Build();
        }
        catch (ConfigurationException e)
        {
            foreach (var error in e.Errors)
            {
                console.Error.WriteLine(error with { Location = error.Location with { Path = ShowPath(error.Location.Path, console) } });
            }

            return null;
        }
    }

    private static string ShowPath(string path, CommandOutput console) =>
        Path.IsPathRooted(path) ? console.DisplayPath(path) : path;
}
