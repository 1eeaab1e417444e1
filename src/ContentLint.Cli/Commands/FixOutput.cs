using System.Collections.Immutable;
using System.Globalization;
using ContentLint.Diagnostics;
using ContentLint.Formatting;

namespace ContentLint.Cli.Commands;

/// <summary>
/// What <c>contentlint fix</c> prints: a line per fixed file (or its diff in a dry run), a message per file it could
/// not fix, then the total and what remains. After a dry run standard output holds only the diff, so the totals go
/// to standard error.
/// </summary>
/// <param name="console">Where the command writes.</param>
/// <param name="dryRun">True when nothing is written: standard output holds only the diff.</param>
/// <param name="report">Where the findings left after fixing go (standard output, coloured on a terminal).</param>
internal sealed class FixOutput(CommandOutput console, bool dryRun, TextWriter report)
{
    private readonly List<FileResult> remaining = [];
    private int fixedProblems;
    private int changedFiles;
    private int unsafeLeft;

    /// <summary>The files that were not fixed though they had fixes to apply.</summary>
    public int Failed { get; private set; }

    public void Write(FileFixResult file)
    {
        remaining.Add(new FileResult(file.Path, file.Remaining));
        unsafeLeft += file.UnsafeFixesLeft;
        var path = TextEscaping.Escape(file.Path);
        foreach (var withheld in file.Result.Withheld)
        {
            var at = withheld.Finding.Location.Start;
            console.Error.WriteLine($"contentlint: {path}({at.Line},{at.Column}): the fix of {withheld.Finding.Id} was withheld: {TextEscaping.Escape(withheld.Reason)}.");
        }

        if (file.IsJsonLines)
        {
            // Not a failure of the run: its findings remain, and judge the exit code as lint's would.
            console.Error.WriteLine($"contentlint: {path} was not fixed: {TextEscaping.Escape(file.Problem!)}.");
            return;
        }

        if (file.Problem is not null)
        {
            // Unreadable or undecodable files are reported by their findings as lint does; these had fixes to apply.
            var problem = TextEscaping.Escape(file.Problem);
            console.Error.WriteLine(file.HasChanges ? $"contentlint: {path} was not fixed (the file is unchanged): {problem}" : $"contentlint: {path} was not fixed: {problem}.");
            Failed++;
            return;
        }

        if (!file.HasChanges)
        {
            return;
        }

        changedFiles++;
        fixedProblems += file.Result.Applied.Length;
        console.Out.Write(file.Diff ?? $"{path}: fixed {Count(file.Result.Applied.Length, "problem")}{console.Out.NewLine}");
        if (file.Result.ReachedPassLimit)
        {
            // Each pass can uncover more (entities escaped many times over); say so rather than leave it silent.
            console.Error.WriteLine($"contentlint: {path}: fixes did not settle after {file.Result.Passes} passes; run 'contentlint fix' again to go on.");
        }
    }

    /// <summary>Writes the total and what linting the fixed files reports (positions in the fixed files); returns its counts.</summary>
    public ReportSummary Complete(ImmutableArray<RuleDescriptor> rules)
    {
        var leftAfterFixing = new LintReport([.. remaining], rules);
        var summary = ReportSummary.Of(leftAfterFixing);
        if (unsafeLeft > 0)
        {
            console.Error.WriteLine($"contentlint: {Count(unsafeLeft, "problem")} found {(unsafeLeft == 1 ? "has an unsafe fix" : "have unsafe fixes")}, not applied (unsafe fixes remove lines by inference): review with 'contentlint fix --unsafe --dry-run', apply with 'contentlint fix --unsafe'.");
        }

        var total = $"{Count(fixedProblems, "problem")} in {changedFiles.ToString("N0", CultureInfo.InvariantCulture)} of {Count(remaining.Count, "file")}";
        if (dryRun)
        {
            var left = summary.ToString();
            console.Error.WriteLine($"Would fix {total}; nothing was written.");
            console.Error.WriteLine("Left after fixing: " + char.ToLowerInvariant(left[0]) + left[1..]);
        }
        else
        {
            console.Out.WriteLine($"Fixed {total}.");
            DiagnosticFormatters.Find("text")!.Format(leftAfterFixing, report);
        }

        return summary;
    }

    private static string Count(int count, string word) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? word : word + "s");
}
