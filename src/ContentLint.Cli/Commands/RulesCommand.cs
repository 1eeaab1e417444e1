using System.CommandLine;
using ContentLint.Configuration;
using ContentLint.Diagnostics;
using ContentLint.Formatting;
using ContentLint.Rules;

namespace ContentLint.Cli.Commands;

/// <summary><c>contentlint rules [ID|NAME]</c>: list the rules, or show one with its description and examples.</summary>
internal sealed class RulesCommand(CommandOutput console)
{
    private readonly Argument<string?> rule = new("rule")
    {
        HelpName = "ID|NAME",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly RuleSourceOptions ruleSources = new();

    public Command Create()
    {
        var command = new Command("rules", "list the rules as they apply in the current folder, or show one with its description and examples");
        command.Arguments.Add(rule);
        ruleSources.AddTo(command);
        command.SetAction(Execute);
        return command;
    }

    private int Execute(ParseResult parsed)
    {
        // The rules as they apply to a file in the working folder: its configuration, packs and settings.
        Linter linter;
        try
        {
            linter = new LintSession(ruleSources.Apply(parsed, console)).LinterFor(Path.Combine(console.WorkingDirectory, "article.txt"));
        }
        catch (ConfigurationException e)
        {
            RuleSourceOptions.PrintErrors(e.Errors, console);
            return ExitCodes.UsageError;
        }

        if (parsed.GetValue(rule) is not { } wanted)
        {
            WriteList(linter);
            return ExitCodes.Clean;
        }

        var found = linter.LoadedRules.FirstOrDefault(r => r.Descriptor.Id == wanted || r.Descriptor.Name == wanted);
        if (found is null)
        {
            var names = linter.LoadedRules.SelectMany(r => new[] { r.Descriptor.Id, r.Descriptor.Name });
            console.Error.WriteLine($"contentlint: no rule has the id or name '{TextEscaping.Escape(wanted)}'.{YamlMap.Suggest(wanted, names)}");
            return ExitCodes.UsageError;
        }

        WriteRule(found, SeverityHere(linter, found));
        return ExitCodes.Clean;
    }

    /// <summary>The severity the rule reports with in the working folder, or <c>off</c> when it does not run there.</summary>
    private static string SeverityHere(Linter linter, IRule rule) =>
        linter.Rules.Contains(rule) ? linter.GetSeverity(rule).ToName() : "off";

    private void WriteList(Linter linter)
    {
        var rows = linter.LoadedRules.Select(r => new[]
        {
            r.Descriptor.Id,
            r.Descriptor.Name,
            SeverityHere(linter, r),
            r.Definition.Kind,
            r.Definition.Languages is { Count: > 0 } languages ? string.Join(",", languages) : "all",
            r.Descriptor.Title,
        }).ToList();
        string[] header = ["ID", "NAME", "SEVERITY", "KIND", "LANGUAGES", "TITLE"];
        var widths = header.Select((h, i) => rows.Select(row => row[i].Length).Append(h.Length).Max()).ToArray();
        foreach (var row in rows.Prepend(header))
        {
            console.Out.WriteLine(TextEscaping.Escape(string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd()));
        }
    }

    private void WriteRule(IRule found, string severityHere)
    {
        var d = found.Descriptor;
        var o = console.Out;
        o.WriteLine(TextEscaping.Escape($"{d.Id} {d.Name}: {d.Title}"));
        o.WriteLine(TextEscaping.Escape($"  severity: {d.DefaultSeverity.ToName()}   here: {severityHere}   category: {d.Category}   enabled by default: {(d.IsEnabledByDefault ? "yes" : "no")}"));
        var definition = found.Definition;
        o.WriteLine(TextEscaping.Escape($"  kind: {definition.Kind}   languages: {(definition.Languages.Count > 0 ? string.Join(", ", definition.Languages) : "all")}   fix: {definition.Fix?.ToName() ?? "none"}"));
        o.WriteLine(TextEscaping.Escape($"  defined in: {definition.Source?.ToString() ?? found.GetType().FullName}"));
        if (d.HelpLink is { } help)
        {
            o.WriteLine($"  help: {help.AbsoluteUri}");
        }

        o.WriteLine();
        foreach (var line in d.Description.Trim().Split('\n'))
        {
            o.WriteLine(TextEscaping.Escape(line.TrimEnd('\r')));
        }

        if (definition.Examples is { Count: > 0 } examples)
        {
            foreach (var (heading, invalid) in new[] { ("Flagged ([|marked|]):", true), ("Left alone:", false) })
            {
                o.WriteLine();
                o.WriteLine(heading);
                foreach (var example in examples.Where(e => e.IsInvalid == invalid))
                {
                    var lines = example.MarkedText.TrimEnd('\n').Split('\n');
                    o.WriteLine("  - " + TextEscaping.Escape(lines[0]));
                    foreach (var line in lines.Skip(1))
                    {
                        o.WriteLine("    " + TextEscaping.Escape(line));
                    }
                }
            }
        }
    }
}
