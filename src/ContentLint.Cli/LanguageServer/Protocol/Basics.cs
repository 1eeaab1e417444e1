namespace ContentLint.Cli.LanguageServer.Protocol;

// The Language Server Protocol's types (3.17), only the members this server reads or writes. Names follow the
// specification; the few that would collide with .NET's or the library's (Range, Position, TextEdit, Diagnostic) carry
// an Lsp prefix (and so does FileSystemWatcher). Serialized in camelCase by LspJsonContext, nulls left out.

/// <summary>A place in a text document: a 0-based line and a 0-based character offset in UTF-16 code units.</summary>
internal readonly record struct LspPosition(int Line, int Character) : IComparable<LspPosition>
{
    /// <summary>Orders by line, then character.</summary>
    public int CompareTo(LspPosition other) => Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    public static bool operator <(LspPosition left, LspPosition right) => left.CompareTo(right) < 0;

    public static bool operator >(LspPosition left, LspPosition right) => left.CompareTo(right) > 0;

    public static bool operator <=(LspPosition left, LspPosition right) => left.CompareTo(right) <= 0;

    public static bool operator >=(LspPosition left, LspPosition right) => left.CompareTo(right) >= 0;
}

/// <summary>A range in a text document; the end is exclusive.</summary>
internal readonly record struct LspRange(LspPosition Start, LspPosition End)
{
    /// <summary>True when the ranges share a position (touching counts: a cursor at a finding's end is on it).</summary>
    public bool Touches(LspRange other) => Start <= other.End && other.Start <= End;
}

/// <summary>Replace <see cref="Range"/> with <see cref="NewText"/>.</summary>
internal sealed record LspTextEdit(LspRange Range, string NewText);

/// <summary>A document, by its URI.</summary>
internal sealed record TextDocumentIdentifier(string Uri);

/// <summary>A document at a version.</summary>
internal sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

/// <summary>A place in a file: where a related error is.</summary>
internal sealed record Location(string Uri, LspRange Range);

/// <summary>Text for people, in Markdown or plain text.</summary>
internal sealed record MarkupContent(string Kind, string Value)
{
    public const string Markdown = "markdown";

    public const string PlainText = "plaintext";
}

/// <summary>A workspace folder the client opened.</summary>
internal sealed record WorkspaceFolder(string Uri, string Name);

/// <summary><c>window/logMessage</c>: a line for the client's log.</summary>
internal sealed record LogMessageParams(int Type, string Message)
{
    public const int Error = 1;

    public const int Warning = 2;

    public const int Info = 3;
}

/// <summary>The position encodings of LSP 3.17; the server speaks UTF-16, which every client must accept.</summary>
internal static class PositionEncodings
{
    public const string Utf16 = "utf-16";
}

/// <summary>What <c>textDocument/didOpen</c> and friends say about a document.</summary>
internal sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);
