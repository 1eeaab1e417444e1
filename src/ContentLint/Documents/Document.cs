using System.Collections.Immutable;
using ContentLint.Text;

namespace ContentLint.Documents;

/// <summary>
/// An article ready to lint: its text and line map, its title, its language, the lines rules look at
/// (<see cref="BodyLines"/>) and their paragraphs. Immutable; build one with <see cref="Parse"/>.
/// </summary>
public sealed class Document
{
    private readonly DocumentOptions options;

    private Document(ContentText source, DocumentOptions options, DocumentFormat format, DocumentStructure structure)
    {
        this.options = options;
        Source = source;
        Path = options.Path;
        Format = format;
        Title = options.Title ?? structure.Title;
        TitleLine = options.Title is null ? structure.TitleLine : null;
        TitleSpan = options.Title is null ? structure.TitleSpan : null;
        var stated = options.Language ?? structure.Language ?? options.DefaultLanguage;
        StatedLanguage = stated;
        language = new Lazy<string?>(() => stated ?? DetectLanguage(), LazyThreadSafetyMode.ExecutionAndPublication);
        // Suppression comments are instructions to the linter, not article text: they are kept out of the body.
        var directives = ImmutableArray.CreateBuilder<SuppressionDirective>();
        var body = ImmutableArray.CreateBuilder<ContentLine>(structure.BodyLines.Length);
        foreach (var line in structure.BodyLines)
        {
            if (SuppressionDirective.TryParse(source, line) is { } directive)
            {
                directives.Add(directive);
            }
            else
            {
                body.Add(line);
            }
        }

        Directives = directives.ToImmutable();
        BodyLines = body.ToImmutable();
        IgnoredSpans = structure.IgnoredSpans;
        Paragraphs = BuildParagraphs(source, BodyLines);
    }

    /// <summary>The file the text came from, as the user named it; empty for a string.</summary>
    public string Path { get; }

    /// <summary>The text and its line map.</summary>
    public ContentText Source { get; }

    /// <summary>The whole text.</summary>
    public string Text => Source.Text;

    /// <summary>How the text is structured.</summary>
    public DocumentFormat Format { get; }

    /// <summary>The headline, when there is one.</summary>
    public string? Title { get; }

    /// <summary>The line that holds <see cref="Title"/> in the text, when it is there; it is not a body line.</summary>
    public ContentLine? TitleLine { get; }

    /// <summary>Where the title's text is in <see cref="Text"/> (its line, or its front-matter value), when it is there.</summary>
    public TextRange? TitleSpan { get; }

    private readonly Lazy<string?> language;

    /// <summary>The language the caller, the front matter or the configuration names; null when it is only detected (or unknown).</summary>
    internal string? StatedLanguage { get; }

    /// <summary>
    /// The ISO 639-1 code of the document's language: the caller's, the front matter's, the configured default,
    /// or else detected from the body's stop words; null when none of these says.
    /// </summary>
    public string? Language => language.Value;

    /// <summary>
    /// The lines rules look at, in order, blank ones included: every line except the title line, front matter,
    /// suppression comments and, in Markdown, code blocks, comment-only lines and link reference definitions.
    /// </summary>
    public ImmutableArray<ContentLine> BodyLines { get; }

    /// <summary>The inline suppression comments, in line order.</summary>
    public ImmutableArray<SuppressionDirective> Directives { get; }

    /// <summary>
    /// Ranges of the text that are not prose and are not linted, sorted and never overlapping: in Markdown, code,
    /// HTML comments and link URLs. A finding that lies entirely inside them is dropped (<see cref="IsIgnored"/>).
    /// </summary>
    public ImmutableArray<TextRange> IgnoredSpans { get; }

    /// <summary>The blocks of consecutive non-blank body lines.</summary>
    public ImmutableArray<Paragraph> Paragraphs { get; }

    /// <summary>The paragraph whose span holds <paramref name="offset"/> (its end included), or null outside every paragraph.</summary>
    internal Paragraph? ParagraphAt(int offset)
    {
        int low = 0, high = Paragraphs.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var span = Paragraphs[middle].Span;
            if (offset < span.Start)
            {
                high = middle - 1;
            }
            else if (offset > span.End)
            {
                low = middle + 1;
            }
            else
            {
                return Paragraphs[middle];
            }
        }

