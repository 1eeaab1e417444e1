using System.Collections.Immutable;
using ContentLint.Diagnostics;

namespace ContentLint.Formatting;

/// <summary>What a report states before its first finding: the rules of the run and where paths start from.</summary>
/// <param name="Rules">The descriptors of every rule that may report, sorted by id.</param>
public sealed record ReportHeader(ImmutableArray<RuleDescriptor> Rules)
{
    /// <summary>The absolute folder relative paths start from (SARIF's <c>%SRCROOT%</c>); null when unknown.</summary>
    public string? SourceRoot { get; init; }

    /// <summary>The number of files the run lints, when known in advance.</summary>
    public int? FileCount { get; init; }

    /// <summary>The header of a finished report: its rules plus the engine rules that reported something.</summary>
    public static ReportHeader For(LintReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rules = report.Rules
            .Concat(report.Diagnostics.Where(d => d.Severity != Severity.Hidden).Select(d => d.Descriptor))
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.Id, StringComparer.Ordinal);
        return new ReportHeader([.. rules]) { SourceRoot = report.SourceRoot, FileCount = report.Files.Length };
    }

    /// <summary>The header of a streamed run: the rules that run plus every engine rule, since any may report.</summary>
    public static ReportHeader For(IEnumerable<RuleDescriptor> rules, string? sourceRoot = null, int? fileCount = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var all = rules.Concat(EngineDiagnostics.All).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal);
        return new ReportHeader([.. all]) { SourceRoot = sourceRoot, FileCount = fileCount };
    }
}

/// <summary>The counts a report ends with. Hidden findings are not counted.</summary>
/// <param name="Files">The files linted.</param>
/// <param name="FilesWithProblems">The files with at least one shown finding.</param>
/// <param name="Errors">The findings of severity error.</param>
/// <param name="Warnings">The findings of severity warning.</param>
/// <param name="Infos">The findings of severity info.</param>
public sealed record ReportSummary(int Files, int FilesWithProblems, int Errors, int Warnings, int Infos)
{
    /// <summary>Every shown finding.</summary>
    public int Problems => Errors + Warnings + Infos;

    /// <summary>The summary of a finished report.</summary>
    public static ReportSummary Of(LintReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var shown = report.Diagnostics.Where(d => d.Severity != Severity.Hidden).ToList();
        return new ReportSummary(
            report.Files.Length,
            shown.Select(d => d.Path).Distinct().Count(),
            shown.Count(d => d.Severity == Severity.Error),
            shown.Count(d => d.Severity == Severity.Warning),
            shown.Count(d => d.Severity == Severity.Info));
    }
}

/// <summary>
/// Writes one report as the run goes: <see cref="BeginFile"/>, its findings in order with <see cref="Write"/>,
/// <see cref="EndFile"/>, and at last <see cref="Complete"/>. Nothing of a finished file is kept, so a JSON Lines
/// corpus of any size streams through. Hidden findings are dropped here, for every format.
/// </summary>
public abstract class DiagnosticWriter
{
    private string? currentFile;
    private int files, filesWithProblems, errors, warnings, infos;
    private bool currentHasProblems;

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

    /// <summary>Ends the current file.</summary>
    public void EndFile()
    {
        var path = currentFile ?? throw new InvalidOperationException("EndFile without BeginFile.");
        currentFile = null;
        OnEndFile(path, currentHasProblems);
        Output.Flush();
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
            foreach (var diagnostic in file.Diagnostics)
            {
                Write(diagnostic);
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

    /// <summary>The current file ends; <paramref name="hadProblems"/> tells whether it had shown findings.</summary>
    protected virtual void OnEndFile(string path, bool hadProblems)
    {
    }

    /// <summary>The report ends.</summary>
    protected virtual void OnComplete(ReportSummary summary)
    {
    }
}

/// <summary>A format that writes as the run goes (<see cref="DiagnosticWriter"/>); every built-in format is one.</summary>
public abstract class StreamingDiagnosticFormatter : IDiagnosticFormatter
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <summary>Starts a report in this format.</summary>
    public abstract DiagnosticWriter CreateWriter(TextWriter writer, ReportHeader header);

    /// <inheritdoc />
    public void Format(LintReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        CreateWriter(writer, ReportHeader.For(report)).WriteReport(report);
    }
}
