using System.Text;
using ContentLint.Diagnostics;
using ContentLint.Documents;

namespace ContentLint.Files;

/// <summary>
/// One unit a file yields for linting: a whole article, or one record of a JSON Lines corpus. When the unit cannot
/// be linted (an unreadable file, a malformed record) <see cref="Problem"/> says why and <see cref="Document"/> is null.
/// </summary>
/// <param name="Document">The document to lint; null when there is a problem.</param>
/// <param name="Record">For a JSON Lines record: where it is in the file.</param>
/// <param name="Problem">
/// The engine finding that replaces the document when it cannot be read or is skipped (binary, too large); with a
/// document, a finding about how it was read (invalid UTF-8), reported with the document's findings.
/// </param>
internal sealed record SourceDocument(Document? Document, RecordLocation? Record, Finding? Problem);

/// <summary>
/// Turns a file or a stream into the documents to lint: one for an article (plain text or Markdown, chosen by
/// extension), one per record for JSON Lines (<c>.jsonl</c>, <c>.ndjson</c>, or when asked), read lazily so that
/// a corpus of any size streams through.
/// </summary>
internal static class ArticleSource
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="displayPath">The path findings show.</param>
    /// <param name="jsonLines">The record mapping when the file is JSON Lines; null uses <paramref name="readOptions"/>' mapping.</param>
    /// <param name="forceJsonLines">Read the file as JSON Lines whatever its extension.</param>
    /// <param name="defaultLanguage">The language of documents that do not state one (configuration's).</param>
    /// <param name="readOptions">The size limit, encoding and record mapping (<see cref="Linter.ReadOptions"/>); null uses the defaults.</param>
    public static IEnumerable<SourceDocument> ReadFile(string path, string displayPath, JsonLinesOptions? jsonLines = null, bool forceJsonLines = false, string? defaultLanguage = null, ArticleReadOptions? readOptions = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(displayPath);
        readOptions ??= ArticleReadOptions.Default;
        if (FileIdentity.Of(path) is { Kind: not FileKind.Regular } other)
        {
            return [other.Kind == FileKind.Folder ? UnlistableFolder(path, displayPath) : new SourceDocument(null, null, ArticleFileLoader.NotRegular(displayPath, other.KindName))];
        }

        if (forceJsonLines || JsonLinesReader.IsJsonLinesPath(path))
        {
            return Guard(() => File.OpenRead(path), stream => BinaryJsonLines(stream, displayPath) ?? ReadJsonLines(stream, displayPath, jsonLines, defaultLanguage, readOptions), displayPath);
        }

        return ReadArticle(path, displayPath, readOptions, defaultLanguage);
    }

    /// <summary>
    /// A folder among the files of a run is one the search could not list (no permission, a path past the system's
    /// limit): its <c>CL0001</c> finding says why, so what it holds is not skipped without a word.
    /// </summary>
    private static SourceDocument UnlistableFolder(string path, string displayPath)
    {
        string reason;
        try
        {
            using var entries = Directory.EnumerateFileSystemEntries(path).GetEnumerator();
            entries.MoveNext();
            reason = "it is a folder";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reason = "the folder cannot be listed, so the files in it were not linted: " + e.Message;
        }

        return new SourceDocument(null, null, Problem(EngineDiagnostics.FileUnreadable, displayPath, reason));
    }

    /// <summary>Reads the file at <paramref name="path"/> as one article, whatever its extension.</summary>
    internal static IEnumerable<SourceDocument> ReadArticle(string path, string displayPath, ArticleReadOptions readOptions, string? defaultLanguage) =>
        Guard(() => ArticleFileLoader.ReadFile(path, displayPath, readOptions, defaultLanguage), source => [source], displayPath);

    /// <summary>Reads <paramref name="stream"/> (such as standard input) as the file <paramref name="displayPath"/>.</summary>
    public static IEnumerable<SourceDocument> ReadStream(Stream stream, string displayPath, JsonLinesOptions? jsonLines = null, bool forceJsonLines = false, string? defaultLanguage = null, ArticleReadOptions? readOptions = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(displayPath);
        readOptions ??= ArticleReadOptions.Default;
        if (forceJsonLines || JsonLinesReader.IsJsonLinesPath(displayPath))
        {
            return Guard(() => stream, s => ReadJsonLines(s, displayPath, jsonLines, defaultLanguage, readOptions), displayPath, dispose: false);
        }

        return Guard(() => ArticleFileLoader.ReadStream(stream, displayPath, readOptions, defaultLanguage), source => [source], displayPath);
    }

    /// <summary>
    /// Reads <paramref name="text"/>, already decoded (an editor's buffer), as the file <paramref name="displayPath"/>
    /// would be read: records for JSON Lines, else one article within the size limit.
    /// </summary>
    public static IEnumerable<SourceDocument> ReadText(string text, string displayPath, bool forceJsonLines, string? defaultLanguage, ArticleReadOptions readOptions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(displayPath);
        if (forceJsonLines || JsonLinesReader.IsJsonLinesPath(displayPath))
        {
            // JSON text is UTF-8 whatever the configured encoding of articles.
            return ReadStream(new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false), displayPath, null, forceJsonLines: true, defaultLanguage, readOptions);
        }

        return [ArticleFileLoader.FromText(text, displayPath, readOptions, defaultLanguage)];
    }

    /// <summary>The <c>CL0007</c> finding when a JSON Lines file looks binary; null (and the stream back at its start) otherwise.</summary>
    private static IEnumerable<SourceDocument>? BinaryJsonLines(Stream stream, string displayPath)
    {
        var probe = new byte[ArticleFileLoader.BinaryProbeLength];
        var length = stream.ReadAtLeast(probe, probe.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        return ArticleFileLoader.BinaryOffset(probe.AsSpan(0, length)) is null ? null : [ArticleFileLoader.FromBytes(probe.AsSpan(0, length), displayPath, ArticleReadOptions.Default, null)];
    }

    private static IEnumerable<SourceDocument> ReadJsonLines(Stream stream, string displayPath, JsonLinesOptions? options, string? defaultLanguage, ArticleReadOptions readOptions)
    {
        options ??= readOptions.JsonLines;
        var invalidReported = false;
        foreach (var record in JsonLinesReader.Read(stream, options))
        {
            var location = new RecordLocation(record.Line, record.Id, record.Text is null ? null : options.TextField);
            if (record.Text is null)
            {
                var problem = Problem(EngineDiagnostics.RecordMalformed, displayPath, record.Error ?? "no text") with { Record = location };
                yield return new SourceDocument(null, location, problem);
                continue;
            }

            // The file streams, so the size limit bounds each record's text instead.
            if (record.Text.Length > readOptions.MaxFileSize / 3 && Encoding.UTF8.GetByteCount(record.Text) is var size && size > readOptions.MaxFileSize)
            {
                var skipped = ArticleFileLoader.TooLarge(displayPath, "Record", size, readOptions);
                yield return skipped with { Record = location, Problem = skipped.Problem! with { Record = location } };
                continue;
            }

            var document = Document.Parse(record.Text, new DocumentOptions
            {
                Path = displayPath,
                Format = options.Format,
                Title = record.Title,
                Language = record.Language,
                DefaultLanguage = defaultLanguage,
            });
            Finding? invalid = null;
            if (record.FirstInvalidByte is { } offset && !invalidReported)
            {
                // Once per file, as for an article: on the first record with invalid bytes, at the offset in its line.
                // Linting gives it the record's location, with the record's other findings.
                invalidReported = true;
                invalid = ArticleFileLoader.InvalidUtf8(document, default, offset, record.InvalidByteValue);
            }

            yield return new SourceDocument(document, location, invalid);
        }
    }

    /// <summary>
    /// Opens the source and enumerates what it yields; an I/O failure, at opening or midway, becomes a final
    /// <c>CL0001</c> problem instead of an exception.
    /// </summary>
    private static IEnumerable<SourceDocument> Guard<T>(Func<T> open, Func<T, IEnumerable<SourceDocument>> read, string displayPath, bool dispose = true)
    {
        IEnumerator<SourceDocument>? items = null;
        T opened = default!;
        string? failure = null;
        try
        {
            opened = open();
            items = read(opened).GetEnumerator();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failure = e.Message;
        }

        if (items is not null)
        {
            try
            {
                while (failure is null)
                {
                    SourceDocument current;
                    try
                    {
                        if (!items.MoveNext())
                        {
                            break;
                        }

                        current = items.Current;
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        failure = e.Message;
                        break;
                    }

                    yield return current;
                }
            }
            finally
            {
                items.Dispose();
                if (dispose && opened is IDisposable disposable)
                {
                    disposable.Dispose();
                }
            }
        }

        if (failure is not null)
        {
            yield return new SourceDocument(null, null, Problem(EngineDiagnostics.FileUnreadable, displayPath, failure));
        }
    }

    private static Finding Problem(RuleDescriptor descriptor, string displayPath, string reason) =>
        ArticleFileLoader.Finding(descriptor, displayPath, null, default, ("reason", reason));
}
