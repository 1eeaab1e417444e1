using ContentLint.Documents;

namespace ContentLint.Files;

/// <summary>
/// How the records of a JSON Lines corpus map to documents: which field holds the text, the title, the id and the
/// language. A field name with dots (<c>meta.lang</c>) reaches into nested objects.
/// </summary>
public sealed record JsonLinesOptions
{
    /// <summary>The mapping used when configuration says nothing: <c>text</c>, <c>title</c>, <c>id</c>, <c>lang</c>.</summary>
    public static JsonLinesOptions Default { get; } = new();

    /// <summary>The field whose string is linted. A record without it is reported as malformed.</summary>
    public string TextField { get; init; } = "text";

    /// <summary>The field holding the headline; without it the text's first line is the title, as in a plain-text file.</summary>
    public string TitleField { get; init; } = "title";

    /// <summary>The field that identifies the record in reports (a string or a number).</summary>
    public string IdField { get; init; } = "id";

    /// <summary>The field holding the ISO 639-1 language code.</summary>
    public string LanguageField { get; init; } = "lang";

    /// <summary>How the text field is structured; plain text unless configuration says Markdown.</summary>
    public DocumentFormat Format { get; init; } = DocumentFormat.PlainText;
}
