using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using ContentLint.Baselines;
using ContentLint.Cli.LanguageServer.JsonRpc;
using ContentLint.Cli.LanguageServer.Protocol;
using ContentLint.Configuration;
using ContentLint.Corpus;

namespace ContentLint.Cli.LanguageServer;

/// <summary>What a host changes in the server: how long it waits after a change (on which clock), and what every session gets.</summary>
internal sealed record LanguageServerOptions
{
    /// <summary>
    /// How long a document must stay unchanged before it is linted: changes that come together (a paste, a
    /// multi-cursor edit, a key held down) are linted once. Short, so diagnostics follow typing.
    /// </summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>The clock the debounce time is measured on (a fake one in tests, so they do not depend on timing).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>What the host changes in each session's options (C# rules, in tests).</summary>
    public Func<LintSessionOptions, LintSessionOptions> Session { get; init; } = options => options;
}

/// <summary>
/// <c>contentlint lsp</c>: a Language Server Protocol server on the library's run engine. It lints open Markdown,
/// plain-text and JSON Lines documents as <c>contentlint</c> would lint their files (configuration cascade,
/// overrides, rule folders, baseline), on open and on change, and pushes the diagnostics — or answers
/// <c>textDocument/diagnostic</c> for clients that pull. It hovers a finding with its rule's title, description and
/// help, and offers code actions: the fix of one finding, suppressing the rule on that line, and fixing the whole
/// file as <c>contentlint fix</c> does. Configuration is read again when the client reports a change to a
/// configuration, rule or baseline file; configuration errors are shown on the file that has them. Nothing an
/// article, a rule or a configuration does stops the server.
/// </summary>
internal sealed class ContentLintServer
{
    private readonly JsonRpcConnection connection;
    private readonly LanguageServerOptions options;
    private readonly TextWriter log;
    private readonly LintSessions sessions;
    private readonly ConfigurationDiagnostics configuration;
    private readonly ConcurrentDictionary<string, OpenDocument> documents = new(StringComparer.Ordinal);

    /// <summary>Lints run side by side up to the number of cores; the rest wait their turn.</summary>
    private readonly SemaphoreSlim lintSlots = new(Environment.ProcessorCount);

    private ClientFeatures client = new();
    private bool initialized;
    private bool shutdownRequested;

    /// <summary>Creates a server that reads the client's messages from <paramref name="input"/> and answers on <paramref name="output"/>.</summary>
    public ContentLintServer(Stream input, Stream output, TextWriter log, LanguageServerOptions? options = null)
    {
        this.options = options ?? new LanguageServerOptions();
        this.log = TextWriter.Synchronized(log);
        connection = new JsonRpcConnection(input, output, this.log);
        sessions = new LintSessions(this.options.Session);
        configuration = new ConfigurationDiagnostics(PublishAsync);
        var json = LspJsonContext.Default;

        connection.OnRequest("initialize", json.InitializeParams, json.InitializeResult, Initialize);
        connection.OnNotification("initialized", Initialized);
        connection.OnRequest("shutdown", Shutdown);
        connection.OnNotification("exit", connection.Stop);
        Notification("textDocument/didOpen", json.DidOpenTextDocumentParams, DidOpen);
        Notification("textDocument/didChange", json.DidChangeTextDocumentParams, DidChange);
        Notification("textDocument/didClose", json.DidCloseTextDocumentParams, DidClose);
        Notification("workspace/didChangeWatchedFiles", json.DidChangeWatchedFilesParams, DidChangeWatchedFiles);
        Notification("workspace/didChangeWorkspaceFolders", json.DidChangeWorkspaceFoldersParams, DidChangeWorkspaceFolders);
        Request("textDocument/diagnostic", json.DocumentDiagnosticParams, json.DocumentDiagnosticReport, PullDiagnosticsAsync);
        Request("textDocument/hover", json.HoverParams, json.Hover, HoverAsync);
        Request("textDocument/codeAction", json.CodeActionParams, json.IReadOnlyListCodeAction, CodeActionsAsync);
    }

    /// <summary>Serves until the client sends <c>exit</c> or closes the stream; 0 when it asked for <c>shutdown</c> first, else 1.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        await connection.RunAsync(cancellationToken).ConfigureAwait(false);
        foreach (var document in documents.Values)
        {
            document.CancelPending();
        }

