namespace ContentLint.Cli.LanguageServer.JsonRpc;

/// <summary>Thrown by a request handler to answer with a JSON-RPC error of its choosing.</summary>
internal sealed class JsonRpcException(int code, string message) : Exception(message)
{
    /// <summary>One of <see cref="JsonRpcErrorCodes"/>.</summary>
    public int Code { get; } = code;
}
