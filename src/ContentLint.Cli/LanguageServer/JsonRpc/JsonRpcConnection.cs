using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ContentLint.Cli.LanguageServer.JsonRpc;

/// <summary>
/// A JSON-RPC 2.0 endpoint over a pair of streams, with source-generated serialization only (no reflection, so it
/// runs trimmed and as Native AOT). Messages are read one at a time: notifications run to completion in the order
/// they came, and so does the synchronous start of each request handler, so a request sees every change sent before
/// it; the rest of a request runs concurrently and can be cancelled with <c>$/cancelRequest</c>. No handler's failure
/// ends the connection: a request answers with an error, a notification's failure is logged.
/// </summary>
internal sealed class JsonRpcConnection
{
    private const string CancelRequestMethod = "$/cancelRequest";

    private readonly MessageReader reader;
    private readonly MessageWriter writer;
    private readonly TextWriter log;
    private readonly Dictionary<string, Func<JsonElement, CancellationToken, Task<Action<Utf8JsonWriter>>>> requests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Action<JsonElement>> notifications = new(StringComparer.Ordinal);

    /// <summary>The requests being handled, by their id's JSON text, to cancel them.</summary>
    private readonly ConcurrentDictionary<string, CancellationTokenSource> running = new(StringComparer.Ordinal);

    private int nextRequestId;
    private volatile bool stopping;

    /// <summary>Creates an endpoint that reads <paramref name="input"/> and writes <paramref name="output"/>.</summary>
    /// <param name="input">The client's messages.</param>
    /// <param name="output">Where responses and the server's own messages go.</param>
    /// <param name="log">Where failures are described for people (standard error: the client shows or keeps it).</param>
    public JsonRpcConnection(Stream input, Stream output, TextWriter log)
    {
        reader = new MessageReader(input);
        writer = new MessageWriter(output);
        this.log = log;
    }

    /// <summary>Handles the requests of <paramref name="method"/>; a null result is sent as <c>null</c>.</summary>
    public void OnRequest<TParams, TResult>(string method, JsonTypeInfo<TParams> parameters, JsonTypeInfo<TResult> result, Func<TParams, CancellationToken, Task<TResult?>> handler) =>
        requests[method] = async (json, cancellationToken) =>
        {
            // Read here, before the message is released: the handler may go on after the next message is read.
            var value = Deserialize(json, parameters);
            var answer = handler(value, cancellationToken);
            var outcome = await answer.ConfigureAwait(false);
            return w =>
            {
                if (outcome is null)
                {
                    w.WriteNullValue();
                }
                else
                {
                    JsonSerializer.Serialize(w, outcome, result);
                }
            };
        };

    /// <summary>Handles the requests of <paramref name="method"/>, which carry no parameters the server reads and answer null (<c>shutdown</c>).</summary>
    public void OnRequest(string method, Action handler) =>
        requests[method] = (_, _) =>
        {
            handler();
            return Task.FromResult<Action<Utf8JsonWriter>>(w => w.WriteNullValue());
        };

    /// <summary>Handles the notifications of <paramref name="method"/>.</summary>
    public void OnNotification<TParams>(string method, JsonTypeInfo<TParams> parameters, Action<TParams> handler) =>
        notifications[method] = json => handler(Deserialize(json, parameters));

    /// <summary>Handles the notifications of <paramref name="method"/>, which carry nothing the server reads.</summary>
    public void OnNotification(string method, Action handler) => notifications[method] = _ => handler();

    /// <summary>Ends <see cref="RunAsync"/> after the message being handled.</summary>
    public void Stop() => stopping = true;

    /// <summary>Sends a notification.</summary>
    public Task NotifyAsync<T>(string method, T parameters, JsonTypeInfo<T> info) =>
        SendAsync(w =>
        {
            w.WriteString("method", method);
            w.WritePropertyName("params");
            JsonSerializer.Serialize(w, parameters, info);
        });

    /// <summary>Sends a request whose answer the server does not need (its errors are logged).</summary>
    public Task RequestAsync<T>(string method, T parameters, JsonTypeInfo<T> info)
    {
        var id = Interlocked.Increment(ref nextRequestId);
        return SendAsync(w =>
        {
            w.WriteString("id", "contentlint-" + id.ToString(CultureInfo.InvariantCulture));
            w.WriteString("method", method);
            w.WritePropertyName("params");
            JsonSerializer.Serialize(w, parameters, info);
        });
    }

    /// <summary>Sends a request that has no parameters.</summary>
    public Task RequestAsync(string method)
    {
        var id = Interlocked.Increment(ref nextRequestId);
        return SendAsync(w =>
        {
            w.WriteString("id", "contentlint-" + id.ToString(CultureInfo.InvariantCulture));
            w.WriteString("method", method);
        });
    }

    /// <summary>Reads and dispatches messages until the input ends or <see cref="Stop"/> is called.</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        while (!stopping && await reader.ReadAsync(cancellationToken).ConfigureAwait(false) is { } body)
        {
            Dispatch(body);
        }

