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
/// extension), one per record for JSON Lines (<c>.jsonl</c>, <c>.ndjson</c>, or when asked; plain, gzip or Zstandard)
/// and Parquet (<c>.parquet</c>), read lazily so that a corpus of any size streams through.
/// </summary>
internal static class ArticleSource
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="displayPath">The path findings show.</param>
    /// <param name="jsonLines">The record mapping when the file is JSON Lines or Parquet; null uses <paramref name="readOptions"/>' mapping.</param>
    /// <param name="forceJsonLines">Read the file as JSON Lines whatever its extension.</param>
    /// <param name="defaultLanguage">The language of documents that do not state one (configuration's).</param>
    /// <param name="readOptions">The size limit, encoding and record mapping (<see cref="Linter.ReadOptions"/>); null uses the defaults.</param>
    /// <param name="range">For a file of records: only the records numbered in this range (a shard's part).</param>
    public static IEnumerable<SourceDocument> ReadFile(string path, string displayPath, JsonLinesOptions? jsonLines = null, bool forceJsonLines = false, string? defaultLanguage = null, ArticleReadOptions? readOptions = null, RecordRange? range = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(displayPath);
        readOptions ??= ArticleReadOptions.Default;
        if (FileIdentity.Of(path) is { Kind: not FileKind.Regular } other)
        {
            return [other.Kind == FileKind.Folder ? UnlistableFolder(path, displayPath) : new SourceDocument(null, null, ArticleFileLoader.NotRegular(displayPath, other.KindName))];
        }

        var records = new RecordReading(displayPath, jsonLines ?? readOptions.JsonLines, defaultLanguage, readOptions) { Range = range };
        if (ParquetRecords.IsParquetPath(path) && !forceJsonLines)
        {
            return Guard(() => File.OpenRead(path), stream => records.Documents(ParquetRecords.Read(stream, records.Mapping, range)), displayPath);
        }

        if (forceJsonLines || JsonLinesReader.IsJsonLinesPath(path))
        {
            return Guard(() => CorpusStreams.Open(File.OpenRead(path), ArticleFileLoader.BinaryProbeLength), records.JsonLinesFile, displayPath);
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

    /// <summary>True when the file holds records (JSON Lines or Parquet) rather than one article.</summary>
    public static bool HoldsRecords(string path, bool forceJsonLines) =>
        forceJsonLines || JsonLinesReader.IsJsonLinesPath(path) || ParquetRecords.IsParquetPath(path);

    /// <summary>
    /// How many records the file at <paramref name="path"/> numbers: its rows for Parquet, its lines for JSON Lines
    /// (decompressed), so that shards can divide it by record number. Null when the file cannot be read.
    /// </summary>
    public static long? CountRecords(string path, bool forceJsonLines)
    {
        try
        {
            using var file = File.OpenRead(path);
            if (ParquetRecords.IsParquetPath(path) && !forceJsonLines)
            {
                return ParquetRecords.CountRows(file);
            }

            using var data = CorpusStreams.Open(file, ArticleFileLoader.BinaryProbeLength);
            return JsonLinesReader.CountLines(data);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || CorpusStreams.IsDamagedData(e))
        {
            // Reading it again reports why.
            return null;
        }
    }

    /// <summary>Reads the file at <paramref name="path"/> as one article, whatever its extension.</summary>
    internal static IEnumerable<SourceDocument> ReadArticle(string path, string displayPath, ArticleReadOptions readOptions, string? defaultLanguage) =>
        Guard(() => ArticleFileLoader.ReadFile(path, displayPath, readOptions, defaultLanguage), source => [source], displayPath);

    /// <summary>
    /// Reads <paramref name="stream"/> (such as standard input) as the file <paramref name="displayPath"/>. Records
    /// (<paramref name="forceJsonLines"/>, or a JSON Lines or Parquet name) may be gzip- or Zstandard-compressed JSON
    /// Lines or a Parquet file, told apart by their first bytes; Parquet is copied to a temporary file first, since its
    /// index is at its end.
    /// </summary>
    public static IEnumerable<SourceDocument> ReadStream(Stream stream, string displayPath, JsonLinesOptions? jsonLines = null, bool forceJsonLines = false, string? defaultLanguage = null, ArticleReadOptions? readOptions = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(displayPath);
        readOptions ??= ArticleReadOptions.Default;
        var records = new RecordReading(displayPath, jsonLines ?? readOptions.JsonLines, defaultLanguage, readOptions);
        if (forceJsonLines || JsonLinesReader.IsJsonLinesPath(displayPath) || ParquetRecords.IsParquetPath(displayPath))
        {
            return Guard(() => CorpusStreams.Open(stream, ArticleFileLoader.BinaryProbeLength, leaveOpen: true), records.Any, displayPath);
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

    /// <summary>How the records of one file or stream become documents.</summary>
    internal sealed record RecordReading(string DisplayPath, JsonLinesOptions Mapping, string? DefaultLanguage, ArticleReadOptions ReadOptions)
    {
        /// <summary>Only the records numbered in this range, when given (a shard's part).</summary>
        public RecordRange? Range { get; init; }

        /// <summary>JSON Lines, or a Parquet file, as the first bytes say.</summary>
        public IEnumerable<SourceDocument> Any(PeekedStream data) =>
            data.Head.Span.StartsWith(CorpusStreams.ParquetMagic) ? Parquet(data) : JsonLines(data);

        /// <summary>
        /// A JSON Lines file: one finding when it looks binary (as an article would), reported by the shard that
        /// holds its first line; else its records.
        /// </summary>
        public IEnumerable<SourceDocument> JsonLinesFile(PeekedStream data) =>
            ArticleFileLoader.BinaryOffset(data.Head.Span) is null ? JsonLines(data)
                : Range is { } range && !range.Contains(1) ? []
                : [ArticleFileLoader.FromBytes(data.Head.Span, DisplayPath, ArticleReadOptions.Default, null)];

        /// <summary>JSON Lines records; a stream's are read record by record, whatever bytes they hold.</summary>
        public IEnumerable<SourceDocument> JsonLines(PeekedStream data) => Documents(JsonLinesReader.Read(data, Mapping, Range));

        /// <summary>Parquet from a stream that cannot seek: copied to a temporary file, deleted when reading ends.</summary>
        private IEnumerable<SourceDocument> Parquet(PeekedStream data)
        {
            var spool = Path.Combine(Path.GetTempPath(), $"contentlint-{Path.GetRandomFileName()}.parquet");
            using var file = new FileStream(spool, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
            data.CopyTo(file);
            file.Position = 0;
            foreach (var document in Documents(ParquetRecords.Read(file, Mapping, Range)))
            {
                yield return document;
            }
        }

        /// <summary>Each record as a document to lint, or the finding that says why it cannot be linted.</summary>
        public IEnumerable<SourceDocument> Documents(IEnumerable<JsonLinesRecord> records)
        {
            var invalidReported = false;
            foreach (var record in records)
            {
                // Invalid UTF-8 is reported once per file, as for an article: on the first record with invalid bytes.
                var source = Document(record, reportInvalidBytes: !invalidReported);
                invalidReported |= source.Document is not null && source.Problem is not null;
                yield return source;
            }
        }

        /// <summary>The record as a document to lint, or the finding that says why it cannot be linted.</summary>
        /// <param name="record">The record.</param>
        /// <param name="reportInvalidBytes">True to give a record with invalid UTF-8 its <c>CL0008</c> finding, at the offset in its line.</param>
        public SourceDocument Document(JsonLinesRecord record, bool reportInvalidBytes)
        {
            var location = new RecordLocation(record.Line, record.Id, record.Text is null ? null : Mapping.TextField);
            if (record.Text is null)
            {
                var problem = Problem(EngineDiagnostics.RecordMalformed, DisplayPath, record.Error ?? "no text") with { Record = location };
                return new SourceDocument(null, location, problem);
            }

            // The file streams, so the size limit bounds each record's text instead.
            if (record.Text.Length > ReadOptions.MaxFileSize / 3 && Encoding.UTF8.GetByteCount(record.Text) is var size && size > ReadOptions.MaxFileSize)
            {
                var skipped = ArticleFileLoader.TooLarge(DisplayPath, "Record", size, ReadOptions);
                return skipped with { Record = location, Problem = skipped.Problem! with { Record = location } };
            }

            var document = ContentLint.Documents.Document.Parse(record.Text, OptionsFor(record));
            // Linting gives the CL0008 finding the record's location, with the record's other findings.
            var invalid = record.FirstInvalidByte is { } offset && reportInvalidBytes ? ArticleFileLoader.InvalidUtf8(document, default, offset, record.InvalidByteValue) : null;
            return new SourceDocument(document, location, invalid);
        }

        /// <summary>How a record's text is parsed: its path, format, title and language.</summary>
        public DocumentOptions OptionsFor(JsonLinesRecord record) => new()
        {
            Path = DisplayPath,
            Format = Mapping.Format,
            Title = record.Title,
            Language = record.Language,
            DefaultLanguage = DefaultLanguage,
        };
    }

    /// <summary>
    /// Opens the source and enumerates what it yields; an I/O failure, at opening or midway, becomes a final
    /// <c>CL0001</c> problem instead of an exception.
    /// </summary>
    private static IEnumerable<SourceDocument> Guard<T>(Func<T> open, Func<T, IEnumerable<SourceDocument>> read, string displayPath)
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
        catch (Exception e) when (CorpusStreams.IsDamagedData(e))
        {
            failure = "the compressed data is damaged: " + e.Message;
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
                    catch (Exception e) when (CorpusStreams.IsDamagedData(e))
                    {
                        failure = "the compressed data is damaged: " + e.Message;
                        break;
                    }

                    yield return current;
                }
            }
            finally
            {
                items.Dispose();
                if (opened is IDisposable disposable)
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
