using System.Diagnostics;
using System.Globalization;
using ContentLint.Diagnostics;

namespace ContentLint.Formatting;

/// <summary>
/// JUnit XML, which CI servers (GitLab, Jenkins, Azure Pipelines) turn into test reports: one test case per file, judged
/// as the run is — failed when the file has a finding at or above <see cref="ReportHeader.FailLevel"/>, an error when
/// it could not be read, skipped when it was not linted (binary, too large, left out by an ignore file), passed
/// otherwise, with its findings below the fail level as the case's output. The suite carries the standard
/// <c>tests</c>, <c>failures</c>, <c>errors</c>, <c>skipped</c>, <c>time</c> and <c>timestamp</c>; since they come before
/// the cases, the cases wait in a <see cref="SpillBuffer"/> (memory, then a temporary file): a JSON Lines corpus's
/// report would otherwise be held whole, and <see cref="DiagnosticWriter"/> promises memory that does not grow with it.
/// </summary>
internal sealed class JUnitFormatter : DiagnosticFormatter
{
    /// <inheritdoc />
    public override string Name => "junit";

    /// <inheritdoc />
    public override DiagnosticWriter CreateWriter(TextWriter writer, ReportHeader header) => new Writer(writer, header);

    private static readonly HashSet<string> NotLinted = new(StringComparer.Ordinal)
    {
        EngineDiagnostics.BinaryFile.Id, EngineDiagnostics.FileTooLarge.Id, EngineDiagnostics.IgnoredFile.Id,
    };

    private sealed class Writer(TextWriter output, ReportHeader header) : DiagnosticWriter(output, header)
    {
        private readonly SpillBuffer cases = new();
        private readonly SpillBuffer findings = new();
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private readonly DateTime started = DateTime.UtcNow;
        private int tests, failures, errors, skipped;
        private int failing;
        private string? unreadable;
        private string? skipReason;

        protected override void OnBeginFile(string path)
        {
            failing = 0;
            unreadable = skipReason = null;
        }

        protected override void OnDiagnostic(Finding diagnostic)
        {
            if (diagnostic.Severity >= Header.FailLevel)
            {
                failing++;
            }

            if (diagnostic.Id == EngineDiagnostics.FileUnreadable.Id)
            {
                unreadable ??= diagnostic.Message;
            }
            else if (NotLinted.Contains(diagnostic.Id))
            {
                skipReason ??= diagnostic.Message;
            }

            var where = (diagnostic.Record, diagnostic.IsWholeDocument) switch
            {
                ({ } record, _) => $"line {record.Line.ToString(CultureInfo.InvariantCulture)}",
                (null, true) => "whole file",
                _ => $"line {diagnostic.Location.Start.Line.ToString(CultureInfo.InvariantCulture)}, column {diagnostic.Location.Start.Column.ToString(CultureInfo.InvariantCulture)}",
            };
            findings.Write(Text($"{where}: {diagnostic.Severity.ToName()} {diagnostic.Id}: {ReportLocations.MessageWithRecord(diagnostic)} [{diagnostic.Descriptor.Name}]{ReportLocations.FixNote(diagnostic)}\n"));
        }

        protected override void OnEndFile(string path, bool hadProblems)
        {
            tests++;
            cases.Write($"    <testcase classname=\"contentlint\" name=\"{Attribute(path)}\" file=\"{Attribute(path)}\">\n");
            if (unreadable is not null)
            {
                errors++;
                WithFindings("error", unreadable);
            }
            else if (failing > 0)
            {
                failures++;
                WithFindings("failure", $"{ReportSummary.Plural(failing, "finding")} at or above {Header.FailLevel.ToName()} in this file");
            }
            else
            {
                if (skipReason is not null)
                {
                    skipped++;
                    cases.Write($"      <skipped message=\"{Attribute(skipReason)}\" />\n");
                }

                // A passed or skipped file's findings (all below the fail level) are the case's output.
                if (hadProblems)
                {
                    cases.Write("      <system-out>\n");
                    findings.MoveTo(cases);
                    cases.Write("</system-out>\n");
                }
            }

            cases.Write("    </testcase>\n");
        }

        protected override void OnComplete(ReportSummary summary)
        {
            var time = clock.Elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
            var counts = $"tests=\"{tests.ToString(CultureInfo.InvariantCulture)}\" failures=\"{failures.ToString(CultureInfo.InvariantCulture)}\" errors=\"{errors.ToString(CultureInfo.InvariantCulture)}\" skipped=\"{skipped.ToString(CultureInfo.InvariantCulture)}\" time=\"{time}\"";
            Output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            Output.Write($"<testsuites name=\"{ToolInfo.Name}\" {counts}>\n");
            Output.Write($"  <testsuite name=\"contentlint\" {counts} timestamp=\"{started.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)}\">\n");
            cases.MoveTo(Output);
            Output.Write("  </testsuite>\n</testsuites>\n");
            cases.Dispose();
            findings.Dispose();
        }

        private void WithFindings(string element, string message)
        {
            cases.Write($"      <{element} message=\"{Attribute(message)}\" type=\"contentlint\">\n");
            findings.MoveTo(cases);
            cases.Write($"</{element}>\n");
        }
    }

    /// <summary>Text content: markup characters escaped, characters XML cannot hold replaced.</summary>
    private static string Text(string text) =>
        XmlOutput.Clean(text).Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>An attribute value: as text, plus quotes and the white space an attribute would otherwise lose.</summary>
    private static string Attribute(string value) =>
        Text(value).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("\n", "&#10;", StringComparison.Ordinal).Replace("\r", "&#13;", StringComparison.Ordinal).Replace("\t", "&#9;", StringComparison.Ordinal);
}
