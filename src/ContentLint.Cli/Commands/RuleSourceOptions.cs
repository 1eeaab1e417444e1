using System.CommandLine;
using ContentLint.Formatting;
using ContentLint.Configuration;

namespace ContentLint.Cli.Commands;

/// <summary>
/// The options that choose configuration and rules (<c>--config</c>, <c>--rules DIR</c>, <c>--no-builtin</c>),
/// shared by every command that lints, and the one place configuration errors are printed.
/// </summary>
internal sealed class RuleSourceOptions
{
    private readonly Option<string?> config = new("--config", "-c")
    {
        Description = "Use this configuration file for every file instead of searching for .contentlint.yaml.",
        HelpName = "FILE",
    };

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
        command.Options.Add(config);
        command.Options.Add(ruleFolders);
        command.Options.Add(noBuiltIn);
    }

    /// <summary>The resolver for this run, or null after printing why the named configuration file cannot be used.</summary>
    public ConfigResolver? CreateResolver(ParseResult parsed, CommandOutput console)
    {
        var configPath = parsed.GetValue(config) is { } path ? Path.GetFullPath(path, console.WorkingDirectory) : null;
        if (configPath is not null && !File.Exists(configPath))
        {
            console.Error.WriteLine($"contentlint: no such configuration file: {TextEscaping.Escape(parsed.GetValue(config)!)}");
            return null;
        }

        return new ConfigResolver(new ConfigResolverOptions
        {
            ConfigPath = configPath,
            RuleFolders = [.. (parsed.GetValue(ruleFolders) ?? []).Select(f => Path.GetFullPath(f, console.WorkingDirectory))],
            NoBuiltIn = parsed.GetValue(noBuiltIn),
        });
    }

    /// <summary>
    /// Resolves the linter of every file before anything is linted, so an invalid configuration stops the run
    /// (exit code 2) instead of surfacing half-way. Prints every distinct error; null when there was one.
    /// </summary>
    public static IReadOnlyDictionary<string, Linter>? ResolveLinters(ConfigResolver resolver, IEnumerable<string> files, CommandOutput console)
    {
        var linters = new Dictionary<string, Linter>(StringComparer.Ordinal);
        var errors = new List<ConfigurationError>();
        foreach (var file in files)
        {
            try
            {
                linters[file] = resolver.LinterFor(file);
            }
            catch (ConfigurationException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        if (errors.Count == 0)
        {
            return linters;
        }

        PrintErrors(errors, console);
        return null;
    }

    /// <summary>Writes configuration errors as <c>path:line:col: error CL01xx: message</c>, paths relative to the working folder.</summary>
    public static void PrintErrors(IEnumerable<ConfigurationError> errors, CommandOutput console)
    {
        foreach (var error in errors.Distinct())
        {
            var path = Path.IsPathRooted(error.Location.Path) ? console.DisplayPath(error.Location.Path) : error.Location.Path;
            console.Error.WriteLine(TextEscaping.Escape((error with { Location = error.Location with { Path = path } }).ToString()));
        }
    }
}
