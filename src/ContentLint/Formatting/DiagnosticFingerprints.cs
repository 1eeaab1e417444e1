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
    private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);
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

        var key = diagnostic.Id + "\n" + diagnostic.Message;
        var rank = seen[key] = seen.GetValueOrDefault(key) + 1;
        return Hash($"{where}\n{key}\n{rank.ToString(CultureInfo.InvariantCulture)}");
    }

    private static string Hash(string text)
    {
        // One per finding in a report: the UTF-8 in a pooled buffer and the hash on the stack, not three arrays.
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            SHA256.HashData(bytes.AsSpan(0, Encoding.UTF8.GetBytes(text, bytes)), hash);
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
