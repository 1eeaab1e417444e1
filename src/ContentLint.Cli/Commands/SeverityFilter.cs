using System.CommandLine;
using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Formatting;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>--quiet</c> (ESLint's: errors only) and <c>--min-severity</c> (Vale's <c>--minAlertLevel</c>): findings below
/// the minimum are neither shown nor counted, in every report, so they cannot fail the run either.
/// </summary>
internal sealed class SeverityFilter
{
    private readonly Option<bool> quiet = new("--quiet", "-q")
    {
        Description = "show errors only: the same as --min-severity error",
    };

    private readonly Option<string> minimum = ValueOptions.Choice(
        "--min-severity",
        ValueOptions.SeverityLevels,
        "the lowest severity to show (default: info); findings below it are neither shown nor counted");

    public void AddTo(Command command)
    {
        command.Options.Add(quiet);
        command.Options.Add(minimum);
    }

    /// <summary>The lowest severity shown; null (after saying why) when the options contradict each other or the fail level.</summary>
    public Severity? Resolve(ParseResult parsed, CommandOutput console, Severity failLevel, bool countsWarnings)
    {
        var named = parsed.GetValue(minimum);
        if (parsed.GetValue(quiet) && named is not null and not "error")
        {
            console.Error.WriteLine($"contentlint: --quiet shows errors only, and --min-severity {named} asks for more; give one of them.");
            return null;
        }

        var lowest = parsed.GetValue(quiet) ? Severity.Error : ValueOptions.ParseSeverity(named ?? "info");
        if (failLevel < lowest || (countsWarnings && lowest > Severity.Warning))
        {
            // A gate on findings nobody sees would fail the run without saying why.
            var gate = countsWarnings && lowest > Severity.Warning ? "--max-warnings counts warnings" : $"--fail-level {failLevel.ToName()} counts {failLevel.ToName()} findings";
            console.Error.WriteLine($"contentlint: {gate}, which {(parsed.GetValue(quiet) ? "--quiet" : "--min-severity " + named)} hides; show them or gate on what is shown.");
            return null;
        }

        return lowest;
    }

    /// <summary>A report that gets only the findings at or above <paramref name="lowest"/>; the run's counts are those of <paramref name="inner"/>.</summary>
    public static DiagnosticWriter Wrap(DiagnosticWriter inner, ReportHeader header, Severity lowest) =>
        lowest <= Severity.Info ? inner : new FilteringWriter(inner, header, lowest);

    private sealed class FilteringWriter(DiagnosticWriter inner, ReportHeader header, Severity lowest) : DiagnosticWriter(TextWriter.Null, header)
    {
        internal override bool ReadsDocuments => inner.ReadsDocuments;

        protected override void OnBeginFile(string path) => inner.BeginFile(path);

        protected override void OnDiagnostic(Finding diagnostic)
        {
            if (diagnostic.Severity >= lowest)
            {
                inner.Write(diagnostic);
            }
        }

        // The per-document formats (jsonl, html) write a document's line or section when it ends.
        protected override void OnEndDocument(Document? document, RecordLocation? record) => inner.EndDocument(document, record);

        protected override void OnEndFile(string path, bool hadProblems) => inner.EndFile();

        protected override void OnComplete(ReportSummary summary) => inner.Complete();
    }
}
