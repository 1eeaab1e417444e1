namespace ContentLint.Documents;

/// <summary>How a document's text is structured.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text: the first non-empty line is the title, one paragraph per block of lines.</summary>
    PlainText,

    /// <summary>Markdown: front matter gives the title; front matter, code, HTML comments and link URLs are not linted.</summary>
    Markdown,
}
