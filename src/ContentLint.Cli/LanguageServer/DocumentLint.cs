using System.Collections.Immutable;
using ContentLint.Cli.LanguageServer.Protocol;
using ContentLint.Configuration;
using ContentLint.Diagnostics;

namespace ContentLint.Cli.LanguageServer;

/// <summary>A finding of an open document, with where the editor shows it and the diagnostic it is sent as.</summary>
internal sealed record ShownFinding(Finding Finding, LspRange Range, LspDiagnostic Diagnostic);

/// <summary>
/// The lint of one version of an open document: its findings as the editor shows them, or, when its configuration
/// is invalid, one diagnostic that says so. What diagnostics, hovers and code actions answer from.
/// </summary>
internal sealed class DocumentLint
{
    private DocumentLint(DocumentSnapshot snapshot, int generation, ImmutableArray<ShownFinding> findings, LspDiagnostic? notLinted)
    {
        Snapshot = snapshot;
        Generation = generation;
        Findings = findings;
        Diagnostics = notLinted is null ? [.. findings.Select(f => f.Diagnostic)] : [notLinted];
    }

    /// <summary>The text that was linted.</summary>
    public DocumentSnapshot Snapshot { get; }

    /// <summary>The configuration it was linted with: <see cref="LintSessions.Generation"/> then.</summary>
    public int Generation { get; }

    /// <summary>The findings, in the linter's order; empty when the document could not be linted.</summary>
    public ImmutableArray<ShownFinding> Findings { get; }

    /// <summary>What the editor shows: the findings' diagnostics, or the one that says why there are none.</summary>
    public IReadOnlyList<LspDiagnostic> Diagnostics { get; }

    /// <summary>
    /// True for a JSON Lines document, whose records are neither fixed nor suppressed in place: its findings are in
    /// records, or its extension is one the library reads as JSON Lines (a file may have no record finding).
    /// </summary>
    public bool IsJsonLines =>
        Findings.Any(f => f.Finding.Record is not null)
        || Path.GetExtension(Snapshot.Path) is var extension && (extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase));

    /// <summary>The lint of <paramref name="snapshot"/> that found <paramref name="findings"/>.</summary>
    public static DocumentLint Of(DocumentSnapshot snapshot, int generation, IEnumerable<Finding> findings)
    {
        var records = new Dictionary<int, RecordTextPositions?>();
        return new DocumentLint(snapshot, generation, [.. findings.Select(finding =>
        {
            var range = RangeOf(snapshot, finding, records);
            return new ShownFinding(finding, range, ToDiagnostic(finding, range));
        })], null);
    }

    /// <summary>
    /// The lint of a document whose configuration (or baseline) is invalid: one error at its start that names the
    /// problems, each linked to where it is. The problems themselves are shown on the files that hold them.
    /// </summary>
    public static DocumentLint NotLinted(DocumentSnapshot snapshot, int generation, IReadOnlyList<ConfigurationError> errors, Func<string, string> displayPath)
    {
        var first = errors[0];
        var more = errors.Count > 1 ? $" (and {errors.Count - 1} more)" : "";
        var diagnostic = new LspDiagnostic
        {
            Range = default,
            Severity = LspDiagnostic.Error,
            Code = first.Id,
            Message = $"ContentLint did not lint this file: {displayPath(first.Location.Path)}:{first.Location.Line}:{first.Location.Column}: {first.Message}{more}",
            RelatedInformation = [.. errors.Select(e => new DiagnosticRelatedInformation(new Location(FileUris.FromPath(e.Location.Path), ConfigurationDiagnostics.RangeOf(e)), $"{e.Id}: {e.Message}"))],
        };
        return new DocumentLint(snapshot, generation, [], diagnostic);
    }

    private static LspRange RangeOf(DocumentSnapshot snapshot, Finding finding, Dictionary<int, RecordTextPositions?> records)
    {
        var lines = snapshot.Lines;
        if (finding.Record is not { } record)
        {
            return lines.RangeOf(finding.Span.Start, finding.Span.End);
        }

        var line = record.Line - 1;
        var lineStart = lines.StartOf(line);
        var lineEnd = lines.EndOf(line);
        if (!records.TryGetValue(line, out var field))
        {
            records[line] = field = record.Field is { } path ? RecordTextPositions.Find(snapshot.Text[lineStart..lineEnd], path) : null;
        }

        return field is null
            ? lines.RangeOf(lineStart, lineEnd)
            : lines.RangeOf(lineStart + field.LineOffsetOf(finding.Span.Start), lineStart + field.LineOffsetOf(finding.Span.End));
    }

    private static LspDiagnostic ToDiagnostic(Finding finding, LspRange range) => new()
    {
        Range = range,
        Severity = finding.Severity switch
        {
            Severity.Error => LspDiagnostic.Error,
            Severity.Warning => LspDiagnostic.Warning,
            Severity.Info => LspDiagnostic.Information,
            _ => LspDiagnostic.Hint,
        },
        Code = finding.Id,
        CodeDescription = finding.Descriptor.HelpLink is { } help ? new CodeDescription(help.AbsoluteUri) : null,
        Message = finding.Message,
    };
}
