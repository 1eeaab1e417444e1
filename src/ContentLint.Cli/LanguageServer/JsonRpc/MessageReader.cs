using System.Globalization;
using System.Text;

namespace ContentLint.Cli.LanguageServer.JsonRpc;

/// <summary>
/// Reads the messages of a JSON-RPC stream framed as the Language Server Protocol frames them: header lines
/// (<c>Content-Length: N</c>, optionally <c>Content-Type</c>), a blank line, then N bytes of UTF-8 JSON. Headers it
/// does not know are skipped, and so is a header block without a length, so one malformed frame costs one message.
/// </summary>
internal sealed class MessageReader(Stream input)
{
    /// <summary>Longer header lines are not headers: the stream is out of step, and the line is dropped.</summary>
    private const int MaxHeaderLine = 8 * 1024;

    private readonly byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;

    /// <summary>The body of the next message; null when the stream has ended.</summary>
    public async ValueTask<byte[]?> ReadAsync(CancellationToken cancellationToken = default)
    {
        int? length = null;
        while (true)
        {
            var line = await ReadHeaderLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                if (length is not null)
                {
                    break;
                }

                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0
                && line.AsSpan(0, colon).Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(line.AsSpan(colon + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                length = parsed;
            }
        }

        var body = new byte[length.Value];
        var buffered = Math.Min(end - start, body.Length);
        buffer.AsSpan(start, buffered).CopyTo(body);
        start += buffered;
        var read = buffered;
        while (read < body.Length)
        {
            var got = await input.ReadAsync(body.AsMemory(read), cancellationToken).ConfigureAwait(false);
            if (got == 0)
            {
                return null;
            }

            read += got;
        }

        return body;
    }

    /// <summary>One header line without its line break (CRLF, or a bare LF); null at the end of the stream.</summary>
    private async ValueTask<string?> ReadHeaderLineAsync(CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        // A line longer than any header is not one (a body sent without its header, say): it is dropped whole.
        var tooLong = false;
        while (true)
        {
            if (start == end)
            {
                start = 0;
                end = await input.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (end == 0)
                {
                    return null;
                }
            }

            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            var take = newline < 0 ? end - start : newline;
            if (!tooLong && line.Length + take > MaxHeaderLine)
            {
                tooLong = true;
                line.Clear();
            }
            else if (!tooLong)
            {
                line.Append(Encoding.ASCII.GetString(buffer, start, take));
            }

            start += take;
            if (newline < 0)
            {
                continue;
            }

            start++;
            if (tooLong)
            {
                tooLong = false;
                continue;
            }

            return line.ToString().TrimEnd('\r');
        }
    }
}
