using ContentLint.Text;

namespace ContentLint.Diagnostics;

/// <summary>
/// One finding: which rule, how serious, what it says and exactly where. Immutable; the span is a 0-based
/// offset range in the document's text and <see cref="Location"/> the same range as 1-based lines and columns.
/// </summary>
public sealed record Finding : IComparable<Finding>
{
    /// <summary>Creates a finding.</summary>
    /// <param name="descriptor">The rule that reports it.</param>
    /// <param name="severity">Its effective severity after configuration.</param>
    /// <param name="message">The message with its placeholders filled.</param>
    /// <param name="path">The file the finding is in, as the user named it; empty for a string.</param>
    /// <param name="span">The 0-based range in the document's text.</param>
    /// <param name="location">The same range as 1-based lines and columns.</param>
    public Finding(RuleDescriptor descriptor, Severity severity, string message, string path, TextRange span, LineColumnSpan location)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (location.Start.Line < 1 || location.Start.Column < 1 || location.End.CompareTo(location.Start) < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(location), location, "Lines and columns are 1-based and the end may not precede the start.");
        }

        Descriptor = descriptor;
        Severity = severity;
        Message = message;
        Path = path;
        Span = span;
        Location = location;
    }

    /// <summary>The rule that reports the finding.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The rule id, such as <c>CL3001</c>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The effective severity after configuration.</summary>
    public Severity Severity { get; init; }

    /// <summary>The message with its placeholders filled.</summary>
    public string Message { get; }

    /// <summary>The file the finding is in, as the user named it; empty for a string.</summary>
    public string Path { get; }

    /// <summary>The 0-based range in the document's text.</summary>
    public TextRange Span { get; }

    /// <summary>The same range as 1-based lines and columns; the end is exclusive.</summary>
    public LineColumnSpan Location { get; }

    /// <summary>How to repair the finding, when the rule knows.</summary>
    public Fix? Fix { get; init; }

    /// <summary>
    /// True for a finding about the whole document (a copy of another document), not about some of its lines: reports
    /// give it no line range (SARIF: a location without a region; text: <c>path: severity ID: message</c>), so it
    /// flags no line. <see cref="Span"/> and <see cref="Location"/> are then empty, at the start of the text.
    /// </summary>
    public bool IsWholeDocument { get; init; }

    /// <summary>
    /// For a finding in one record of a JSON Lines file: the record's line and id. <see cref="Span"/> and
    /// <see cref="Location"/> are then inside the record's text field. Null for an ordinary file.
    /// </summary>
    public RecordLocation? Record { get; init; }

    /// <summary>Orders by path (ordinal), then record, then position, then rule id, then message: the order of every report.</summary>
    public int CompareTo(Finding? other)
    {
        if (other is null)
        {
            return 1;
        }

        var order = string.CompareOrdinal(Path, other.Path);
        if (order == 0)
        {
            order = (Record?.Line ?? 0).CompareTo(other.Record?.Line ?? 0);
        }

        if (order == 0)
        {
            order = Span.CompareTo(other.Span);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(Id, other.Id);
        }

        return order != 0 ? order : string.CompareOrdinal(Message, other.Message);
    }

    /// <summary>
    /// The MSBuild canonical form: <c>path(line,col,endLine,endCol): severity ID: message [name]</c>; for a record of
    /// a JSON Lines file <c>path(recordLine): severity ID: message [name] in record 'id' at text(line,col,endLine,endCol)</c>.
    /// </summary>
    /// A finding about the whole document has no position: <c>path: severity ID: message [name]</c> (for a record, its line and id).
    public override string ToString() => (Record, IsWholeDocument) switch
    {
        ({ } record, _) => $"{Path}({record.Line}): {Severity.ToName()} {Id}: {Message} [{Descriptor.Name}]" + (DescribeRecord(record) is { Length: > 0 } where ? " in " + where : ""),
        (null, true) => $"{Path}: {Severity.ToName()} {Id}: {Message} [{Descriptor.Name}]",
        _ => $"{Path}({Location.Start.Line},{Location.Start.Column},{Location.End.Line},{Location.End.Column}): {Severity.ToName()} {Id}: {Message} [{Descriptor.Name}]",
    };

    /// <summary>How reports name the finding's record and, unless the finding is about the whole document, its position in the text.</summary>
    internal string DescribeRecord(RecordLocation record) => IsWholeDocument ? (record with { Field = null }).Describe(Location) : record.Describe(Location);
}