        return shutdownRequested ? 0 : 1;
    }

    /// <summary>A request the server answers once initialized and until shut down.</summary>
    private void Request<TParams, TResult>(string method, JsonTypeInfo<TParams> parameters, JsonTypeInfo<TResult> result, Func<TParams, CancellationToken, Task<TResult?>> handler) =>
        connection.OnRequest(method, parameters, result, (value, cancellationToken) =>
        {
            if (!initialized)
            {
                throw new JsonRpcException(JsonRpcErrorCodes.ServerNotInitialized, "The server has not been initialized.");
            }

            return shutdownRequested ? throw new JsonRpcException(JsonRpcErrorCodes.InvalidRequest, "The server is shutting down.") : handler(value, cancellationToken);
        });

    /// <summary>A notification the server heeds once initialized (before, they are dropped, as the protocol says).</summary>
    private void Notification<TParams>(string method, JsonTypeInfo<TParams> parameters, Action<TParams> handler) =>
        connection.OnNotification(method, parameters, value =>
        {
            if (initialized && !shutdownRequested)
            {
                handler(value);
            }
        });

    private Task<InitializeResult?> Initialize(InitializeParams parameters, CancellationToken cancellationToken)
    {
        if (initialized)
        {
            throw new JsonRpcException(JsonRpcErrorCodes.InvalidRequest, "The server is already initialized.");
        }

        var folders = parameters.WorkspaceFolders is { Count: > 0 } listed
            ? listed.Select(f => FileUris.ToPath(f.Uri))
            : [parameters.RootUri is { } root ? FileUris.ToPath(root) : parameters.RootPath];
        sessions.SetFolders(folders.OfType<string>());
        client = ClientFeatures.From(parameters.Capabilities);
        initialized = true;
        var capabilities = new ServerCapabilities
        {
            TextDocumentSync = new TextDocumentSyncOptions(OpenClose: true, Change: TextDocumentSyncOptions.Incremental),
            HoverProvider = true,
            CodeActionProvider = new CodeActionOptions([CodeActionKinds.QuickFix, CodeActionKinds.SourceFixAllContentLint]),
            DiagnosticProvider = client.PullsDiagnostics ? new DiagnosticOptions("contentlint", InterFileDependencies: false, WorkspaceDiagnostics: false) : null,
            Workspace = new ServerWorkspaceCapabilities(new WorkspaceFoldersServerCapabilities(Supported: true, ChangeNotifications: true)),
        };
        return Task.FromResult<InitializeResult?>(new InitializeResult(capabilities, new ServerInfo("contentlint", Version)));
    }

    private void Initialized()
    {
        if (!initialized || !client.WatchesFilesDynamically)
        {
            return;
        }

        // Configuration, rule packs, baselines and corpus profiles: the server filters what is not one of those when it is told.
        var watchers = new DidChangeWatchedFilesRegistrationOptions([new("**/*.yaml"), new("**/*.yml"), new("**/*.json"), new("**/*.profile"), new("**/" + CorpusProfile.DefaultFileName)]);
        _ = connection.RequestAsync("client/registerCapability", new RegistrationParams([new Registration("contentlint-configuration", "workspace/didChangeWatchedFiles", watchers)]), LspJsonContext.Default.RegistrationParams);
    }

    private void Shutdown()
    {
        shutdownRequested = true;
        foreach (var document in documents.Values)
        {
            document.CancelPending();
        }
    }

    private void DidOpen(DidOpenTextDocumentParams parameters)
    {
        var item = parameters.TextDocument;
        var document = new OpenDocument(new DocumentSnapshot(item.Uri, PathOf(item.Uri, item.LanguageId), item.Version, item.Text));
        if (documents.TryGetValue(item.Uri, out var replaced))
        {
            replaced.CancelPending();
        }

        documents[item.Uri] = document;
        if (!client.PullsDiagnostics)
        {
            Schedule(document);
        }
    }

    private void DidChange(DidChangeTextDocumentParams parameters)
    {
        if (!documents.TryGetValue(parameters.TextDocument.Uri, out var document))
        {
            return;
        }

        document.Apply(parameters.TextDocument.Version, parameters.ContentChanges);
        if (!client.PullsDiagnostics)
        {
            Schedule(document);
        }
    }

    private void DidClose(DidCloseTextDocumentParams parameters)
    {
        if (documents.TryRemove(parameters.TextDocument.Uri, out var document))
        {
            document.CancelPending();
            if (!client.PullsDiagnostics)
            {
                _ = ClearAsync(document);
            }
        }
    }

    private void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters)
    {
        var dataFiles = sessions.DataFilePaths();
        var changed = parameters.Changes.Select(c => FileUris.ToPath(c.Uri)).OfType<string>();
        if (changed.Any(path => IsConfiguration(path, dataFiles)))
        {
            Reload();
        }
    }

    private void DidChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams parameters)
    {
        var removed = parameters.Event.Removed.Select(f => FileUris.ToPath(f.Uri)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var added = parameters.Event.Added.Select(f => FileUris.ToPath(f.Uri)).OfType<string>();
        sessions.SetFolders(sessions.Folders.Where(f => !removed.Contains(f)).Concat(added));
        Reload();
    }

    /// <summary>A file whose change changes how documents are linted: a configuration or rule file (YAML), a baseline or a corpus profile.</summary>
    private static bool IsConfiguration(string path, IReadOnlyList<string> dataFiles)
    {
        var extension = Path.GetExtension(path);
        return extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase)
            || Path.GetFileName(path) is Baseline.DefaultFileName or CorpusProfile.DefaultFileName
            || dataFiles.Any(dataFile => LintSessions.SamePath(dataFile, path));
    }

    /// <summary>Reads configuration afresh and lints every open document again (or asks a pulling client to ask again).</summary>
    private void Reload()
    {
        var generation = sessions.Reload();
        _ = RelintAsync(generation);
    }

    private async Task RelintAsync(int generation)
    {
        try
        {
            await configuration.ResetAsync(generation).ConfigureAwait(false);
            if (!client.PullsDiagnostics)
            {
                foreach (var document in documents.Values)
                {
                    Schedule(document);
                }
            }
            else if (client.RefreshesDiagnostics)
            {
                await connection.RequestAsync("workspace/diagnostic/refresh").ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            log.WriteLine($"contentlint lsp: reloading configuration failed: {e}");
        }
    }

    /// <summary>Lints <paramref name="document"/> once it has stayed unchanged for the debounce time, and publishes what it finds.</summary>
    private void Schedule(OpenDocument document)
    {
        var cancellationToken = document.RestartPending();
        _ = LintAndPublishAsync(document, cancellationToken);
    }

    private async Task LintAndPublishAsync(OpenDocument document, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(options.Debounce, options.Time, cancellationToken).ConfigureAwait(false);
            var lint = await LintAsync(document.Current, cancellationToken).ConfigureAwait(false);
            await document.PublishGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!cancellationToken.IsCancellationRequested && document.Complete(lint))
                {
                    await PublishAsync(new PublishDiagnosticsParams(lint.Snapshot.Uri, lint.Snapshot.Version, lint.Diagnostics)).ConfigureAwait(false);
                }
            }
            finally
            {
                document.PublishGate.Release();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A newer change, a close or a reload took over.
        }
        catch (Exception e)
        {
            log.WriteLine($"contentlint lsp: linting {document.Current.Uri} failed: {e}");
        }
    }

    /// <summary>Clears a closed document's diagnostics, after any publication under way.</summary>
    private async Task ClearAsync(OpenDocument document)
    {
        await document.PublishGate.WaitAsync().ConfigureAwait(false);
        try
        {
            await PublishAsync(new PublishDiagnosticsParams(document.Current.Uri, null, [])).ConfigureAwait(false);
        }
        finally
        {
            document.PublishGate.Release();
        }
    }

    private Task PublishAsync(PublishDiagnosticsParams parameters) =>
        connection.NotifyAsync("textDocument/publishDiagnostics", parameters, LspJsonContext.Default.PublishDiagnosticsParams);

    /// <summary>
    /// Lints one version of a document in its session. An invalid configuration or an unreadable baseline gives the
    /// document one diagnostic that says so, and the errors go on the files that hold them; the server goes on.
    /// </summary>
    private async Task<DocumentLint> LintAsync(DocumentSnapshot snapshot, CancellationToken cancellationToken)
    {
        var (session, generation) = sessions.For(snapshot.Path);
        IReadOnlyList<ConfigurationError> errors;
        await lintSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await session.LintTextAsync(snapshot.Path, snapshot.Text, cancellationToken).ConfigureAwait(false);
            return DocumentLint.Of(snapshot, generation, result.Diagnostics);
        }
        catch (ConfigurationException e)
        {
            errors = e.Errors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // Linting a text reads no file but configuration (whose problems are ConfigurationExceptions) and the baseline.
            var baseline = session.GetBaselinePath() ?? snapshot.Path;
            errors = [new ConfigurationError(ConfigurationErrorIds.Unreadable, new SourceLocation(baseline, 1, 1), $"The baseline cannot be read: {e.Message}")];
        }
        finally
        {
            lintSlots.Release();
        }

        await configuration.ReportAsync(errors, generation).ConfigureAwait(false);
        return DocumentLint.NotLinted(snapshot, generation, errors, session.DisplayPath);
    }

    /// <summary>The lint of the document's text as it is when the request comes (taken before the first await), linted now if need be.</summary>
    private async Task<DocumentLint> CurrentLintAsync(OpenDocument document, CancellationToken cancellationToken)
    {
        var snapshot = document.Current;
        if (document.LintOf(snapshot, sessions.Generation) is { } done)
        {
            return done;
        }

        var lint = await LintAsync(snapshot, cancellationToken).ConfigureAwait(false);
        document.Complete(lint);
        return lint;
    }

    private async Task<DocumentDiagnosticReport?> PullDiagnosticsAsync(DocumentDiagnosticParams parameters, CancellationToken cancellationToken)
    {
        if (!documents.TryGetValue(parameters.TextDocument.Uri, out var document))
        {
            return new DocumentDiagnosticReport(DocumentDiagnosticReport.Full, "closed", []);
        }

        var lint = await CurrentLintAsync(document, cancellationToken).ConfigureAwait(false);
        var resultId = $"{lint.Generation}:{lint.Snapshot.Version}";
        return parameters.PreviousResultId == resultId
            ? new DocumentDiagnosticReport(DocumentDiagnosticReport.Unchanged, resultId, null)
            : new DocumentDiagnosticReport(DocumentDiagnosticReport.Full, resultId, lint.Diagnostics);
    }

    private async Task<Hover?> HoverAsync(HoverParams parameters, CancellationToken cancellationToken)
    {
        if (!documents.TryGetValue(parameters.TextDocument.Uri, out var document))
        {
            return null;
        }

        var lint = await CurrentLintAsync(document, cancellationToken).ConfigureAwait(false);
        var position = parameters.Position;
        var here = lint.Findings.Where(f => f.Range.Start <= position && position <= f.Range.End).ToList();
        if (here.Count == 0)
        {
            return null;
        }

        var markdown = client.HoversInMarkdown;
        var text = string.Join(markdown ? "\n\n---\n\n" : "\n\n", here.Select(f => FindingHover.Describe(f.Finding, markdown)).Distinct());
        return new Hover(new MarkupContent(markdown ? MarkupContent.Markdown : MarkupContent.PlainText, text), here[0].Range);
    }

    private async Task<IReadOnlyList<CodeAction>?> CodeActionsAsync(CodeActionParams parameters, CancellationToken cancellationToken)
    {
        if (!documents.TryGetValue(parameters.TextDocument.Uri, out var document))
        {
            return [];
        }

        var lint = await CurrentLintAsync(document, cancellationToken).ConfigureAwait(false);
        var (session, _) = sessions.For(lint.Snapshot.Path);
        var actions = new CodeActions(session, lint, client.TakesDocumentChanges, lintSlots);
        return await actions.ForRangeAsync(parameters.Range, parameters.Context.Only, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The path a document is linted as: its file, or for a buffer that has none (<c>untitled:</c>) a name in the
    /// first workspace folder whose extension gives the format its language calls for.
    /// </summary>
    private string PathOf(string uri, string languageId)
    {
        if (FileUris.ToPath(uri) is { } path)
        {
            return path;
        }

        var extension = languageId switch
        {
            "markdown" or "mdx" => ".md",
            "jsonl" or "jsonlines" => ".jsonl",
            _ => ".txt",
        };
        return Path.Combine(sessions.Folders.FirstOrDefault() ?? Environment.CurrentDirectory, "untitled" + extension);
    }

    private static string Version { get; } =
        (typeof(ContentLintServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>What the client said it can do, of what the server asks.</summary>
    private sealed record ClientFeatures
    {
        public bool PullsDiagnostics { get; init; }

        public bool RefreshesDiagnostics { get; init; }

        public bool WatchesFilesDynamically { get; init; }

        public bool TakesDocumentChanges { get; init; }

        public bool HoversInMarkdown { get; init; }

        public static ClientFeatures From(ClientCapabilities capabilities) => new()
        {
            PullsDiagnostics = capabilities.TextDocument?.Diagnostic is not null,
            RefreshesDiagnostics = capabilities.Workspace?.Diagnostics?.RefreshSupport == true,
            WatchesFilesDynamically = capabilities.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true,
            TakesDocumentChanges = capabilities.Workspace?.WorkspaceEdit?.DocumentChanges == true,
            HoversInMarkdown = capabilities.TextDocument?.Hover?.ContentFormat?.Contains(MarkupContent.Markdown) == true,
        };
    }
}
