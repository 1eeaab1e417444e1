using System.Globalization;
using System.Text;

namespace ContentLint.Cli.LanguageServer.JsonRpc;

/// <summary>
/// Writes messages with the Language Server Protocol's framing (<c>Content-Length: N</c>, a blank line, the UTF-8
/// JSON body), one whole message at a time: responses and notifications come from many tasks at once.
/// </summary>
internal sealed class MessageWriter(Stream output)
{
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Writes one message and flushes it, so the client sees it now.</summary>
    /// <exception cref="IOException">The client's end of the stream is gone.</exception>
    public async Task WriteAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n"));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await output.WriteAsync(header, cancellationToken).ConfigureAwait(false);
            await output.WriteAsync(body, cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }
}
