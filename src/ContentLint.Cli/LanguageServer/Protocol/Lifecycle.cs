namespace ContentLint.Cli.LanguageServer.Protocol;

/// <summary><c>initialize</c>: who the client is, where it works and what it can do.</summary>
internal sealed record InitializeParams
{
    public string? RootUri { get; init; }

    public string? RootPath { get; init; }

    public IReadOnlyList<WorkspaceFolder>? WorkspaceFolders { get; init; }

    public ClientCapabilities Capabilities { get; init; } = new();
}

/// <summary>What the client can do, of what this server uses.</summary>
internal sealed record ClientCapabilities
{
    public WorkspaceClientCapabilities? Workspace { get; init; }

    public TextDocumentClientCapabilities? TextDocument { get; init; }
}

internal sealed record WorkspaceClientCapabilities
{
    public DynamicRegistrationCapability? DidChangeWatchedFiles { get; init; }

    public RefreshCapability? Diagnostics { get; init; }

    public WorkspaceEditCapability? WorkspaceEdit { get; init; }
}

internal sealed record DynamicRegistrationCapability
{
    public bool? DynamicRegistration { get; init; }
}

internal sealed record RefreshCapability
{
    public bool? RefreshSupport { get; init; }
}

internal sealed record WorkspaceEditCapability
{
    public bool? DocumentChanges { get; init; }
}

internal sealed record TextDocumentClientCapabilities
{
    /// <summary>Present when the client pulls diagnostics (<c>textDocument/diagnostic</c>).</summary>
    public DynamicRegistrationCapability? Diagnostic { get; init; }

    public HoverClientCapabilities? Hover { get; init; }
}

internal sealed record HoverClientCapabilities
{
    public IReadOnlyList<string>? ContentFormat { get; init; }
}

/// <summary>The answer to <c>initialize</c>.</summary>
internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

internal sealed record ServerInfo(string Name, string Version);

/// <summary>What this server does.</summary>
internal sealed record ServerCapabilities
{
    public string PositionEncoding { get; init; } = PositionEncodings.Utf16;

    public required TextDocumentSyncOptions TextDocumentSync { get; init; }

    public bool HoverProvider { get; init; }

    public CodeActionOptions? CodeActionProvider { get; init; }

    /// <summary>Offered only to clients that pull diagnostics; the others are pushed theirs.</summary>
    public DiagnosticOptions? DiagnosticProvider { get; init; }

    public ServerWorkspaceCapabilities? Workspace { get; init; }
}

internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change)
{
    /// <summary>Changes come as ranges with their new text.</summary>
    public const int Incremental = 2;
}

internal sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds);

internal sealed record DiagnosticOptions(string Identifier, bool InterFileDependencies, bool WorkspaceDiagnostics);

internal sealed record ServerWorkspaceCapabilities(WorkspaceFoldersServerCapabilities WorkspaceFolders);

internal sealed record WorkspaceFoldersServerCapabilities(bool Supported, bool ChangeNotifications);
