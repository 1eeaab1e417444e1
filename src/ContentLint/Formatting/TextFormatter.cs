using ContentLint.Diagnostics;

namespace ContentLint.Formatting;

/// <summary>
/// The MSBuild/Roslyn canonical form IDEs and CI problem matchers parse, one finding per line, then a summary:
/// <c>seeds/a.txt(3,1,3,90): error CL4001: Headline repeated as the first body line [duplicate-headline]</c>.
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
        protected override void OnDiagnostic(Finding diagnostic) => Output.WriteLine(diagnostic.ToString());

        protected override void OnComplete(ReportSummary summary) => Output.WriteLine(summary.ToString());
    }
}
