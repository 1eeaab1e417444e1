namespace ContentLint.Cli.LanguageServer.Protocol;

internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

/// <summary>A change: <see cref="Text"/> replaces <see cref="Range"/>, or the whole document when there is no range.</summary>
internal sealed record TextDocumentContentChangeEvent(LspRange? Range, string Text);

internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

/// <summary><c>workspace/didChangeWatchedFiles</c>.</summary>
internal sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);

internal sealed record FileEvent(string Uri, int Type);

/// <summary><c>workspace/didChangeWorkspaceFolders</c>.</summary>
internal sealed record DidChangeWorkspaceFoldersParams(WorkspaceFoldersChangeEvent Event);

internal sealed record WorkspaceFoldersChangeEvent(IReadOnlyList<WorkspaceFolder> Added, IReadOnlyList<WorkspaceFolder> Removed);

/// <summary><c>client/registerCapability</c>: here, only to watch the files configuration is made of.</summary>
internal sealed record RegistrationParams(IReadOnlyList<Registration> Registrations);

internal sealed record Registration(string Id, string Method, DidChangeWatchedFilesRegistrationOptions RegisterOptions);

internal sealed record DidChangeWatchedFilesRegistrationOptions(IReadOnlyList<LspFileSystemWatcher> Watchers);

internal sealed record LspFileSystemWatcher(string GlobPattern);
