using System.Collections.Immutable;
using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Files;

namespace ContentLint.Fixing;

/// <summary>
/// The fix of one article file, computed but not yet written: the new text, how it will be stored (the original's
/// encoding, byte-order mark and line breaks) and, when the file cannot be fixed safely, why.
/// </summary>
internal sealed class FileFix
{
    private readonly byte[] originalBytes;
    private readonly ArticleText? article;

    private FileFix(string fullPath, string path, FixResult result, byte[] originalBytes, ArticleText? article, string? problem, bool isJsonLines = false)
    {
        IsJsonLines = isJsonLines;
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

    /// <summary>
    /// True for a JSON Lines file: its records are linted (<see cref="FixResult.Remaining"/> holds their findings) but
    /// not fixed, and <see cref="Problem"/> says so.
    /// </summary>
    public bool IsJsonLines { get; }

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
        if (JsonLinesReader.IsJsonLinesPath(fullPath))
        {
            // Rewriting a record's text field is not done yet; fixing it as one article would find nothing and say so.
            var records = fixer.Linter.LintSourceFile(fullPath, path, cancellationToken: cancellationToken).Diagnostics;
            return new FileFix(fullPath, path, new FixResult("", "", records, [], records, 0), [], null, "a JSON Lines file is not fixed in place; fix its records as a filter (contentlint fix - < FILE > FIXED), and lint reports their findings", isJsonLines: true);
        }

        byte[] bytes;
        try
        {
            // Read as lint reads it: a regular file, never past the size limit.
            bytes = BoundedFile.ReadAllBytes(fullPath, fixer.Linter.ReadOptions.MaxFileSize);
        }
        catch (FileTooLargeException e)
        {
            return NotLinted(fixer, ArticleFileLoader.TooLarge(path, "File", e.Size, fixer.Linter.ReadOptions).Problem!, fullPath, path, []);
        }
        catch (NotRegularFileException e)
        {
            return NotLinted(fixer, ArticleFileLoader.NotRegular(path, e.KindName), fullPath, path, []);
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
    /// <param name="bytes">The file's content, decoded as <see cref="ArticleReader.Decode(ReadOnlySpan{byte}, ArticleReadOptions)"/> does with the linter's <see cref="Linter.ReadOptions"/>.</param>
    /// <param name="fullPath">Where <see cref="Write"/> would write; also the path findings show unless <paramref name="path"/> is given.</param>
    /// <param name="path">The path findings show.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static FileFix FromBytes(Fixer fixer, byte[] bytes, string fullPath, string? path = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fixer);
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(fullPath);
        path ??= fullPath;
        var readOptions = fixer.Linter.ReadOptions;
        // Skipped as lint skips it (too large, binary): its finding is all that remains.
        if (bytes.LongLength > readOptions.MaxFileSize)
        {
            return NotLinted(fixer, ArticleFileLoader.TooLarge(path, "File", bytes.LongLength, readOptions).Problem!, fullPath, path, bytes);
        }

        if (ArticleFileLoader.BinaryOffset(bytes) is { } nul)
        {
            return NotLinted(fixer, ArticleFileLoader.BinaryFile(path, nul), fullPath, path, bytes);
        }

        var article = ArticleReader.Decode(bytes, readOptions);
        // As Linter.LintFile parses a file, so that fix and lint judge an article alike.
        var options = new DocumentOptions { Path = path, DefaultLanguage = fixer.Linter.DefaultLanguage };
        var result = fixer.Fix(article.Text, options, cancellationToken);
        var problem = !result.IsChanged ? null
            : !ArticleEncoding.RoundTrips(bytes, article) ? "the file is not valid " + article.Encoding.WebName.ToUpperInvariant() + "; rewriting it would change bytes that no finding covers"
            : !TextEncodings.CanEncode(article.Encoding, result.Text) ? "the fixed text has characters that " + article.Encoding.WebName + " cannot store"
            : null;
        if (article.FirstInvalidByte is not null
            && fixer.Linter.Configure(ArticleFileLoader.InvalidBytes(bytes, article, Document.Parse(article.Text, options))!) is { } invalid)
        {
            // Reported as lint reports it, with the findings.
            result = result with { Found = [.. result.Found.Append(invalid).Order()], Remaining = [.. result.Remaining.Append(invalid).Order()] };
        }

        if (problem is not null)
        {
            // Nothing will change, so what remains is what the file has now.
            result = new FixResult(article.Text, article.Text, result.Found, [], result.Found, 0);
        }

        return new FileFix(fullPath, path, result, bytes, article, problem);
    }

    private static FileFix NotLinted(Fixer fixer, Finding reason, string fullPath, string path, byte[] bytes)
    {
        ImmutableArray<Finding> findings = fixer.Linter.Configure(reason) is { } finding ? [finding] : [];
        return new FileFix(fullPath, path, new FixResult("", "", findings, [], findings, 0), bytes, null, "the file was not linted: " + reason.Message);
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
    /// The change as a patch <c>git apply</c> takes, byte for byte: a unified diff for UTF-8 (a byte-order mark stays
    /// on the first line, where the file has it), a git binary patch for other encodings, whose bytes a diff printed
    /// as UTF-8 would not match. Names are quoted as git quotes them. Empty when nothing changes.
    /// </summary>
    /// <param name="oldName">The name before, such as <c>a/seeds/article.txt</c>.</param>
    /// <param name="newName">The name after, such as <c>b/seeds/article.txt</c>.</param>
    public string CreatePatch(string oldName, string newName)
    {
        ArgumentNullException.ThrowIfNull(oldName);
        ArgumentNullException.ThrowIfNull(newName);
        if (!IsChanged || article is null)
        {
            return "";
        }

        if (article.Encoding.CodePage != TextEncodings.Utf8.CodePage)
        {
            return GitBinaryPatch.Create(originalBytes, GetNewBytes(), UnifiedDiff.QuotePath(oldName), UnifiedDiff.QuotePath(newName));
        }

        var mark = article.HasByteOrderMark ? "\uFEFF" : "";
        return UnifiedDiff.Create(mark + Result.OriginalText, mark + Result.Text, UnifiedDiff.QuotePath(oldName), UnifiedDiff.QuotePath(newName));
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
