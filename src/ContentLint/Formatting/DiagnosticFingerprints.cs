using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ContentLint.Diagnostics;

namespace ContentLint.Formatting;

/// <summary>
/// Stable fingerprints for findings, as code-scanning dashboards want them (SARIF <c>partialFingerprints</c>,
/// GitLab Code Quality <c>fingerprint</c>): a hash of the file, the record, the rule, the message and the
/// finding's rank among identical ones — never the line, so edits elsewhere in the file keep it.
/// Feed the findings in report order; one instance serves one report.
/// </summary>
internal sealed class DiagnosticFingerprints
{
    private readonly Dictionary<(string Id, string Message), int> seen = [];
    private string? scope;

    /// <summary>The fingerprint of <paramref name="diagnostic"/>: 32 lower-case hex digits.</summary>
    public string Next(Finding diagnostic)
    {
        var where = diagnostic.Record is { } record
            ? diagnostic.Path + "\n" + (record.Id ?? record.Line.ToString(CultureInfo.InvariantCulture))
            : diagnostic.Path;
        if (where != scope)
        {
            // Ranks count within one file or record; forgetting older ones keeps memory flat over a long corpus.
            seen.Clear();
            scope = where;
        }

        var key = (diagnostic.Id, diagnostic.Message);
        var rank = seen[key] = seen.GetValueOrDefault(key) + 1;
        return Hash(where, diagnostic.Id, diagnostic.Message, rank);
    }

    /// <summary>The hash of "where\nid\nmessage\nrank" in UTF-8.</summary>
    private static string Hash(string where, string id, string message, int rank)
    {
        // One per finding in a report: the UTF-8 in a pooled buffer and the hash on the stack, no string joined first.
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(where.Length + id.Length + message.Length + 3) + 11);
        try
        {
            var length = 0;
            foreach (var part in (ReadOnlySpan<string>)[where, id, message])
            {
                length += Encoding.UTF8.GetBytes(part, bytes.AsSpan(length));
                bytes[length++] = (byte)'\n';
            }

            rank.TryFormat(bytes.AsSpan(length), out var digits, provider: CultureInfo.InvariantCulture);
            SHA256.HashData(bytes.AsSpan(0, length + digits), hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }

#if NET9_0_OR_GREATER
        return Convert.ToHexStringLower(hash[..16]);
#else
        return Convert.ToHexString(hash[..16]).ToLowerInvariant();
#endif
    }
}
