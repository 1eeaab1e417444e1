using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ContentLint.Configuration;
using ContentLint.Diagnostics;

namespace ContentLint.Cli.Commands;

/// <summary>
/// Options whose value is checked as it is parsed, with a message that says in words what was expected and, for a
/// misspelt choice, the nearest valid one: "--format: 'sarf' is not one of text, json, sarif, ...; did you mean 'sarif'?".
/// </summary>
internal static class ValueOptions
{
    /// <summary>An option whose value is one of <paramref name="values"/>; its help shows them as <c>a|b|c</c>.</summary>
    public static Option<string> Choice(string name, IReadOnlyList<string> values, string description, string? defaultValue = null)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            HelpName = string.Join('|', values),
        };
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }

        option.Validators.Add(result => CheckChoices(result, values));
        return option;
    }

    /// <summary>A repeatable option whose every value is one of <paramref name="values"/>.</summary>
    public static Option<string[]> Choices(string name, string alias, IReadOnlyList<string> values, string description)
    {
        var option = new Option<string[]>(name, alias)
        {
            Description = description,
            HelpName = string.Join('|', values),
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        option.Validators.Add(result => CheckChoices(result, values));
        return option;
    }

    /// <summary><c>--fail-level</c>: the lowest severity that makes the exit code 1, error, warning or info (default: error).</summary>
    public static Option<string> FailLevel(string description) => Choice("--fail-level", SeverityLevels, description, "error");

    /// <summary>The severities a user can name as a level: error, warning, info.</summary>
    public static IReadOnlyList<string> SeverityLevels { get; } = ["error", "warning", "info"];

    /// <summary>The severity a level option names (the parser has already refused any other value).</summary>
    public static Severity ParseSeverity(string? value) => SeverityNames.TryParse(value ?? "error", out var severity) ? severity : Severity.Error;

    /// <summary>An option whose value is a whole number of at least <paramref name="minimum"/>, shown as <c>N</c>.</summary>
    public static Option<int?> WholeNumber(string name, int minimum, string description, params string[] aliases)
    {
        var option = new Option<int?>(name, aliases)
        {
            Description = description,
            HelpName = "N",
        };
        option.CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= minimum)
            {
                return number;
            }

            result.AddError($"{name} expects a whole number of {minimum.ToString(CultureInfo.InvariantCulture)} or more; found '{text}'.");
            return null;
        };
        return option;
    }

    /// <summary>
    /// <c>--shard K/N</c>: the K-th of N deterministic parts of the run (K from 0), so that N workers of a scheduler's job
    /// array together cover every document once; <c>contentlint merge</c> puts their reports together.
    /// </summary>
    public static Option<Shard?> Shard(string description)
    {
        var option = new Option<Shard?>("--shard")
        {
            Description = description,
            HelpName = "K/N",
        };
        option.CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            try
            {
                return ContentLint.Shard.Parse(text);
            }
            catch (FormatException e)
            {
                result.AddError($"--shard: {e.Message}");
                return null;
            }
        };
        return option;
    }

    private static void CheckChoices(OptionResult result, IReadOnlyList<string> values)
    {
        foreach (var token in result.Tokens.Where(t => !values.Contains(t.Value, StringComparer.Ordinal)))
        {
            var name = result.Option.Name;
            result.AddError($"{name}: '{token.Value}' is not one of {string.Join(", ", values)}.{YamlMap.Suggest(token.Value, values)}");
        }
    }
}
