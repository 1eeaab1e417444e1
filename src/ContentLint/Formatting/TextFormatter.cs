using System.Globalization;
using ContentLint.Diagnostics;

namespace ContentLint.Formatting;

/// <summary>
/// The MSBuild/Roslyn canonical form IDEs and CI problem matchers parse, one finding per line, then a summary:
/// <c>seeds/a.txt(3,1,3,90): error CL4001: Headline repeated as the first body line [duplicate-headline] (safe fix)</c>,
/// the last part saying whether <c>fix</c> repairs it by default (safe) or only with <c>--unsafe</c>.
/// A finding in a JSON Lines record reads <c>corpus.jsonl(12): error CL3003: … [name] in record 'a1' at text(3,1,3,18)</c>.
/// </summary>
public sealed class TextFormatter : StreamingDiagnosticFormatter
{
    /// <inheritdoc />
    public override string Name => "text";

    /// <inheritdoc />
    public override DiagnosticWriter CreateWriter(TextWriter writer, ReportHeader header) => new Writer(writer, header);

    /// <summary>"9 problems (8 errors, 1 warning) in 1 of 12 files", or "No problems in 12 files".</summary>
    public static string Summary(LintReport report) => Summary(ReportSummary.Of(report));

    /// <summary>"9 problems (8 errors, 1 warning) in 1 of 12 files", or "No problems in 12 files".</summary>
    public static string Summary(ReportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var files = Plural(summary.Files, "file");
        if (summary.Problems == 0)
        {
            return $"No problems in {files}.";
        }

        var parts = new[] { (summary.Errors, "error"), (summary.Warnings, "warning"), (summary.Infos, "info") }
            .Where(s => s.Item1 > 0)
            .Select(s => s.Item2 == "info" ? $"{s.Item1} info" : Plural(s.Item1, s.Item2));
        return $"{Plural(summary.Problems, "problem")} ({string.Join(", ", parts)}) in {summary.FilesWithProblems.ToString(CultureInfo.InvariantCulture)} of {files}.";
    }

    private static string Plural(int count, string word) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? word : word + "s");

    private sealed class Writer(TextWriter output, ReportHeader header) : DiagnosticWriter(output, header)
    {
        // Paths, matched text and rule strings come from files: escaped, so that no finding can forge a line of output.
        protected override void OnDiagnostic(Finding diagnostic) => Output.WriteLine(TextEscaping.Escape(diagnostic.ToString()) + ReportLocations.FixNote(diagnostic));

        protected override void OnComplete(ReportSummary summary) => Output.WriteLine(Summary(summary));
    }
}
