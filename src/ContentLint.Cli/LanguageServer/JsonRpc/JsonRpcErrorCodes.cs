namespace ContentLint.Cli.LanguageServer.JsonRpc;

/// <summary>The error codes of JSON-RPC 2.0 and those the Language Server Protocol adds.</summary>
internal static class JsonRpcErrorCodes
{
    /// <summary>The body is not JSON.</summary>
    public const int ParseError = -32700;

    /// <summary>The JSON is not a request, a notification or a response.</summary>
    public const int InvalidRequest = -32600;

    /// <summary>No handler for the method.</summary>
    public const int MethodNotFound = -32601;

    /// <summary>The parameters do not have the method's shape.</summary>
    public const int InvalidParams = -32602;

    /// <summary>The handler failed.</summary>
    public const int InternalError = -32603;

    /// <summary>A request other than <c>initialize</c> came before it.</summary>
    public const int ServerNotInitialized = -32002;

    /// <summary>The client cancelled the request (<c>$/cancelRequest</c>).</summary>
    public const int RequestCancelled = -32800;
}
