using System.Globalization;
using ContentLint.Diagnostics;

namespace ContentLint.Formatting;

/// <summary>
/// Checkstyle XML, read by Jenkins Warnings NG, reviewdog, SonarQube and many other tools: a <c>file</c> element per
/// file with an <c>error</c> element per finding.
/// </summary>
internal sealed class CheckstyleFormatter : DiagnosticFormatter
{
    /// <inheritdoc />
    public override string Name => "checkstyle";

    /// <inheritdoc />
    public override DiagnosticWriter CreateWriter(TextWriter writer, ReportHeader header) => new Writer(writer, header);

    private sealed class Writer : XmlReportWriter
    {
        public Writer(TextWriter output, ReportHeader header)
            : base(output, header)
        {
            Xml.WriteStartElement("checkstyle");
            Xml.WriteAttributeString("version", "4.3");
        }

        protected override void OnBeginFile(string path)
        {
            Xml.WriteStartElement("file");
            Xml.WriteAttributeString("name", XmlOutput.Clean(path));
        }

        protected override void OnDiagnostic(Finding diagnostic)
        {
            var xml = Xml;
            xml.WriteStartElement("error");
            // Checkstyle's line is required; a finding about the whole file is on its first line, without a column.
            xml.WriteAttributeString("line", ReportLocations.StartLine(diagnostic).ToString(CultureInfo.InvariantCulture));
            if (diagnostic.Record is null && !diagnostic.IsWholeDocument)
            {
                xml.WriteAttributeString("column", diagnostic.Location.Start.Column.ToString(CultureInfo.InvariantCulture));
            }

            xml.WriteAttributeString("severity", diagnostic.Severity.ToName());
            xml.WriteAttributeString("message", XmlOutput.Clean(ReportLocations.MessageWithRecordAndFix(diagnostic)));
            xml.WriteAttributeString("source", $"ContentLint.{diagnostic.Id}.{diagnostic.Descriptor.Name}");
            xml.WriteEndElement();
        }

        protected override void OnEndFile(string path, bool hadProblems) => EndElements(1);

        protected override void OnComplete(ReportSummary summary) => Finish(openElements: 1);
    }
}