        foreach (var request in running.Values)
        {
            request.Cancel();
        }
    }

    private void Dispatch(byte[] body)
    {
        JsonDocument message;
        try
        {
            message = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            _ = RespondAsync(null, JsonRpcErrorCodes.ParseError, "The message is not JSON: " + e.Message);
            return;
        }

        using (message)
        {
            var root = message.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                _ = RespondAsync(null, JsonRpcErrorCodes.InvalidRequest, "A message is a JSON object.");
                return;
            }

            var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number ? idElement.Clone() : (JsonElement?)null;
            if (!root.TryGetProperty("method", out var methodElement) || methodElement.ValueKind != JsonValueKind.String)
            {
                // A response to one of the server's requests: nothing waits for it, but an error is worth a line.
                if (root.TryGetProperty("error", out var error))
                {
                    log.WriteLine($"contentlint lsp: the client answered a request with an error: {error.GetRawText()}");
                }

                return;
            }

            var method = methodElement.GetString()!;
            var parameters = root.TryGetProperty("params", out var p) ? p : default;
            if (id is { } requestId)
            {
                StartRequest(requestId, method, parameters);
            }
            else
            {
                Notify(method, parameters);
            }
        }
    }

    private void Notify(string method, JsonElement parameters)
    {
        if (method == CancelRequestMethod)
        {
            if (parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty("id", out var id) && running.TryGetValue(id.GetRawText(), out var request))
            {
                request.Cancel();
            }

            return;
        }

        if (!notifications.TryGetValue(method, out var handler))
        {
            // Unknown notifications, $/ ones included, may be ignored (LSP 3.17, "$ Notifications and Requests").
            return;
        }

        try
        {
            handler(parameters);
        }
        catch (Exception e)
        {
            log.WriteLine($"contentlint lsp: {method} failed: {e}");
        }
    }

    private void StartRequest(JsonElement id, string method, JsonElement parameters)
    {
        if (!requests.TryGetValue(method, out var handler))
        {
            _ = RespondAsync(id, JsonRpcErrorCodes.MethodNotFound, $"The server does not handle '{method}'.");
            return;
        }

        var key = id.GetRawText();
        var cancellation = new CancellationTokenSource();
        running[key] = cancellation;
        Task<Action<Utf8JsonWriter>> work;
        try
        {
            work = handler(parameters, cancellation.Token);
        }
        catch (Exception e)
        {
            work = Task.FromException<Action<Utf8JsonWriter>>(e);
        }

        _ = CompleteAsync(id, key, method, work, cancellation);
    }

    private async Task CompleteAsync(JsonElement id, string key, string method, Task<Action<Utf8JsonWriter>> work, CancellationTokenSource cancellation)
    {
        try
        {
            var result = await work.ConfigureAwait(false);
            await SendAsync(w =>
            {
                WriteId(w, id);
                w.WritePropertyName("result");
                result(w);
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await RespondAsync(id, JsonRpcErrorCodes.RequestCancelled, "The request was cancelled.").ConfigureAwait(false);
        }
        catch (JsonRpcException e)
        {
            await RespondAsync(id, e.Code, e.Message).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            await RespondAsync(id, JsonRpcErrorCodes.InvalidParams, $"The parameters of '{method}' are not what it takes: {e.Message}").ConfigureAwait(false);
        }
        catch (Exception e)
        {
            log.WriteLine($"contentlint lsp: {method} failed: {e}");
            await RespondAsync(id, JsonRpcErrorCodes.InternalError, $"{method} failed: {e.GetType().Name}: {e.Message}").ConfigureAwait(false);
        }
        finally
        {
            running.TryRemove(key, out _);
            cancellation.Dispose();
        }
    }

    private Task RespondAsync(JsonElement? id, int code, string message) =>
        SendAsync(w =>
        {
            if (id is { } known)
            {
                WriteId(w, known);
            }
            else
            {
                w.WriteNull("id");
            }

            w.WriteStartObject("error");
            w.WriteNumber("code", code);
            w.WriteString("message", message);
            w.WriteEndObject();
        });

    private static void WriteId(Utf8JsonWriter w, JsonElement id)
    {
        w.WritePropertyName("id");
        id.WriteTo(w);
    }

    /// <summary>Writes one message: <c>{"jsonrpc":"2.0", ...members}</c>. A client that has gone away ends the connection.</summary>
    private async Task SendAsync(Action<Utf8JsonWriter> members)
    {
        var body = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(body))
        {
            json.WriteStartObject();
            json.WriteString("jsonrpc", "2.0");
            members(json);
            json.WriteEndObject();
        }

        try
        {
            await writer.WriteAsync(body.WrittenMemory).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            log.WriteLine($"contentlint lsp: the client is gone ({e.Message}); stopping.");
            Stop();
        }
    }

    private static T Deserialize<T>(JsonElement json, JsonTypeInfo<T> info) =>
        json.ValueKind == JsonValueKind.Undefined
            ? throw new JsonException("The message has no parameters.")
            : json.Deserialize(info) ?? throw new JsonException("The parameters are null.");
}
