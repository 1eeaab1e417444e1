using System.Globalization;
using ContentLint.Diagnostics;

namespace ContentLint.Formatting;

/// <summary>
/// The MSBuild/Roslyn canonical form IDEs and CI problem matchers parse, one finding per line, then a summary:
/// <c>seeds/a.txt(3,1,3,90): error CL4001: Headline repeated as the first body line [duplicate-headline]</c>.
/// </summary>
public sealed class TextFormatter : IDiagnosticFormatter
{
    /// <inheritdoc />
    public string Name => "text";

    /// <inheritdoc />
    public void Format(LintReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var diagnostic in report.Diagnostics.Where(d => d.Severity != Severity.Hidden))
        {
            writer.WriteLine(diagnostic.ToString());
        }

        writer.WriteLine(Summary(report));
    }

    /// <summary>"9 problems (8 errors, 1 warning) in 1 of 12 files", or "No problems in 12 files".</summary>
    public static string Summary(LintReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var files = Plural(report.Files.Length, "file");
        var shown = report.Diagnostics.Where(d => d.Severity != Severity.Hidden).ToList();
        if (shown.Count == 0)
        {
            return $"No problems in {files}.";
        }

        var parts = new[] { (Severity.Error, "error"), (Severity.Warning, "warning"), (Severity.Info, "info") }
            .Select(s => (Count: shown.Count(d => d.Severity == s.Item1), Word: s.Item2))
            .Where(s => s.Count > 0)
            .Select(s => s.Word == "info" ? $"{s.Count} info" : Plural(s.Count, s.Word));
        var withProblems = shown.Select(d => d.Path).Distinct().Count();
        return $"{Plural(shown.Count, "problem")} ({string.Join(", ", parts)}) in {withProblems.ToString(CultureInfo.InvariantCulture)} of {files}.";
    }

    private static string Plural(int count, string word) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? word : word + "s");
}
