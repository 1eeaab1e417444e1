using System.Text.Json;
using System.Xml;

namespace ContentLint.Formatting;

/// <summary>A report writer whose output is one JSON document, passed on file by file so it never sits in memory.</summary>
internal abstract class JsonReportWriter : DiagnosticWriter
{
    protected JsonReportWriter(TextWriter output, ReportHeader header)
        : base(output, header)
    {
        Json = JsonOutput.Open(output);
    }

    protected Utf8JsonWriter Json { get; }

    /// <summary>Passes the text on once there is enough of it: 64 KB at a time, not a small write for every file.</summary>
    protected override void OnEndFile(string path, bool hadProblems) => JsonOutput.FlushIfFull(Json);

    /// <summary>Passes on what is left and ends the output with a line break.</summary>
    protected void Finish()
    {
        Json.Flush();
        Output.WriteLine();
    }
}

/// <summary>A report writer whose output is one XML document, passed on file by file.</summary>
internal abstract class XmlReportWriter : DiagnosticWriter
{
    protected XmlReportWriter(TextWriter output, ReportHeader header)
        : base(output, header)
    {
        Xml = XmlOutput.Open(output);
    }

    protected XmlWriter Xml { get; }

    /// <summary>Ends the file's element (and any still open inside it) and passes the file on.</summary>
    protected void EndElements(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Xml.WriteEndElement();
        }

        Xml.Flush();
    }

    /// <summary>Closes the document and ends the output with a line break.</summary>
    protected void Finish(int openElements)
    {
        EndElements(openElements);
        Xml.Dispose();
        Output.WriteLine();
    }
}
