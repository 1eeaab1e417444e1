using System.CommandLine;
using System.Globalization;
using ContentLint.Checks;
using ContentLint.Diagnostics;
using ContentLint.Files;
using ContentLint.Fixing;
using ContentLint.Formatting;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>contentlint fix [PATH|GLOB ...]</c>: apply the rules' fixes and write the files atomically, or with
/// <c>--dry-run</c> print a unified diff and write nothing. The exit code judges what remains after fixing.
/// </summary>
internal sealed class FixCommand(CommandOutput console)
{
    private static readonly string[] FailLevels = ["error", "warning", "info"];

    private readonly Argument<string[]> paths = new("paths")
    {
        Description = "Files, folders or globs to fix (default: the current folder).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<bool> dryRun = new("--dry-run")
    {
        Description = "Print the changes as a unified diff on standard output and write nothing.",
    };

    private readonly Option<string[]> onlyRules = new("--rule")
    {
        Description = "Apply only the fixes of this rule, by id or name (repeatable); the other rules still report.",
        HelpName = "ID",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string> failLevel = new Option<string>("--fail-level")
    {
        Description = "The lowest severity that makes the exit code 1 when it remains after fixing.",
        DefaultValueFactory = _ => "error",
    }.AcceptOnlyFromAmong(FailLevels);

    private readonly RuleSourceOptions ruleSources = new();

    public Command Create()
    {
        var command = new Command("fix", "Remove the junk the rules find, writing each file atomically; --dry-run shows a diff instead.");
        command.Arguments.Add(paths);
        command.Options.Add(dryRun);
        command.Options.Add(onlyRules);
        command.Options.Add(failLevel);
        ruleSources.AddTo(command);
        command.SetAction(Execute);
        return command;
    }

    private int Execute(ParseResult parsed)
    {
        if (ruleSources.BuildLinter(parsed, console) is not { } linter || CreateFixer(linter, parsed.GetValue(onlyRules) ?? []) is not { } fixer)
        {
            return ExitCodes.UsageError;
        }

        var named = parsed.GetValue(paths) is { Length: > 0 } given ? given : ["."];
        var found = ArticleFinder.Find(named, console.WorkingDirectory);
        if (found.Missing.Count > 0)
        {
            foreach (var missing in found.Missing)
            {
                console.Error.WriteLine($"contentlint: no such file or folder: {missing}");
            }

            return ExitCodes.UsageError;
        }

        var preview = parsed.GetValue(dryRun);
        var fixes = found.Files
            .Select(file => FileFix.Create(fixer, file, console.DisplayPath(file)))
            .OrderBy(fix => fix.Path, StringComparer.Ordinal)
            .ToList();
        var failed = 0;
        var remaining = new List<FileResult>();
        foreach (var fix in fixes)
        {
            if (fix.Problem is not null && fix.Result.Remaining.Any(fixer.IsFixable))
            {
                // An unreadable file is reported by its CL0001 finding, as lint does; this one had fixes to apply.
                console.Error.WriteLine($"contentlint: {fix.Path} was not fixed: {fix.Problem}.");
                failed++;
            }
            else if (fix.IsChanged && preview)
            {
                console.Out.Write(Diff(fix));
            }
            else if (fix.IsChanged && !TryWrite(fix))
            {
                failed++;
                remaining.Add(new FileResult(fix.Path, fix.Result.Found));
                continue;
            }

            remaining.Add(new FileResult(fix.Path, fix.Result.Remaining));
        }

        var report = new LintReport([.. remaining], [.. linter.Rules.Select(r => r.Descriptor)]);
        WriteSummary(fixes, report, preview);

        if (failed > 0)
        {
            return ExitCodes.UsageError;
        }

        SeverityNames.TryParse(parsed.GetValue(failLevel), out var threshold);
        return report.Diagnostics.Any(d => d.Severity != Severity.Hidden && d.Severity >= threshold)
            ? ExitCodes.Findings
            : ExitCodes.Clean;
    }

    /// <summary>The fixer for the rules <c>--rule</c> names, or null after explaining why a name is wrong.</summary>
    private Fixer? CreateFixer(Linter linter, string[] wanted)
    {
        var ok = true;
        foreach (var name in wanted)
        {
            var rule = linter.Rules.FirstOrDefault(r => r.Descriptor.Id == name || r.Descriptor.Name == name);
            if (rule is null)
            {
                console.Error.WriteLine($"contentlint: no rule has the id or name '{name}'.");
                ok = false;
            }
            else if (rule is YamlRule { Definition.Fix: null })
            {
                console.Error.WriteLine($"contentlint: rule {rule.Descriptor.Id} ({rule.Descriptor.Name}) offers no fix.");
                ok = false;
            }
        }

        return ok ? new Fixer(linter, new FixOptions { Rules = wanted.ToHashSet(StringComparer.Ordinal) }) : null;
    }

    private bool TryWrite(FileFix fix)
    {
        try
        {
            fix.Write();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"contentlint: {fix.Path} was not fixed: {e.Message} The file is unchanged.");
            return false;
        }
    }

    /// <summary>A unified diff that <c>git apply</c> takes from the working folder: a/ and b/ before relative paths.</summary>
    private static string Diff(FileFix fix)
    {
        var relative = !Path.IsPathRooted(fix.Path);
        return UnifiedDiff.Create(
            fix.Result.OriginalText,
            fix.Result.Text,
            relative ? "a/" + fix.Path : fix.Path,
            relative ? "b/" + fix.Path : fix.Path);
    }

    /// <summary>
    /// After writing: one line per fixed file and the total on standard output, then what linting the fixed files
    /// reports (canonical form, positions in the fixed files). After a dry run standard output holds only the diff, so the totals go to
    /// standard error.
    /// </summary>
    private void WriteSummary(List<FileFix> fixes, LintReport remaining, bool preview)
    {
        var changed = fixes.Where(f => f.IsChanged).ToList();
        var count = changed.Sum(f => f.Result.Applied.Length);
        var files = Count(fixes.Count, "file");
        if (preview)
        {
            var left = TextFormatter.Summary(remaining);
            console.Error.WriteLine($"Would fix {Count(count, "problem")} in {changed.Count.ToString(CultureInfo.InvariantCulture)} of {files}; nothing was written.");
            console.Error.WriteLine("Left after fixing: " + char.ToLowerInvariant(left[0]) + left[1..]);
            return;
        }

        foreach (var fix in changed)
        {
            console.Out.WriteLine($"{fix.Path}: fixed {Count(fix.Result.Applied.Length, "problem")}");
        }

        console.Out.WriteLine($"Fixed {Count(count, "problem")} in {changed.Count.ToString(CultureInfo.InvariantCulture)} of {files}.");
        // Then exactly what linting the fixed files reports.
        new TextFormatter().Format(remaining, console.Out);
    }

    private static string Count(int count, string word) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? word : word + "s");
}
