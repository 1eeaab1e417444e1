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
    private readonly Argument<string[]> paths = new("paths")
    {
        Description = "Files, folders or globs to fix (default: the configuration's include globs, else the current folder).",
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

    private readonly Option<bool> applyUnsafe = new("--unsafe")
    {
        Description = "Also apply unsafe fixes: those that remove lines by inference from a neighbour (the list under a widget heading, a comment thread). Review them with --dry-run.",
    };

    private readonly Option<string> failLevel = FailLevelOption.Create("The lowest severity that makes the exit code 1 when it remains after fixing.");

    private readonly RuleSourceOptions ruleSources = new();

    public Command Create()
    {
        var command = new Command("fix", "Remove the junk the rules find, writing each file atomically; --dry-run shows a diff instead.");
        command.Arguments.Add(paths);
        command.Options.Add(dryRun);
        command.Options.Add(onlyRules);
        command.Options.Add(applyUnsafe);
        command.Options.Add(failLevel);
        ruleSources.AddTo(command);
        command.SetAction(Execute);
        return command;
    }

    private int Execute(ParseResult parsed)
    {
        if (ruleSources.CreateResolver(parsed, console) is not { } resolver
            || ArticleSelection.Find(parsed.GetValue(paths), resolver, console) is not { } files
            || RuleSourceOptions.ResolveLinters(resolver, files, console) is not { } linters
            || CreateFixers(linters.Values.Distinct().ToList(), parsed.GetValue(onlyRules), parsed.GetValue(applyUnsafe)) is not { } fixers)
        {
            return ExitCodes.UsageError;
        }

        var preview = parsed.GetValue(dryRun);
        if (!preview && WriteTargets.FirstOutside(files, WriteTargets.RunRoot(console.WorkingDirectory)) is { } outside)
        {
            // Configuration's include globs (or a link) may lead anywhere; fix writes only inside the run's root.
            console.Error.WriteLine($"contentlint: {TextEscaping.Escape(outside)} is outside the folder the run started in and its repository; fix writes nothing there, so nothing was written. Run fix from a folder that holds it.");
            return ExitCodes.UsageError;
        }

        var failed = 0;
        var fixedProblems = 0;
        var changedFiles = 0;
        var unsafeLeft = 0;
        var remaining = new List<FileResult>();
        // One file at a time, in report order, so a large corpus never sits in memory whole.
        foreach (var (file, path) in files.Select(f => (f, console.DisplayPath(f))).OrderBy(f => f.Item2, StringComparer.Ordinal))
        {
            var fixer = fixers[linters[file]];
            var fix = FileFix.Create(fixer, file, path);
            var findings = fix.Result.Remaining;
            if (fix.IsJsonLines)
            {
                // Its findings are what remains, and judge the exit code as lint's would.
                console.Error.WriteLine($"contentlint: {TextEscaping.Escape(fix.Path)} was not fixed: {fix.Problem}.");
            }
            else if (fix.Problem is not null && fix.Result.Remaining.Any(fixer.IsFixable))
            {
                // An unreadable file is reported by its CL0001 finding, as lint does; this one had fixes to apply.
                console.Error.WriteLine($"contentlint: {TextEscaping.Escape(fix.Path)} was not fixed: {TextEscaping.Escape(fix.Problem)}.");
                failed++;
            }
            else if (fix.IsChanged && (preview || TryWrite(fix)))
            {
                changedFiles++;
                fixedProblems += fix.Result.Applied.Length;
                if (preview)
                {
                    console.Out.Write(Diff(fix));
                }
                else
                {
                    console.Out.WriteLine($"{TextEscaping.Escape(fix.Path)}: fixed {Count(fix.Result.Applied.Length, "problem")}");
                }

                if (fix.Result.ReachedPassLimit)
                {
                    // Each pass can uncover more (entities escaped many times over); say so rather than leave it silent.
                    console.Error.WriteLine($"contentlint: {TextEscaping.Escape(fix.Path)}: fixes did not settle after {fix.Result.Passes} passes; run 'contentlint fix' again to go on.");
                }
            }
            else if (fix.IsChanged)
            {
                // The write failed: the file still holds what it had.
                failed++;
                findings = fix.Result.Found;
            }

            foreach (var withheld in fix.Result.Withheld)
            {
                var at = withheld.Finding.Location.Start;
                console.Error.WriteLine($"contentlint: {TextEscaping.Escape(fix.Path)}({at.Line},{at.Column}): the fix of {withheld.Finding.Id} was withheld: {withheld.Reason}.");
            }

            unsafeLeft += fix.Result.Found.Count(f => f.Fix is { Applicability: FixApplicability.Unsafe } && !fixer.IsFixable(f));
            remaining.Add(new FileResult(fix.Path, findings));
        }

        if (unsafeLeft > 0)
        {
            console.Error.WriteLine($"contentlint: {Count(unsafeLeft, "problem")} found {(unsafeLeft == 1 ? "has an unsafe fix" : "have unsafe fixes")}, not applied (unsafe fixes remove lines by inference): review with 'contentlint fix --unsafe --dry-run', apply with 'contentlint fix --unsafe'.");
        }

        var rules = linters.Values.Distinct().SelectMany(l => l.Rules).Select(r => r.Descriptor).DistinctBy(d => d.Id);
        var report = new LintReport([.. remaining], [.. rules]);
        WriteSummary(fixedProblems, changedFiles, report, preview);
        if (failed > 0)
        {
            return ExitCodes.UsageError;
        }

        SeverityNames.TryParse(parsed.GetValue(failLevel), out var threshold);
        return report.Diagnostics.Any(d => d.Severity != Severity.Hidden && d.Severity >= threshold)
            ? ExitCodes.Findings
            : ExitCodes.Clean;
    }

    /// <summary>
    /// A fixer for each linter the configuration gives (one per distinct configuration), applying the fixes of the
    /// rules <c>--rule</c> names; null after explaining why a name is wrong. A named rule that a configuration turns
    /// off is simply not fixed in its files.
    /// </summary>
    private Dictionary<Linter, Fixer>? CreateFixers(List<Linter> linters, string[]? wanted, bool applyUnsafeFixes)
    {
        var ok = true;
        foreach (var name in wanted ?? [])
        {
            var rule = linters.SelectMany(l => l.Rules).FirstOrDefault(r => r.Descriptor.Id == name || r.Descriptor.Name == name);
            if (rule is null && linters.Count > 0)
            {
                console.Error.WriteLine($"contentlint: no rule has the id or name '{TextEscaping.Escape(name)}'.");
                ok = false;
            }
            else if (rule is YamlRule { Definition.Fix: null })
            {
                console.Error.WriteLine($"contentlint: rule {TextEscaping.Escape(rule.Descriptor.Id)} ({TextEscaping.Escape(rule.Descriptor.Name)}) offers no fix.");
                ok = false;
            }
        }

        if (!ok)
        {
            return null;
        }

        return linters.ToDictionary(linter => linter, linter => new Fixer(linter, new FixOptions
        {
            Unsafe = applyUnsafeFixes,
            Rules = wanted is { Length: > 0 }
                ? wanted.Where(name => linter.Rules.Any(r => r.Descriptor.Id == name || r.Descriptor.Name == name)).ToHashSet(StringComparer.Ordinal)
                : null,
        }));
    }

    private bool TryWrite(FileFix fix)
    {
        try
        {
            fix.Write(console.FileWriter);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"contentlint: {TextEscaping.Escape(fix.Path)} was not fixed (the file is unchanged): {TextEscaping.Escape(e.Message)}");
            return false;
        }
    }

    /// <summary>A unified diff that <c>git apply</c> takes from the working folder: a/ and b/ before relative paths.</summary>
    private static string Diff(FileFix fix)
    {
        var relative = !Path.IsPathRooted(fix.Path);
        return fix.CreatePatch(relative ? "a/" + fix.Path : fix.Path, relative ? "b/" + fix.Path : fix.Path);
    }

    /// <summary>
    /// After writing (the per-file lines are already out): the total, then what linting the fixed files reports
    /// (canonical form, positions in the fixed files). After a dry run standard output holds only the diff, so the
    /// totals go to standard error.
    /// </summary>
    private void WriteSummary(int fixedProblems, int changedFiles, LintReport remaining, bool preview)
    {
        var total = $"{Count(fixedProblems, "problem")} in {changedFiles.ToString(CultureInfo.InvariantCulture)} of {Count(remaining.Files.Length, "file")}";
        if (preview)
        {
            var left = TextFormatter.Summary(remaining);
            console.Error.WriteLine($"Would fix {total}; nothing was written.");
            console.Error.WriteLine("Left after fixing: " + char.ToLowerInvariant(left[0]) + left[1..]);
            return;
        }

        console.Out.WriteLine($"Fixed {total}.");
        // Then exactly what linting the fixed files reports.
        new TextFormatter().Format(remaining, console.Out);
    }

    private static string Count(int count, string word) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? word : word + "s");
}
