using System.Globalization;
using ContentLint.Diagnostics;

namespace ContentLint.Formatting;

/// <summary>The counts a report ends with. Hidden findings are not counted.</summary>
/// <param name="Files">The files linted.</param>
/// <param name="FilesWithProblems">The files with at least one shown finding.</param>
/// <param name="Errors">The findings of severity error.</param>
/// <param name="Warnings">The findings of severity warning.</param>
/// <param name="Infos">The findings of severity info.</param>
public sealed record ReportSummary(int Files, int FilesWithProblems, int Errors, int Warnings, int Infos)
{
    /// <summary>Every shown finding.</summary>
    public int Problems => Errors + Warnings + Infos;

    /// <summary>
    /// True when a finding is at <paramref name="failLevel"/> or above: what makes the tool's exit code 1
    /// (<c>--fail-level</c>) and a build fail.
    /// </summary>
    public bool HasFindingsAtOrAbove(Severity failLevel) => failLevel switch
    {
        Severity.Error => Errors > 0,
        Severity.Warning => Errors + Warnings > 0,
        _ => Problems > 0,
    };

    /// <summary>
    /// "9 problems (8 errors, 1 warning) in 1 of 12 files.", or "No problems in 12 files.": the text report's last line,
    /// every count grouped in thousands as the progress line groups them ("1,234 problems").
    /// </summary>
    public override string ToString()
    {
        var files = Plural(Files, "file");
        if (Problems == 0)
        {
            return $"No problems in {files}.";
        }

        var parts = new[] { (Errors, "error"), (Warnings, "warning"), (Infos, "info") }
            .Where(s => s.Item1 > 0)
            .Select(s => s.Item2 == "info" ? $"{Number(s.Item1)} info" : Plural(s.Item1, s.Item2));
        return $"{Plural(Problems, "problem")} ({string.Join(", ", parts)}) in {Number(FilesWithProblems)} of {files}.";
    }

    /// <summary>"1 file", "1,234 files": a count and its word, in the one number style of every report.</summary>
    internal static string Plural(int count, string word) => Number(count) + " " + (count == 1 ? word : word + "s");

    private static string Number(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The summary of a finished report.</summary>
    public static ReportSummary Of(LintReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var shown = report.Diagnostics.Where(d => d.Severity != Severity.Hidden).ToList();
        return new ReportSummary(
            report.Files.Length,
            shown.Select(d => d.Path).Distinct().Count(),
            shown.Count(d => d.Severity == Severity.Error),
            shown.Count(d => d.Severity == Severity.Warning),
            shown.Count(d => d.Severity == Severity.Info));
    }
}
