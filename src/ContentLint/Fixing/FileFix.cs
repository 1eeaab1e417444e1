using ContentLint.Documents;
using ContentLint.Files;

namespace ContentLint.Fixing;

/// <summary>
/// The fix of one article file, computed but not yet written: the new text, how it will be stored (the original's
/// encoding, byte-order mark and line breaks) and, when the file cannot be fixed safely, why.
/// </summary>
public sealed class FileFix
{
    private readonly byte[] originalBytes;
    private readonly ArticleText? article;

    private FileFix(string fullPath, string path, FixResult result, byte[] originalBytes, ArticleText? article, string? problem)
    {
        FullPath = fullPath;
        Path = path;
        Result = result;
        this.originalBytes = originalBytes;
        this.article = article;
        Problem = problem;
    }

    /// <summary>The file's full path.</summary>
    public string FullPath { get; }

    /// <summary>The file as reports show it.</summary>
    public string Path { get; }

    /// <summary>What fixing the file's text did.</summary>
    public FixResult Result { get; }

    /// <summary>
    /// Why the file cannot be fixed: it cannot be read, or its bytes do not survive decoding (invalid UTF-8), so
    /// rewriting it would change text no finding covers. Null when it can be written.
    /// </summary>
    public string? Problem { get; }

    /// <summary>True when writing would change the file.</summary>
    public bool IsChanged => Problem is null && Result.IsChanged;

    /// <summary>Reads <paramref name="fullPath"/> and fixes its text with <paramref name="fixer"/>; nothing is written.</summary>
    /// <param name="fixer">The fixer to apply.</param>
    /// <param name="fullPath">The file to read.</param>
    /// <param name="path">The path findings show; defaults to <paramref name="fullPath"/>.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static FileFix Create(Fixer fixer, string fullPath, string? path = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fixer);
        ArgumentNullException.ThrowIfNull(fullPath);
        path ??= fullPath;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The linter turns an unreadable file into its CL0001 finding; that finding is what remains.
            var unreadable = fixer.Linter.LintFile(fullPath, path, cancellationToken);
            return new FileFix(fullPath, path, new FixResult("", "", unreadable.Diagnostics, [], unreadable.Diagnostics, 0), [], null, $"cannot read the file: {e.Message}");
        }

        return FromBytes(fixer, bytes, fullPath, path, cancellationToken);
    }

    /// <summary>
    /// Fixes an article given as the bytes of its file (read from a blob store, an archive, a test), as
    /// <see cref="Create"/> does after reading them; <see cref="GetNewBytes"/> gives the bytes to store.
    /// </summary>
    /// <param name="fixer">The fixer to apply.</param>
    /// <param name="bytes">The file's content: UTF-8 with or without a byte-order mark, or UTF-16 with one.</param>
    /// <param name="fullPath">Where <see cref="Write"/> would write; also the path findings show unless <paramref name="path"/> is given.</param>
    /// <param name="path">The path findings show.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static FileFix FromBytes(Fixer fixer, byte[] bytes, string fullPath, string? path = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fixer);
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(fullPath);
        path ??= fullPath;
        var article = ArticleReader.Decode(bytes);
        // As Linter.LintFile parses a file, so that fix and lint judge an article alike.
        var languages = fixer.Linter.Languages;
        var options = new DocumentOptions { Path = path, DefaultLanguage = languages.Length == 1 ? languages[0] : null };
        var result = fixer.Fix(article.Text, options, cancellationToken);
        var problem = result.IsChanged && !ArticleEncoding.RoundTrips(bytes, article)
            ? "the file is not valid " + article.Encoding.WebName.ToUpperInvariant() + "; rewriting it would change bytes that no finding covers"
            : null;
        if (problem is not null)
        {
            // Nothing will change, so what remains is what the file has now.
            result = new FixResult(article.Text, article.Text, result.Found, [], result.Found, 0);
        }

        return new FileFix(fullPath, path, result, bytes, article, problem);
    }

    /// <summary>The bytes the file will hold: the fixed text in the original's encoding, with its byte-order mark if it had one.</summary>
    /// <exception cref="InvalidOperationException">The file cannot be fixed (<see cref="Problem"/>).</exception>
    public byte[] GetNewBytes()
    {
        if (Problem is not null || article is null)
        {
            throw new InvalidOperationException($"{Path} cannot be fixed: {Problem}");
        }

        return Result.IsChanged ? ArticleEncoding.Encode(Result.Text, article) : (byte[])originalBytes.Clone();
    }

    /// <summary>
    /// Writes the fixed file atomically with <paramref name="writer"/> (<see cref="SafeFileWriter.Default"/> when null).
    /// A file that did not change is not touched, so its modification time stays.
    /// </summary>
    /// <returns>True when the file was rewritten.</returns>
    /// <exception cref="InvalidOperationException">The file cannot be fixed (<see cref="Problem"/>).</exception>
    /// <exception cref="IOException">The write failed; the file holds its original content.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be replaced; it holds its original content.</exception>
    public bool Write(SafeFileWriter? writer = null)
    {
        var newBytes = GetNewBytes();
        if (!Result.IsChanged)
        {
            return false;
        }

        (writer ?? SafeFileWriter.Default).Replace(FullPath, originalBytes, newBytes);
        return true;
    }
}
