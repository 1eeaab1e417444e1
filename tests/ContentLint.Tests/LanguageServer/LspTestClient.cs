using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using ContentLint.Cli.LanguageServer;
using ContentLint.Cli.LanguageServer.JsonRpc;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.LanguageServer;

/// <summary>
/// A Language Server Protocol client for tests: runs <see cref="ContentLintServer"/> in-process over two pipes, speaks
/// the protocol's framing and plain JSON, answers the server's requests (capability registration, refresh) with null
/// and keeps what it was sent.
/// </summary>
internal sealed class LspTestClient : IAsyncDisposable
{
    /// <summary>Long enough for a first lint on a loaded 2-core machine; a test that waits this long has failed.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Pipe toServer = new();
    private readonly Pipe toClient = new();
    private readonly MessageWriter writer;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> responses = new();
    private readonly Channel<JsonObject> notifications = Channel.CreateUnbounded<JsonObject>();
    private readonly List<JsonObject> missed = [];
    private readonly Task reading;
    private int nextId;

    private LspTestClient(LanguageServerOptions? options)
    {
        Log = new StringWriter();
        writer = new MessageWriter(toServer.Writer.AsStream());
        var server = new ContentLintServer(toServer.Reader.AsStream(), toClient.Writer.AsStream(), Log, options ?? new LanguageServerOptions { Debounce = TimeSpan.Zero });
        Running = Task.Run(async () =>
        {
            var code = await server.RunAsync();
            await toClient.Writer.CompleteAsync();
            return code;
        });
        reading = Task.Run(ReadAsync);
    }

    /// <summary>The workspace folder: a fresh temporary one, deleted with the client. Configuration is read at the first lint, so files written before a document opens count.</summary>
    public TempFolder Workspace { get; } = new();

    /// <summary>The answer to <c>initialize</c>.</summary>
    public JsonNode? InitializeResult { get; private set; }

    /// <summary>What the server wrote on standard error.</summary>
    public StringWriter Log { get; }

    /// <summary>The server's run; its result is the exit code.</summary>
    public Task<int> Running { get; }

    /// <summary>Error responses without an id: to a message the server could not read.</summary>
    public ConcurrentQueue<JsonObject> Unanswerable { get; } = new();

    /// <summary>The requests the server sent the client (methods), in order.</summary>
    public ConcurrentQueue<string> ServerRequests { get; } = new();

    /// <summary>Starts a server, not yet initialized.</summary>
    public static LspTestClient Connect(LanguageServerOptions? options = null) => new(options);

    /// <summary>Starts a server and initializes it with <paramref name="capabilities"/>, its workspace folder a fresh temporary one.</summary>
    public static async Task<LspTestClient> StartAsync(JsonObject? capabilities = null, LanguageServerOptions? options = null)
    {
        var client = Connect(options);
        client.InitializeResult = await client.InitializeAsync(capabilities);
        await client.NotifyAsync("initialized", new JsonObject());
        return client;
    }

    /// <summary>Sends <c>initialize</c> for the workspace folder.</summary>
    public Task<JsonNode?> InitializeAsync(JsonObject? capabilities = null) =>
        RequestAsync("initialize", new JsonObject
        {
            ["processId"] = null,
            ["rootUri"] = FileUris.FromPath(Workspace.Path),
            ["capabilities"] = capabilities ?? new JsonObject(),
        });

    /// <summary>The URI of a file in the workspace.</summary>
    public string UriOf(string relativePath) => FileUris.FromPath(Path.Combine(Workspace.Path, relativePath));

