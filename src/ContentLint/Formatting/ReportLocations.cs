using ContentLint.Diagnostics;

namespace ContentLint.Formatting;

/// <summary>
/// Where a finding is in its file, as line-based formats need it. For a JSON Lines record the file line is the
/// record's line, the column is unknown, and the position inside the record's text goes into the message.
/// </summary>
internal static class ReportLocations
{
    /// <summary>The 1-based first line in the file.</summary>
    public static int StartLine(Finding diagnostic) => diagnostic.Record?.Line ?? diagnostic.Location.Start.Line;

    /// <summary>The 1-based last line in the file.</summary>
    public static int EndLine(Finding diagnostic) => diagnostic.Record?.Line ?? diagnostic.Location.End.Line;

    /// <summary>What a line-based report says after a finding's message about its fix: which kind it is, or nothing.</summary>
    public static string FixNote(Finding diagnostic) =>
        diagnostic.Fix is { Edits.Count: > 0 } fix ? $" ({fix.Applicability.ToName()} fix)" : "";

    /// <summary>The message, followed for a record by where in the record the finding is, and by which kind of fix it has.</summary>
    public static string MessageWithRecordAndFix(Finding diagnostic) => MessageWithRecord(diagnostic) + FixNote(diagnostic);

    /// <summary>The message, followed for a record by where in the record the finding is.</summary>
    public static string MessageWithRecord(Finding diagnostic) =>
        diagnostic.Record is { } record && diagnostic.DescribeRecord(record) is { Length: > 0 } where ? $"{diagnostic.Message} (in {where})" : diagnostic.Message;

    /// <summary>
    /// False for a finding about a whole document that is a file: it has no lines to point at. (A record's findings
    /// always have one: the record's line.)
    /// </summary>
    public static bool HasLines(Finding diagnostic) => diagnostic.Record is not null || !diagnostic.IsWholeDocument;
}
