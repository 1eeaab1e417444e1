using System.Globalization;
using ContentLint.Diagnostics;

namespace ContentLint.Formatting;

/// <summary>
/// JUnit XML, which CI servers (GitLab, Jenkins, Azure Pipelines) turn into test reports: one test case per file,
/// failed when the file has findings, with one line per finding in the failure's text.
/// </summary>
internal sealed class JUnitFormatter : DiagnosticFormatter
{
    /// <inheritdoc />
    public override string Name => "junit";

    /// <inheritdoc />
    public override DiagnosticWriter CreateWriter(TextWriter writer, ReportHeader header) => new Writer(writer, header);

    private sealed class Writer : XmlReportWriter
    {
        private bool failureOpen;

        public Writer(TextWriter output, ReportHeader header)
            : base(output, header)
        {
            var xml = Xml;
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", ToolInfo.Name);
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", "contentlint");
            if (header.FileCount is { } count)
            {
                xml.WriteAttributeString("tests", count.ToString(CultureInfo.InvariantCulture));
            }
        }

        protected override void OnBeginFile(string path)
        {
            var xml = Xml;
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", "contentlint");
            xml.WriteAttributeString("name", XmlOutput.Clean(path));
            xml.WriteAttributeString("file", XmlOutput.Clean(path));
            failureOpen = false;
        }

        protected override void OnDiagnostic(Finding diagnostic)
        {
            var xml = Xml;
            if (!failureOpen)
            {
                // Opened at the first finding: the failure is written as the findings stream by.
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("message", "ContentLint found problems in this file");
                xml.WriteAttributeString("type", "contentlint");
                xml.WriteString("\n");
                failureOpen = true;
            }

            var where = (diagnostic.Record, diagnostic.IsWholeDocument) switch
            {
                ({ } record, _) => $"line {record.Line.ToString(CultureInfo.InvariantCulture)}",
                (null, true) => "whole file",
                _ => $"line {diagnostic.Location.Start.Line.ToString(CultureInfo.InvariantCulture)}, column {diagnostic.Location.Start.Column.ToString(CultureInfo.InvariantCulture)}",
            };
            xml.WriteString(XmlOutput.Clean($"{where}: {diagnostic.Severity.ToName()} {diagnostic.Id}: {ReportLocations.MessageWithRecord(diagnostic)} [{diagnostic.Descriptor.Name}]{ReportLocations.FixNote(diagnostic)}\n"));
        }

        protected override void OnEndFile(string path, bool hadProblems) => EndElements(failureOpen ? 2 : 1);

        protected override void OnComplete(ReportSummary summary) => Finish(openElements: 2);
    }
}