    /// <summary>Sends a request and returns its result; a JSON-RPC error throws <see cref="LspErrorException"/>.</summary>
    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, int? id = null)
    {
        var response = await SendRequestAsync(method, parameters, id ?? Interlocked.Increment(ref nextId));
        return response["error"] is JsonObject error
            ? throw new LspErrorException((int)error["code"]!, (string)error["message"]!)
            : response["result"];
    }

    /// <summary>Sends a request and returns the whole response, error or result.</summary>
    public async Task<JsonObject> SendRequestAsync(string method, JsonNode? parameters, int id)
    {
        var answer = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        responses[id] = answer;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return await answer.Task.WaitAsync(Timeout);
    }

    /// <summary>Sends a notification.</summary>
    public Task NotifyAsync(string method, JsonNode? parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>Sends raw bytes as one framed message (a body that is not JSON, say).</summary>
    public Task SendRawAsync(string body) => writer.WriteAsync(Encoding.UTF8.GetBytes(body));

    /// <summary>Opens a document with <paramref name="text"/>.</summary>
    public Task OpenAsync(string uri, string text, string languageId = "markdown", int version = 1) =>
        NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = languageId, ["version"] = version, ["text"] = text },
        });

    /// <summary>
    /// The next notification of <paramref name="method"/> that <paramref name="where"/> accepts; others that come
    /// first are kept for later calls.
    /// </summary>
    public async Task<JsonObject> NextNotificationAsync(string method, Func<JsonObject, bool>? where = null)
    {
        bool Wanted(JsonObject message) => (string?)message["method"] == method && (where is null || where((JsonObject)message["params"]!));
        var earlier = missed.FirstOrDefault(Wanted);
        if (earlier is not null)
        {
            missed.Remove(earlier);
            return (JsonObject)earlier["params"]!;
        }

        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            var message = await notifications.Reader.ReadAsync(timeout.Token);
            if (Wanted(message))
            {
                return (JsonObject)message["params"]!;
            }

            missed.Add(message);
        }
    }

    /// <summary>The next diagnostics published for <paramref name="uri"/> (at <paramref name="version"/>, when given).</summary>
    public async Task<JsonArray> NextDiagnosticsAsync(string uri, int? version = null)
    {
        var published = await NextNotificationAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == uri && (version is null || (int?)p["version"] == version));
        return (JsonArray)published["diagnostics"]!;
    }

    /// <summary>Every notification received and not yet taken.</summary>
    public async Task<IReadOnlyList<JsonObject>> PendingNotificationsAsync()
    {
        // Whatever the server sends in reply to what came before a round trip has arrived once the round trip is done.
        await RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = UriOf("no-such-document.md") },
            ["position"] = new JsonObject { ["line"] = 0, ["character"] = 0 },
        });
        while (notifications.Reader.TryRead(out var message))
        {
            missed.Add(message);
        }

        return [.. missed];
    }

    /// <summary>Shuts the server down as a client does (<c>shutdown</c>, then <c>exit</c>) and returns its exit code.</summary>
    public async Task<int> ShutDownAsync()
    {
        await RequestAsync("shutdown", null);
        await NotifyAsync("exit", null);
        return await Running.WaitAsync(Timeout);
    }

    public async ValueTask DisposeAsync()
    {
        await toServer.Writer.CompleteAsync();
        await Running.WaitAsync(Timeout);
        await reading.WaitAsync(Timeout);
        Workspace.Dispose();
    }

    private Task SendAsync(JsonObject message) => writer.WriteAsync(Encoding.UTF8.GetBytes(message.ToJsonString()));

    private async Task ReadAsync()
    {
        var reader = new MessageReader(toClient.Reader.AsStream());
        while (await reader.ReadAsync() is { } body)
        {
            var message = JsonNode.Parse(body)!.AsObject();
            if (message["method"] is null && message["id"] is null)
            {
                Unanswerable.Enqueue(message);
            }
            else if (message["method"] is null)
            {
                responses.TryRemove((int)message["id"]!, out var answer);
                answer?.SetResult(message);
            }
            else if (message["id"] is { } id)
            {
                ServerRequests.Enqueue((string)message["method"]!);
                await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = null });
            }
            else
            {
                await notifications.Writer.WriteAsync(message);
            }
        }
    }
}

/// <summary>A JSON-RPC error the server answered with.</summary>
internal sealed class LspErrorException(int code, string message) : Exception($"{code}: {message}")
{
    public int Code { get; } = code;
}

/// <summary>Protocol values built and read in tests.</summary>
internal static class Lsp
{
    public static JsonObject Position(int line, int character) => new() { ["line"] = line, ["character"] = character };

    public static JsonObject Range(int startLine, int startCharacter, int endLine, int endCharacter) =>
        new() { ["start"] = Position(startLine, startCharacter), ["end"] = Position(endLine, endCharacter) };

    public static JsonObject Document(string uri) => new() { ["uri"] = uri };

    /// <summary>(line, character, end line, end character) of a range.</summary>
    public static (int, int, int, int) Read(JsonNode range) =>
        ((int)range["start"]!["line"]!, (int)range["start"]!["character"]!, (int)range["end"]!["line"]!, (int)range["end"]!["character"]!);

    /// <summary>
    /// Applies text edits to <paramref name="text"/> as a client does: positions are UTF-16 offsets in lines broken at
    /// CRLF, LF or CR, every edit's range in the text before any edit. Written apart from the server's own line map.
    /// </summary>
    public static string ApplyEdits(string text, JsonArray edits)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                lineStarts.Add(i + 1);
            }
        }

        int Offset(JsonNode position) => (int)position["line"]! >= lineStarts.Count ? text.Length : lineStarts[(int)position["line"]!] + (int)position["character"]!;
        var result = new StringBuilder(text);
        foreach (var edit in edits.OrderByDescending(e => Offset(e!["range"]!["start"]!)))
        {
            var start = Offset(edit!["range"]!["start"]!);
            result.Remove(start, Offset(edit["range"]!["end"]!) - start).Insert(start, (string)edit["newText"]!);
        }

        return result.ToString();
    }

    /// <summary>The edits of a code action for <paramref name="uri"/>, whether the edit is by URI or versioned.</summary>
    public static JsonArray EditsOf(JsonNode action, string uri) =>
        action["edit"]!["changes"] is JsonObject changes
            ? (JsonArray)changes[uri]!
            : (JsonArray)action["edit"]!["documentChanges"]!.AsArray().Single(c => (string?)c!["textDocument"]!["uri"] == uri)!["edits"]!;
}
