using System.Diagnostics;
using ContentLint.Diagnostics;
using ContentLint.Documents;

namespace ContentLint.Formatting;

/// <summary>
/// Writes one report as the run goes: <see cref="BeginFile"/>, its findings in order with <see cref="Write"/> (each
/// document's closed by <see cref="EndDocument"/>), <see cref="EndFile"/>, and at last <see cref="Complete"/>. Nothing of a finished file is kept, so a JSON Lines
/// corpus of any size streams through. Hidden findings are dropped here, for every format.
/// </summary>
public abstract class DiagnosticWriter
{
    /// <summary>The longest a finished file's findings wait in the output before they are passed on.</summary>
    private static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(100);

    private string? currentFile;
    private int files, filesWithProblems, errors, warnings, infos;
    private bool currentHasProblems;

    /// <summary>When the output was last passed on (<see cref="Stopwatch.GetTimestamp"/>).</summary>
    private long lastFlush = Stopwatch.GetTimestamp();

    /// <summary>Creates a writer of <paramref name="output"/> for a run described by <paramref name="header"/>.</summary>
    protected DiagnosticWriter(TextWriter output, ReportHeader header)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(header);
        Output = output;
        Header = header;
    }

    /// <summary>Where the report goes.</summary>
    protected TextWriter Output { get; }

    /// <summary>What the report states before its first finding.</summary>
    protected ReportHeader Header { get; }

    /// <summary>The counts so far.</summary>
    public ReportSummary Summary => new(files, filesWithProblems, errors, warnings, infos);

    /// <summary>Starts the findings of the file shown as <paramref name="path"/>.</summary>
    public void BeginFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (currentFile is not null)
        {
            throw new InvalidOperationException($"The file '{currentFile}' has not ended.");
        }

        currentFile = path;
        currentHasProblems = false;
        files++;
        OnBeginFile(path);
    }

    /// <summary>Writes a finding of the current file; findings come in report order. Hidden ones are skipped.</summary>
    public void Write(Finding diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (currentFile is null)
        {
            throw new InvalidOperationException("Write is called between BeginFile and EndFile.");
        }

        if (diagnostic.Severity == Severity.Hidden)
        {
            return;
        }

        switch (diagnostic.Severity)
        {
            case Severity.Error: errors++; break;
            case Severity.Warning: warnings++; break;
            default: infos++; break;
        }

        if (!currentHasProblems)
        {
            currentHasProblems = true;
            filesWithProblems++;
        }

        OnDiagnostic(diagnostic);
    }

    /// <summary>
    /// True for a report that reads the documents <see cref="EndDocument"/> gives (the text around a finding, a
    /// document's language); false when it writes the findings alone, so a run whose findings are cached need not read them.
    /// </summary>
    internal virtual bool ReadsDocuments => false;

    /// <summary>
    /// Ends the findings of one document of the current file: the file itself, or one record of a JSON Lines or
    /// Parquet corpus. Formats that write a line per document (<c>jsonl</c>) write it here; the others ignore it.
    /// </summary>
    /// <param name="document">The document, when it could be read; its text places the findings.</param>
    /// <param name="record">Where the record is in its file; null for a file that is one document.</param>
    public void EndDocument(Document? document, RecordLocation? record)
    {
        if (currentFile is null)
        {
            throw new InvalidOperationException("EndDocument is called between BeginFile and EndFile.");
        }

        OnEndDocument(document, record);
    }

    /// <summary>Ends the current file.</summary>
    public void EndFile()
    {
        var path = currentFile ?? throw new InvalidOperationException("EndFile without BeginFile.");
        currentFile = null;
        OnEndFile(path, currentHasProblems);
        // Passed on as it goes, for someone watching, but not after every file: a flush of a report file is a write
        // to the system, and 20,000 small ones cost more than writing the report.
        if (Stopwatch.GetElapsedTime(lastFlush) >= FlushInterval)
        {
            Output.Flush();
            lastFlush = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>Ends the report.</summary>
    public void Complete()
    {
        if (currentFile is not null)
        {
            EndFile();
        }

        OnComplete(Summary);
        Output.Flush();
    }

    /// <summary>Writes every file of a finished report, then completes it.</summary>
    public void WriteReport(LintReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var file in report.Files)
        {
            BeginFile(file.Path);
            // A finished report keeps no documents: each record's findings (or the file's) close one.
            foreach (var document in file.Diagnostics.GroupBy(d => d.Record?.Line))
            {
                foreach (var diagnostic in document)
                {
                    Write(diagnostic);
                }

                EndDocument(null, document.First().Record);
            }

            if (file.Diagnostics.IsEmpty)
            {
                EndDocument(null, null);
            }

            EndFile();
        }

        Complete();
    }

    /// <summary>A file starts.</summary>
    protected virtual void OnBeginFile(string path)
    {
    }

    /// <summary>A shown finding of the current file.</summary>
    protected abstract void OnDiagnostic(Finding diagnostic);

    /// <summary>A document of the current file ends: the findings written since the last one are its own.</summary>
    protected virtual void OnEndDocument(Document? document, RecordLocation? record)
    {
    }

    /// <summary>The current file ends; <paramref name="hadProblems"/> tells whether it had shown findings.</summary>
    protected virtual void OnEndFile(string path, bool hadProblems)
    {
    }

    /// <summary>The report ends.</summary>
    protected virtual void OnComplete(ReportSummary summary)
    {
    }
}
