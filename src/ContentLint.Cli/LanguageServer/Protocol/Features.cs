namespace ContentLint.Cli.LanguageServer.Protocol;

/// <summary>A finding as the editor shows it.</summary>
internal sealed record LspDiagnostic
{
    public required LspRange Range { get; init; }

    /// <summary>1 error, 2 warning, 3 information, 4 hint.</summary>
    public required int Severity { get; init; }

    public required string Code { get; init; }

    public CodeDescription? CodeDescription { get; init; }

    public string Source { get; init; } = "contentlint";

    public required string Message { get; init; }

    public IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation { get; init; }

    public const int Error = 1;

    public const int Warning = 2;

    public const int Information = 3;

    public const int Hint = 4;
}

internal sealed record CodeDescription(string Href);

internal sealed record DiagnosticRelatedInformation(Location Location, string Message);

/// <summary><c>textDocument/publishDiagnostics</c>.</summary>
internal sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<LspDiagnostic> Diagnostics);

/// <summary><c>textDocument/diagnostic</c>: the client pulls a document's diagnostics.</summary>
internal sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument, string? PreviousResultId);

/// <summary>A full report, or "unchanged since the result the client holds" (then without items).</summary>
internal sealed record DocumentDiagnosticReport(string Kind, string ResultId, IReadOnlyList<LspDiagnostic>? Items)
{
    public const string Full = "full";

    public const string Unchanged = "unchanged";
}

internal sealed record HoverParams(TextDocumentIdentifier TextDocument, LspPosition Position);

internal sealed record Hover(MarkupContent Contents, LspRange Range);

internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, LspRange Range, CodeActionContext Context);

internal sealed record CodeActionContext(IReadOnlyList<LspDiagnostic> Diagnostics, IReadOnlyList<string>? Only);

internal sealed record CodeAction
{
    public required string Title { get; init; }

    public required string Kind { get; init; }

    public IReadOnlyList<LspDiagnostic>? Diagnostics { get; init; }

    public bool? IsPreferred { get; init; }

    public required WorkspaceEdit Edit { get; init; }
}

/// <summary>Edits to documents: versioned (<c>documentChanges</c>) for clients that take them, else by URI.</summary>
internal sealed record WorkspaceEdit
{
    public IReadOnlyDictionary<string, IReadOnlyList<LspTextEdit>>? Changes { get; init; }

    public IReadOnlyList<TextDocumentEdit>? DocumentChanges { get; init; }
}

internal sealed record TextDocumentEdit(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<LspTextEdit> Edits);

/// <summary>The code action kinds this server offers.</summary>
internal static class CodeActionKinds
{
    public const string QuickFix = "quickfix";

    public const string SourceFixAll = "source.fixAll";

    /// <summary>ContentLint's own fix-all kind, under <see cref="SourceFixAll"/> (as ESLint has <c>source.fixAll.eslint</c>).</summary>
    public const string SourceFixAllContentLint = "source.fixAll.contentlint";
}
