namespace ContentLint.Documents;

/// <summary>What a caller knows about a text before it is parsed into a <see cref="Document"/>.</summary>
public sealed record DocumentOptions
{
    /// <summary>The options used when nothing is known: plain text, no path, title from the text.</summary>
    public static DocumentOptions Default { get; } = new();

    /// <summary>The file the text came from, as the user named it; it appears in every diagnostic.</summary>
    public string Path { get; init; } = "";

    /// <summary>The format; null chooses it from <see cref="Path"/>'s extension.</summary>
    public DocumentFormat? Format { get; init; }

    /// <summary>The headline when it is known from outside the text (a JSON field, a test example).</summary>
    public string? Title { get; init; }

    /// <summary>
    /// When no <see cref="Title"/> is given: true takes the first non-empty line of a plain-text document as its
    /// title (and keeps it out of the body); false treats every line as body.
    /// </summary>
    public bool FirstLineIsTitle { get; init; } = true;

    /// <summary>The ISO 639-1 language code when the caller knows it for certain; it wins over front matter.</summary>
    public string? Language { get; init; }

    /// <summary>The language to assume when neither <see cref="Language"/> nor the document (front matter) says.</summary>
    public string? DefaultLanguage { get; init; }
}
