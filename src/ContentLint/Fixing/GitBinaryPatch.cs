using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace ContentLint.Fixing;

/// <summary>
/// A file's change as a git binary patch (<c>GIT binary patch</c>, literal hunks of zlib data in git's base 85), for
/// files whose bytes are not UTF-8 text (Windows-1252, UTF-16): a text diff printed as UTF-8 would not match their
/// bytes, and <c>git apply</c> would refuse it. The <c>index</c> line names both blobs in full, as git requires.
/// </summary>
internal static class GitBinaryPatch
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";

    public static string Create(byte[] oldBytes, byte[] newBytes, string oldName, string newName)
    {
        var patch = new StringBuilder();
        patch.Append("diff --git ").Append(oldName).Append(' ').Append(newName).Append('\n');
        patch.Append("index ").Append(BlobId(oldBytes)).Append("..").Append(BlobId(newBytes)).Append('\n');
        patch.Append("GIT binary patch\n");
        Literal(patch, newBytes);
        Literal(patch, oldBytes);
        return patch.ToString();
    }

    /// <summary>The blob's git object id: SHA-1 of "blob SIZE\0" and the bytes (an id, not a security measure).</summary>
    private static string BlobId(byte[] bytes)
    {
        var header = Encoding.ASCII.GetBytes($"blob {bytes.Length}\0");
#pragma warning disable CA5350 // git names objects by SHA-1; nothing here relies on it for security.
        return Convert.ToHexString(SHA1.HashData([.. header, .. bytes])).ToLowerInvariant();
#pragma warning restore CA5350
    }

    private static void Literal(StringBuilder patch, byte[] bytes)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(bytes);
        }

        var data = compressed.ToArray();
        patch.Append("literal ").Append(bytes.Length).Append('\n');
        Span<char> digits = stackalloc char[5];
        for (var offset = 0; offset < data.Length; offset += 52)
        {
            var count = Math.Min(52, data.Length - offset);
            patch.Append(count <= 26 ? (char)('A' + count - 1) : (char)('a' + count - 27));
            for (var group = 0; group < count; group += 4)
            {
                uint value = 0;
                for (var i = 0; i < 4; i++)
                {
                    value = (value << 8) | (group + i < count ? data[offset + group + i] : 0u);
                }

                for (var i = 4; i >= 0; i--)
                {
                    digits[i] = Alphabet[(int)(value % 85)];
                    value /= 85;
                }

                patch.Append(digits);
            }

            patch.Append('\n');
        }

        patch.Append('\n');
    }
}
