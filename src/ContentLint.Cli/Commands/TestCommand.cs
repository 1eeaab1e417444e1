using System.CommandLine;
using ContentLint.Checks;
using ContentLint.Configuration;
using ContentLint.Rules;
using ContentLint.Testing;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>contentlint test [PATH…]</c>: run the examples of rule files, the way Semgrep's <c>--test</c> and ESLint's
/// RuleTester do, and print each failing example with its expected and actual findings. Exit code 1 on any
/// failure, 2 when a rule file is invalid.
/// </summary>
internal sealed class TestCommand(CommandOutput console)
{
    private readonly Argument<string[]> paths = new("paths")
    {
        Description = "Rule files or folders of rule files (default: the current folder).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Command Create()
    {
        var command = new Command("test", "Run the examples of rule files as tests.");
        command.Arguments.Add(paths);
        command.SetAction(Execute);
        return command;
    }

    private int Execute(ParseResult parsed)
    {
        var files = new List<string>();
        foreach (var path in parsed.GetValue(paths) is { Length: > 0 } named ? named : ["."])
        {
            var full = Path.GetFullPath(path, console.WorkingDirectory);
            if (File.Exists(full))
            {
                files.Add(full);
            }
            else if (Directory.Exists(full))
            {
                files.AddRange(RuleLoader.FindRuleFiles(full));
            }
            else
            {
                console.Error.WriteLine($"contentlint: no such file or folder: {path}");
                return ExitCodes.UsageError;
            }
        }

        var errors = new List<ConfigurationError>();
        var rules = new List<(string File, YamlRule Rule)>();
        foreach (var file in files.Distinct())
        {
            try
            {
                rules.Add((file, RuleLoader.LoadFile(file)));
            }
            catch (ConfigurationException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        if (errors.Count > 0)
        {
            RuleSourceOptions.PrintErrors(errors, console);
            return ExitCodes.UsageError;
        }

        int passed = 0, failed = 0;
        foreach (var (file, rule) in rules)
        {
            var results = RuleTester.Run(rule);
            var failures = results.Where(r => !r.Passed).ToList();
            if (rule.Descriptor.IsEnabledByDefault && (!results.Any(r => r.Example.IsInvalid) || !results.Any(r => !r.Example.IsInvalid)))
            {
                console.Out.WriteLine($"FAIL {console.DisplayPath(file)}  {rule.Descriptor.Id} {rule.Descriptor.Name}: needs at least one invalid and one valid example (or 'enabled: false')");
                failed++;
            }

            passed += results.Count - failures.Count;
            failed += failures.Count;
            var status = failures.Count == 0 ? "PASS" : "FAIL";
            console.Out.WriteLine($"{status} {console.DisplayPath(file)}  {rule.Descriptor.Id} {rule.Descriptor.Name}: {results.Count - failures.Count} passed, {failures.Count} failed");
            foreach (var failure in failures)
            {
                var location = failure.Example.Location with { Path = console.DisplayPath(failure.Example.Location.Path) };
                console.Out.WriteLine($"  {location}: {(failure.Example.IsInvalid ? "invalid" : "valid")} example: {failure.Failure}");
                console.Out.WriteLine($"    expected: {Show(ExampleMarkup.Mark(failure.Text, failure.Expected))}");
                console.Out.WriteLine($"    actual:   {Show(ExampleMarkup.Mark(failure.Text, failure.Actual))}");
            }
        }

        console.Out.WriteLine($"{rules.Count} rule{(rules.Count == 1 ? "" : "s")}, {passed + failed} checks: {passed} passed, {failed} failed.");
        return failed == 0 ? ExitCodes.Clean : ExitCodes.Findings;
    }

    /// <summary>Shows a multi-line example on one line.</summary>
    private static string Show(string text) => text.TrimEnd('\n').Replace("\n", "⏎", StringComparison.Ordinal);
}
