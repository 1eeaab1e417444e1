using System.Text;

namespace ContentLint.Files;

/// <summary>
/// How article files are read: the largest file linted, the encoding of files without a byte-order mark and the
/// fields of JSON Lines records (configuration's <c>max-file-size</c>, <c>encoding</c> and <c>jsonl</c>).
/// </summary>
public sealed record ArticleReadOptions
{
    /// <summary>
    /// The default <see cref="MaxFileSize"/>: 10 MiB. A long article is around 100 KB, so only dumps and blobs are
    /// larger; linting holds about ten times a file's size in memory, and a run lints dozens of files at once.
    /// </summary>
    public const long DefaultMaxFileSize = 10L * 1024 * 1024;

    /// <summary>The options used when configuration says nothing: 10 MiB, encoding detected.</summary>
    public static ArticleReadOptions Default { get; } = new();

    /// <summary>
    /// Files larger than this many bytes are skipped with a <c>CL0009</c> finding. For JSON Lines, which stream, it
    /// bounds each record's text (in UTF-8 bytes) instead of the file.
    /// </summary>
    public long MaxFileSize { get; init; } = DefaultMaxFileSize;

    /// <summary>
    /// The encoding of files without a byte-order mark; null detects it: UTF-8, or Windows-1252 when the bytes are
    /// not UTF-8 and read as Windows-1252 text (see <see cref="ArticleReader.Decode(ReadOnlySpan{byte}, ArticleReadOptions)"/>).
    /// A byte-order mark always wins.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>
    /// How the records of JSON Lines files map to documents (configuration's <c>jsonl</c>); used wherever a caller
    /// does not pass a mapping of its own.
    /// </summary>
    public JsonLinesOptions JsonLines { get; init; } = JsonLinesOptions.Default;
}
