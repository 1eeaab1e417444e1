namespace ContentLint.Diagnostics;

/// <summary>Findings the engine itself reports about a run (the <c>CL00xx</c> range).</summary>
public static class EngineDiagnostics
{
    /// <summary>A file named or found for linting cannot be read; the run goes on with the other files.</summary>
    public static DiagnosticDescriptor FileUnreadable { get; } = new(
        "CL0001", "file-unreadable", "File cannot be read", "Cannot read the file: {reason}", "engine", Severity.Error)
    {
        Description = "The file was found but could not be opened or read. The other files are still linted.",
    };

    /// <summary>A rule threw while analyzing a document; its other findings in that document are lost, other rules still run.</summary>
    public static DiagnosticDescriptor RuleFailed { get; } = new(
        "CL0002", "rule-failed", "Rule failed", "Rule {rule} failed on this document: {reason}", "engine", Severity.Error)
    {
        Description = "A rule stopped with an error. Its findings for this document are missing; the other rules ran.",
    };

    /// <summary>A rule's regular expression ran past its time limit and the rule was stopped for this document.</summary>
    public static DiagnosticDescriptor RuleTimedOut { get; } = new(
        "CL0003", "rule-timeout", "Rule timed out", "Rule {rule} was stopped: a regular expression ran longer than {timeout}", "engine", Severity.Warning)
    {
        Description = "A regular expression took too long on this document (catastrophic backtracking). The rule was stopped for this document; the other rules ran.",
    };

    /// <summary>An inline suppression comment, or one rule it names, that suppressed nothing.</summary>
    public static DiagnosticDescriptor UnusedSuppression { get; } = new(
        "CL0004", "unused-suppression", "Suppression suppresses nothing", "This suppression comment suppresses nothing", "engine", Severity.Info)
    {
        Description = "A contentlint-disable comment that no finding needed, or a rule it names that reported nothing there. Stale suppressions hide future findings; remove them.",
    };

    /// <summary>A line of a JSON Lines file is not a record ContentLint can lint; the other records are still linted.</summary>
    public static DiagnosticDescriptor RecordMalformed { get; } = new(
        "CL0005", "record-malformed", "Malformed JSON Lines record", "Record cannot be linted: {reason}", "engine", Severity.Error)
    {
        Description = "A line of a JSON Lines file is not a JSON object with a string text field. The other records are still linted.",
    };

    /// <summary>A baseline entry matched fewer findings than it records: the junk was removed, so the baseline can shrink.</summary>
    public static DiagnosticDescriptor BaselineEntryUnmatched { get; } = new(
        "CL0006", "baseline-entry-unmatched", "Baseline entry no longer matches", "{count} baselined {rule} finding(s) no longer found in this file; run 'contentlint baseline' to update the baseline", "engine", Severity.Info)
    {
        Description = "The baseline records findings that the file no longer has. Regenerate the baseline so that the junk cannot come back unnoticed.",
    };

    /// <summary>Every engine descriptor.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [FileUnreadable, RuleFailed, RuleTimedOut, UnusedSuppression, RecordMalformed, BaselineEntryUnmatched];
}
