using ContentLint.Diagnostics;

namespace ContentLint.Formatting;

/// <summary>
/// The MSBuild/Roslyn canonical form IDEs and CI problem matchers parse, one finding per line, then a summary:
/// <c>seeds/a.txt(3,1,3,90): error CL4001: Headline repeated as the first body line [duplicate-headline] (safe fix)</c>,
/// the last part saying whether <c>fix</c> repairs it by default (safe) or only with <c>--unsafe</c>.
/// A finding in a JSON Lines record reads <c>corpus.jsonl(12): error CL3003: … [name] in record 'a1' at text(3,1,3,18)</c>.
/// </summary>
internal sealed class TextFormatter : DiagnosticFormatter
{
    /// <inheritdoc />
    public override string Name => "text";

    /// <inheritdoc />
    public override DiagnosticWriter CreateWriter(TextWriter writer, ReportHeader header) => new Writer(writer, header);

    private sealed class Writer(TextWriter output, ReportHeader header) : DiagnosticWriter(output, header)
    {
        // Paths, matched text and rule strings come from files: escaped, so that no finding can forge a line of output.
        protected override void OnDiagnostic(Finding diagnostic) => Output.WriteLine(TextEscaping.Escape(diagnostic.ToString()) + ReportLocations.FixNote(diagnostic));

        protected override void OnComplete(ReportSummary summary) => Output.WriteLine(summary.ToString());
    }
}
