using System.CommandLine;
using ContentLint.Configuration;
using ContentLint.Formatting;
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
        HelpName = "PATH",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Command Create()
    {
        var command = new Command("test", "run the examples of rule files (PATH: files or folders) as tests; default: the rule folders the nearest .contentlint.yaml extends, else the current folder");
        command.Arguments.Add(paths);
        command.SetAction(Execute);
        return command;
    }

    private int Execute(ParseResult parsed)
    {
        IEnumerable<string> wanted;
        try
        {
            wanted = parsed.GetValue(paths) is { Length: > 0 } named ? named : DefaultPaths();
        }
        catch (ConfigurationException e)
        {
            RuleSourceOptions.PrintErrors(e.Errors, console);
            return ExitCodes.UsageError;
        }

        var files = new List<string>();
        foreach (var path in wanted)
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
                console.Error.WriteLine($"contentlint: no such file or folder: {TextEscaping.Escape(path)}");
                return ExitCodes.UsageError;
            }
        }

        var errors = new List<ConfigurationError>();
        var rules = new List<(string File, IRule Rule)>();
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
            // A rule that runs by default must show what it flags and what it leaves alone; that is a failed check too.
            var lacksExamples = rule.Descriptor.IsEnabledByDefault && (!results.Any(r => r.Example.IsInvalid) || !results.Any(r => !r.Example.IsInvalid));
            // The missing examples count as one failed check here as in the total, so the two lines agree.
            var rulePassed = results.Count - failures.Count;
            var ruleFailed = failures.Count + (lacksExamples ? 1 : 0);
            passed += rulePassed;
            failed += ruleFailed;
            var status = ruleFailed == 0 ? "PASS" : "FAIL";
            var lacking = lacksExamples ? "; needs at least one invalid and one valid example (or 'enabled: false')" : "";
            console.Out.WriteLine($"{status} {TextEscaping.Escape(console.DisplayPath(file))}  {TextEscaping.Escape(rule.Descriptor.Id)} {TextEscaping.Escape(rule.Descriptor.Name)}: {rulePassed} passed, {ruleFailed} failed{lacking}");
            foreach (var failure in failures)
            {
                var location = failure.Example.Location with { Path = console.DisplayPath(failure.Example.Location.Path) };
                console.Out.WriteLine($"  {location}: {(failure.Example.IsInvalid ? "invalid" : "valid")} example: {Show(failure.Failure!)}");
                console.Out.WriteLine($"    expected: {Show(ExampleMarkup.Mark(failure.Text, failure.Expected))}");
                console.Out.WriteLine($"    actual:   {Show(ExampleMarkup.Mark(failure.Text, failure.Actual))}");
            }
        }

        console.Out.WriteLine($"{rules.Count} rule{(rules.Count == 1 ? "" : "s")}, {passed + failed} check{(passed + failed == 1 ? "" : "s")}: {passed} passed, {failed} failed.");
        return failed == 0 ? ExitCodes.Clean : ExitCodes.Findings;
    }

    /// <summary>
    /// With no path: the rule folders the nearest configuration extends, as a lint run there would load them;
    /// without such a configuration, the current folder.
    /// </summary>
    private IEnumerable<string> DefaultPaths()
    {
        var packs = new LintSession(console.SessionOptions(new LintSessionOptions())).GetConfiguredRuleFolders();
        return packs.Count > 0 ? packs : ["."];
    }

    /// <summary>Shows a multi-line example on one line.</summary>
    private static string Show(string text) => TextEscaping.Escape(text.TrimEnd('\n').Replace("\n", "⏎", StringComparison.Ordinal));
}
