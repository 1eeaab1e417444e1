using System.Globalization;
using System.Xml;
using System.Xml.Linq;
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

    /// <inheritdoc />
    public override bool CanMerge => true;

    /// <inheritdoc />
    /// <remarks>The shards of one corpus file each have a test case for it: one test case whose failure lists every record's findings.</remarks>
    protected override void MergeShards(IReadOnlyList<TextReader> shards, TextWriter output)
    {
        var suites = shards.Select(Suite).ToList();
        var cases = suites
            .SelectMany(s => s.Elements("testcase"))
            .GroupBy(c => (string?)c.Attribute("file") ?? "")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(file =>
            {
                var merged = new XElement(file.First());
                merged.Elements("failure").Remove();
                var failures = ShardReports.InRunOrder(file.Elements("failure"), _ => file.Key, FirstRecordLine).ToList();
                if (failures.Count > 0)
                {
                    merged.Add(new XElement(failures[0].Name, failures[0].Attributes(), "\n" + string.Concat(failures.Select(f => f.Value.TrimStart('\n')))));
                }

                return merged;
            })
            .ToList();
        var suite = new XElement(suites[0]);
        suite.Elements("testcase").Remove();
        suite.Add(cases);
        if (suite.Attribute("tests") is { } tests)
        {
            tests.Value = cases.Count.ToString(CultureInfo.InvariantCulture);
        }

        using (var xml = XmlOutput.Open(output))
        {
            new XElement(suites[0].Parent!.Name, suites[0].Parent!.Attributes(), suite).WriteTo(xml);
        }

        output.WriteLine();
    }

    /// <summary>The one test suite of a shard's report.</summary>
    private static XElement Suite(TextReader shard)
    {
        try
        {
            return XDocument.Load(shard).Root?.Element("testsuite") ?? throw new InvalidDataException("not a junit report: it has no testsuite");
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"not a junit report: {e.Message}", e);
        }
    }

    /// <summary>The record line a failure's text starts with (<c>line N: …</c>); 0 when it names none.</summary>
    private static long FirstRecordLine(XElement failure)
    {
        var text = failure.Value.AsSpan().TrimStart('\n');
        var digits = text.StartsWith("line ") ? text[5..] : [];
        var end = digits.IndexOfAnyExceptInRange('0', '9');
        return long.TryParse(end < 0 ? digits : digits[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var line) ? line : 0;
    }

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

            var where = diagnostic.Record is { } record
                ? $"line {record.Line.ToString(CultureInfo.InvariantCulture)}"
                : $"line {diagnostic.Location.Start.Line.ToString(CultureInfo.InvariantCulture)}, column {diagnostic.Location.Start.Column.ToString(CultureInfo.InvariantCulture)}";
            xml.WriteString(XmlOutput.Clean($"{where}: {diagnostic.Severity.ToName()} {diagnostic.Id}: {ReportLocations.MessageWithRecord(diagnostic)} [{diagnostic.Descriptor.Name}]\n"));
        }

        protected override void OnEndFile(string path, bool hadProblems) => EndElements(failureOpen ? 2 : 1);

        protected override void OnComplete(ReportSummary summary) => Finish(openElements: 2);
    }
}