        return null;
    }

    /// <summary>Parses <paramref name="text"/> into a document.</summary>
    public static Document Parse(string text, DocumentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= DocumentOptions.Default;
        var source = ContentText.From(text);
        var format = options.Format ?? DocumentFormats.FromPath(options.Path);
        var structure = format == DocumentFormat.Markdown
            ? MarkdownStructure.Read(source, options)
            : PlainTextStructure.Read(source, options);
        return new Document(source, options, format, structure);
    }

    /// <summary>
    /// This document as it reads, parsed with the same options from its <see cref="VisibleText"/> (without soft hyphens,
    /// zero-width spaces and joiners), and the map back to <see cref="Text"/>; null when the text holds none of them.
    /// </summary>
    /// <remarks>
    /// No line break is left out, so the two have the same lines (unless the last is made only of invisible characters:
    /// then the document reads as written), and the structure is this document's, line for line:
    /// a fence, front matter or code span reads as it does in the file, whatever invisible character stands in it.
    /// </remarks>
    internal (Document Document, VisibleText Map)? AsRead()
    {
        if (VisibleText.Of(Text) is not { } visible)
        {
            return null;
        }

        var source = ContentText.From(visible.Text);
        if (source.Lines.Length != Source.Lines.Length)
        {
            // A last line of only invisible characters after a final line break: without them the line is gone, and
            // the lines would no longer pair up. Such a line is the invisible-line rule's, and the rest reads as written.
            return null;
        }

        TextRange ToVisible(TextRange span) => TextRange.FromBounds(visible.ToVisible(span.Start), visible.ToVisible(span.End));
        var structure = new DocumentStructure(
            Title is null ? null : VisibleText.Of(Title)?.Text ?? Title,
            TitleLine is { } titleLine ? source.Lines[titleLine.Number - 1] : null,
            TitleSpan is { } titleSpan ? ToVisible(titleSpan) : null,
            StatedLanguage,
            [.. BodyLines.Select(line => source.Lines[line.Number - 1])])
        {
            IgnoredSpans = [.. IgnoredSpans.Select(ToVisible)],
        };
        return (new Document(source, options with { Title = null }, Format, structure), visible);
    }

    /// <summary>True when <paramref name="span"/> lies entirely inside one of the <see cref="IgnoredSpans"/>.</summary>
    public bool IsIgnored(TextRange span)
    {
        // Binary search for the last ignored span that starts at or before the finding.
        int low = 0, high = IgnoredSpans.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (IgnoredSpans[mid].Start <= span.Start)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found >= 0 && IgnoredSpans[found].Contains(span) && (span.Length > 0 || span.Start < IgnoredSpans[found].End);
    }

    /// <summary>The characters of <paramref name="line"/>, without its line break.</summary>
    public ReadOnlySpan<char> GetText(ContentLine line) => Source.Slice(line);

    /// <summary>The characters of <paramref name="span"/>.</summary>
    public ReadOnlySpan<char> GetText(TextRange span) => Source.Slice(span);

    /// <summary>True when the line is empty or holds only spaces and tabs.</summary>
    public bool IsBlank(ContentLine line) => IsBlank(GetText(line));

    /// <summary>
    /// True when <paramref name="text"/> is empty or holds only spaces and tabs. A line of U+00A0 or zero-width
    /// characters is not blank: it is an artefact rules can report.
    /// </summary>
    public static bool IsBlank(ReadOnlySpan<char> text) => text.TrimStart(" \t\f\v").IsEmpty;

    /// <summary>True when <paramref name="text"/> holds a letter or a digit.</summary>
    public static bool HasWords(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the language from the body: enough stop words of one language, clearly more than of any other.</summary>
    private string? DetectLanguage()
    {
        const int SampleLength = 4_000;
        var sample = new System.Text.StringBuilder();
        foreach (var line in BodyLines)
        {
            sample.Append(GetText(line)).Append(' ');
            if (sample.Length > SampleLength)
            {
                break;
            }
        }

        return LanguageProfiles.Detect(sample.ToString(), minHits: 8);
    }

    private static ImmutableArray<Paragraph> BuildParagraphs(ContentText source, ImmutableArray<ContentLine> bodyLines)
    {
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        ContentLine? first = null;
        ContentLine previous = default;
        foreach (var line in bodyLines)
        {
            var blank = IsBlank(source.Slice(line));
            var continues = first is not null && !blank && line.Number == previous.Number + 1;
            if (first is not null && !continues)
            {
                paragraphs.Add(new Paragraph(first.Value.Number, previous.Number, TextRange.FromBounds(first.Value.Start, previous.End)));
                first = null;
            }

            if (!blank)
            {
                first ??= line;
                previous = line;
            }
        }

        if (first is not null)
        {
            paragraphs.Add(new Paragraph(first.Value.Number, previous.Number, TextRange.FromBounds(first.Value.Start, previous.End)));
        }

        return paragraphs.ToImmutable();
    }
}

/// <summary>What a format parser finds in a text: the title, the language and the lines to lint.</summary>
internal sealed record DocumentStructure(string? Title, ContentLine? TitleLine, TextRange? TitleSpan, string? Language, ImmutableArray<ContentLine> BodyLines)
{
    /// <summary>Ranges inside the text that are not prose (code, comments, URLs), sorted and merged.</summary>
    public ImmutableArray<TextRange> IgnoredSpans { get; init; } = [];
}
