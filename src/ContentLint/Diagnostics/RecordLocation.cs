namespace ContentLint.Diagnostics;

/// <summary>
/// Where a finding's document sits in a JSON Lines corpus: the record's line in the file, its id and the field that
/// holds the text. The finding's own span, line and column are then inside that field's text.
/// </summary>
/// <param name="Line">The 1-based line of the record in the file.</param>
/// <param name="Id">The record's id field, when it has one.</param>
/// <param name="Field">The name of the field whose text was linted, such as <c>text</c>; null when the record could not be read.</param>
public sealed record RecordLocation(int Line, string? Id, string? Field)
{
    /// <summary>
    /// How reports show the record: <c>record 'a1' at text(3,1,3,18)</c> for a finding at that position,
    /// <c>record 'a1'</c> for a record that could not be read, <c>record on line 7 at text(3,1,3,18)</c> for a record
    /// without an id, empty when there is nothing to add to the line. Ids longer than 200 characters are cut.
    /// </summary>
    public string Describe(Text.LineColumnSpan location)
    {
        // An id is data from the corpus: a line break in it would split the report's one-line-per-finding form, and
        // a huge one would be copied into every finding of its record.
        var id = Id is null ? null : EscapeControlCharacters(Id.Length > MaxIdLength ? Id[..MaxIdLength] + "…" : Id);
        var where = Field is null ? null : $"{Field}({location.Start.Line},{location.Start.Column},{location.End.Line},{location.End.Column})";
        return (id, where) switch
        {
            (null, null) => "",
            (null, _) => $"record on line {Line} at {where}",
            (_, null) => $"record '{id}'",
            _ => $"record '{id}' at {where}",
        };
    }

    private const int MaxIdLength = 200;

    private static string EscapeControlCharacters(string text) =>
        text.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029')
            ? string.Concat(text.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? $"\\u{(int)c:X4}" : c.ToString()))
            : text;
}
