namespace ContentLint.Diagnostics;

/// <summary>Findings the engine itself reports about a run (the <c>CL00xx</c> range).</summary>
public static class EngineDiagnostics
{
    /// <summary>A file named or found for linting cannot be read; the run goes on with the other files.</summary>
    public static RuleDescriptor FileUnreadable { get; } = new(
        "CL0001", "file-unreadable", "File cannot be read", "Cannot read the file: {reason}", "engine", Severity.Error)
    {
        Description = "The file was found but could not be opened or read. The other files are still linted.",
    };

    /// <summary>A rule threw while analyzing a document; its other findings in that document are lost, other rules still run.</summary>
    public static RuleDescriptor RuleFailed { get; } = new(
        "CL0002", "rule-failed", "Rule failed", "Rule {rule} failed on this document: {reason}", "engine", Severity.Error)
    {
        Description = "A rule stopped with an error. Its findings for this document are missing; the other rules ran.",
    };

    /// <summary>A rule's regular expression ran past its time limit and the rule was stopped for this document.</summary>
    public static RuleDescriptor RuleTimedOut { get; } = new(
        "CL0003", "rule-timeout", "Rule timed out", "Rule {rule} was stopped: a regular expression ran longer than {timeout}", "engine", Severity.Warning)
    {
        Description = "A regular expression took too long on this document (catastrophic backtracking). The rule was stopped for this document; the other rules ran.",
    };

    /// <summary>An inline suppression comment, or one rule it names, that suppressed nothing.</summary>
    public static RuleDescriptor UnusedSuppression { get; } = new(
        "CL0004", "unused-suppression", "Suppression suppresses nothing", "This suppression comment suppresses nothing", "engine", Severity.Info)
    {
        Description = "A contentlint-disable comment that no finding needed, or a rule it names that reported nothing there. Stale suppressions hide future findings; remove them.",
    };

    /// <summary>A line of a JSON Lines file is not a record ContentLint can lint; the other records are still linted.</summary>
    public static RuleDescriptor RecordMalformed { get; } = new(
        "CL0005", "record-malformed", "Malformed JSON Lines record", "Record cannot be linted: {reason}", "engine", Severity.Error)
    {
        Description = "A line of a JSON Lines file is not a JSON object with a string text field. The other records are still linted.",
    };

    /// <summary>A baseline entry matched fewer findings than it records: the junk was removed, so the baseline can shrink.</summary>
    public static RuleDescriptor BaselineEntryUnmatched { get; } = new(
        "CL0006", "baseline-entry-unmatched", "Baseline entry no longer matches", "{count} baselined {rule} finding(s) no longer found in this file; run 'contentlint baseline' to update the baseline", "engine", Severity.Info)
    {
        Description = "The baseline records findings that the file no longer has. Regenerate the baseline so that the junk cannot come back unnoticed.",
    };

    /// <summary>A file that looks binary (a NUL byte in its first 8,000 bytes, as git judges) was skipped.</summary>
    public static RuleDescriptor BinaryFile { get; } = new(
        "CL0007", "binary-file", "Binary file skipped", "File skipped: it looks binary (a NUL byte at offset {offset})", "engine", Severity.Info)
    {
        Description = "The file has a NUL byte in its first 8,000 bytes, as images, archives and other binary files do, and text never does (UTF-16 text has a byte-order mark, which is read). It was not linted.",
    };

    /// <summary>A file is not valid UTF-8: the invalid bytes were read as U+FFFD and the rest of the file was linted.</summary>
    public static RuleDescriptor InvalidUtf8 { get; } = new(
        "CL0008", "invalid-utf8", "File is not valid UTF-8", "The file is not valid UTF-8: the byte at offset {offset} ({byte}) and any other invalid bytes are read as U+FFFD", "engine", Severity.Warning)
    {
        Description = "Some bytes of the file are not UTF-8 (a damaged download, text pasted from another encoding). They are read as U+FFFD and the rest of the file is linted; reported once per file, at the first. 'contentlint fix' leaves such a file alone. If the whole file is in a legacy encoding, set 'encoding' in .contentlint.yaml.",
    };

    /// <summary>A file (or a JSON Lines record) larger than <c>max-file-size</c> was skipped.</summary>
    public static RuleDescriptor FileTooLarge { get; } = new(
        "CL0009", "file-too-large", "File too large", "{what} skipped: {size} bytes is more than max-file-size ({limit} bytes)", "engine", Severity.Info)
    {
        Description = "The file is larger than max-file-size (10 MiB unless configured), so it is not an article but a dump or a blob; it was not linted. For JSON Lines the limit applies to each record's text. Raise max-file-size in .contentlint.yaml to lint it.",
    };

    /// <summary>A rule found more than <c>max-findings-per-rule</c> problems in one document; the rest are counted, not listed.</summary>
    public static RuleDescriptor FindingsLimited { get; } = new(
        "CL0010", "findings-limited", "Too many findings of one rule", "{count} more {rule} finding(s) in this document are not listed ({setting}: {limit})", "engine", Severity.Info)
    {
        Description = "A rule reported more findings in one document (a file, or a JSON Lines record) than max-findings-per-rule (100 unless configured), or than its own max-findings. The first ones are listed; this finding, at the first one left out, counts the rest. 'contentlint fix' still fixes them all.",
    };

    /// <summary>A path named or found for linting is a FIFO, a device or a socket: it was skipped without being opened.</summary>
    public static RuleDescriptor NotRegularFile { get; } = new(
        "CL0011", "not-a-regular-file", "Not a regular file", "Skipped: it is {kind}, not a regular file", "engine", Severity.Warning)
    {
        Description = "The path names a FIFO (named pipe), a device or a socket, not a file. Reading it could block for ever or never end, so it was not opened. The other files are still linted.",
    };

    /// <summary>A file named explicitly (on the command line, or as standard input's name) that an ignore file or <c>exclude</c> leaves out.</summary>
    public static RuleDescriptor IgnoredFile { get; } = new(
        "CL0012", "ignored-file", "Named file skipped", "File skipped: {reason}", "engine", Severity.Info)
    {
        Description = "The file was named on the command line (or as the name of standard input), but an exclude glob of its configuration, a .contentlintignore file or, inside a git work tree, .gitignore, .git/info/exclude or the global excludes file leaves it out, so it was not linted. --no-ignore lints what ignore files leave out; exclude always applies.",
    };

    /// <summary>Every engine descriptor.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [FileUnreadable, RuleFailed, RuleTimedOut, UnusedSuppression, RecordMalformed, BaselineEntryUnmatched, BinaryFile, InvalidUtf8, FileTooLarge, FindingsLimited, NotRegularFile, IgnoredFile];
}
