using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO.Hashing;
using System.Text;
using ContentLint.Diagnostics;
using ContentLint.Text;

namespace ContentLint.Caching;

/// <summary>
/// The findings of an earlier run (<c>--cache</c>), kept per file by a key of its content (and, for a file whose rules
/// read the corpus, of every file of the run), under a stamp of the tool's version and everything configuration
/// reads. A cache of another version or configuration, a foreign file or a damaged one is ignored whole: it can make
/// a run faster, never its findings different. Findings are kept before the baseline, which is applied to them as to
/// fresh ones. Thread-safe.
/// </summary>
internal sealed class LintCache
{
    /// <summary>The first bytes of every cache file; another format version is another magic.</summary>
    private static readonly byte[] Magic = "ContentLint lint cache 3\n"u8.ToArray();

    /// <summary>The bytes of the hash that ends the file, over everything before it.</summary>
    private const int ChecksumLength = 16;

    private readonly string path;
    private readonly UInt128 stamp;
    private readonly StoredCache stored;
    private readonly ConcurrentDictionary<string, CachedFile> added = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Linter, Dictionary<string, RuleDescriptor>> descriptors = new();

    /// <summary>How many of the stored entries this run gave back (each file once).</summary>
    private int reused;

    private LintCache(string path, UInt128 stamp, StoredCache stored)
    {
        this.path = path;
        this.stamp = stamp;
        this.stored = stored;
    }

    /// <summary>
    /// Opens the cache at <paramref name="path"/> for a run stamped <paramref name="stamp"/> (<see cref="CacheStamp"/>):
    /// its entries when the file is a cache of that stamp, none when it is missing, damaged, foreign or of another stamp.
    /// </summary>
    public static LintCache Open(string path, UInt128 stamp) => new(path, stamp, Load(path, stamp) ?? StoredCache.Empty);

    /// <summary>The key of a file's entry: its content hash, joined with the run's corpus key when its rules read the corpus.</summary>
    public static UInt128 EntryKey(UInt128 contentHash, UInt128? corpusKey)
    {
        Span<byte> both = stackalloc byte[32];
        BinaryPrimitives.WriteUInt128LittleEndian(both, contentHash);
        BinaryPrimitives.WriteUInt128LittleEndian(both[16..], corpusKey ?? UInt128.Zero);
        return XxHash128.HashToUInt128(both);
    }

    /// <summary>The hash of a file's bytes.</summary>
    public static UInt128 ContentHash(ReadOnlySpan<byte> content) => XxHash128.HashToUInt128(content);

    /// <summary>True when the cache holds findings for the file at <paramref name="fullPath"/> under <paramref name="key"/>.</summary>
    public bool Contains(string fullPath, UInt128 key) => stored.Entries.TryGetValue(fullPath, out var entry) && entry.Key == key;

    /// <summary>
    /// The findings kept for the file at <paramref name="fullPath"/> under <paramref name="key"/>, shown as
    /// <paramref name="displayPath"/>, with <paramref name="linter"/>'s rule descriptors; null when there are none (or
    /// one names a rule the linter does not have). A hit is kept for the next run. Each file is asked for once a run.
    /// </summary>
    public ImmutableArray<Finding>? TryGet(string fullPath, UInt128 key, string displayPath, Linter linter)
    {
        if (!stored.Entries.TryGetValue(fullPath, out var entry) || entry.Key != key || stored.FindingsAt(entry.Offset) is not { } kept)
        {
            return null;
        }

        var known = DescriptorsOf(linter);
        var findings = ImmutableArray.CreateBuilder<Finding>(kept.Length);
        foreach (var finding in kept)
        {
            if (!known.TryGetValue(finding.Id, out var descriptor))
            {
                return null;
            }

            findings.Add(finding.ToFinding(descriptor, displayPath));
        }

        Interlocked.Increment(ref reused);
        return findings.MoveToImmutable();
    }

    /// <summary>
    /// Keeps <paramref name="findings"/> of the file at <paramref name="fullPath"/> under <paramref name="key"/>. Findings
    /// whose rule descriptor is not the linter's own are not kept (they could not be given back the same), nor are
    /// findings of records.
    /// </summary>
    public void Add(string fullPath, UInt128 key, ImmutableArray<Finding> findings, Linter linter)
    {
        var known = DescriptorsOf(linter);
        if (findings.All(f => f.Record is null && known.TryGetValue(f.Id, out var descriptor) && descriptor == f.Descriptor))
        {
            added[fullPath] = new CachedFile(key, [.. findings.Select(CachedFinding.Of)]);
        }
    }

    /// <summary>
    /// Writes what this run found and reused, with the earlier entries of files it did not lint, atomically (a new
    /// file moved over the old one): a run stopped half-way leaves the old cache. A run that reused every entry and
    /// kept nothing new leaves the file as it is, since it would write the same. A cache that cannot be written is
    /// left as it is; the next run lints again.
    /// </summary>
    public void Save()
    {
        if (added.IsEmpty && reused == stored.Entries.Count)
        {
            return;
        }

        var entries = new Dictionary<string, CachedFile>(added, StringComparer.Ordinal);
        foreach (var (file, entry) in stored.Entries)
        {
            if (!entries.ContainsKey(file) && File.Exists(file) && stored.FindingsAt(entry.Offset) is { } findings)
            {
                entries[file] = new CachedFile(entry.Key, findings);
            }
        }

        var temporary = path + "." + Environment.ProcessId + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                var body = Serialize(entries);
                stream.Write(body);
                stream.Write(XxHash128.Hash(body));
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// The cache file's body: the magic, the stamp, every text the findings hold (rule ids, messages, fix titles and
    /// replacements) once each, then each file's entry naming its texts by number: most findings repeat texts other
    /// files hold, and a run that reads the cache makes each text once. Each entry's findings are preceded by their
    /// length in bytes, so that a run reads the findings of the files it lints and steps over the others.
    /// </summary>
    private byte[] Serialize(Dictionary<string, CachedFile> entries)
    {
        var texts = new Dictionary<string, int>(StringComparer.Ordinal);
        using var body = new MemoryStream();
        using var findings = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        using (var findingsWriter = new BinaryWriter(findings, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(entries.Count);
            foreach (var (file, entry) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                findings.SetLength(0);
                findingsWriter.Write(entry.Findings.Length);
                foreach (var finding in entry.Findings)
                {
                    finding.Write(findingsWriter, TextNumber);
                }

                findingsWriter.Flush();
                writer.Write(file);
                WriteKey(writer, entry.Key);
                writer.Write((int)findings.Length);
                writer.Write(findings.GetBuffer(), 0, (int)findings.Length);
            }
        }

        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            WriteKey(writer, stamp);
            writer.Write(texts.Count);
            foreach (var text in texts.OrderBy(t => t.Value).Select(t => t.Key))
            {
                writer.Write(text);
            }

            writer.Write(body.GetBuffer(), 0, (int)body.Length);
        }

        return buffer.ToArray();

        int TextNumber(string text)
        {
            if (!texts.TryGetValue(text, out var number))
            {
                texts[text] = number = texts.Count;
            }

            return number;
        }
    }

    /// <summary>
    /// The cache file's texts and where each file's findings are, or null when it is missing, not a cache, damaged or
    /// of another stamp. Findings are read when a file asks for them: a run makes no object for a file it lints anew.
    /// </summary>
    private static StoredCache? Load(string path, UInt128 stamp)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var body = bytes.AsSpan(0, Math.Max(0, bytes.Length - ChecksumLength));
        if (bytes.Length < Magic.Length + ChecksumLength || !body.StartsWith(Magic) || !XxHash128.Hash(body).AsSpan().SequenceEqual(bytes.AsSpan(body.Length)))
        {
            return null;
        }

        try
        {
            var stream = new MemoryStream(bytes, 0, body.Length) { Position = Magic.Length };
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (ReadKey(reader) != stamp)
            {
                return null;
            }

            var texts = new string[CheckedCount(reader)];
            for (var i = 0; i < texts.Length; i++)
            {
                texts[i] = reader.ReadString();
            }

            var count = CheckedCount(reader);
            var entries = new Dictionary<string, StoredEntry>(count, StringComparer.Ordinal);
            for (; count > 0; count--)
            {
                var file = reader.ReadString();
                var key = ReadKey(reader);
                var length = CheckedCount(reader);
                entries[file] = new StoredEntry(key, (int)stream.Position);
                stream.Position = stream.Position + length <= body.Length ? stream.Position + length : throw new EndOfStreamException();
            }

            return new StoredCache(bytes, body.Length, texts, entries);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException)
        {
            // A checksum that matches a damaged body: written by something else. Not a cache to trust.
            return null;
        }
    }

    /// <summary>A count read from the cache; a negative one is damage.</summary>
    private static int CheckedCount(BinaryReader reader) =>
        reader.ReadInt32() is var count and >= 0 ? count : throw new FormatException("A cached count is negative.");

    private static void WriteKey(BinaryWriter writer, UInt128 key)
    {
        writer.Write((ulong)(key >> 64));
        writer.Write((ulong)key);
    }

    private static UInt128 ReadKey(BinaryReader reader) => new(reader.ReadUInt64(), reader.ReadUInt64());

    private Dictionary<string, RuleDescriptor> DescriptorsOf(Linter linter) =>
        descriptors.GetOrAdd(linter, l =>
        {
            var byId = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
            foreach (var descriptor in EngineDiagnostics.All.Concat(l.LoadedRules.Concat(l.Rules).Select(r => r.Descriptor)))
            {
                byId.TryAdd(descriptor.Id, descriptor);
            }

            return byId;
        });

    /// <summary>One file's entry: the key it was linted under and its findings.</summary>
    private sealed record CachedFile(UInt128 Key, CachedFinding[] Findings);

    /// <summary>A file's entry in the cache file read: the key it was linted under and where its findings start.</summary>
    private readonly record struct StoredEntry(UInt128 Key, int Offset);

    /// <summary>The cache file read: its bytes, its texts and each file's entry.</summary>
    private sealed class StoredCache(byte[] bytes, int bodyLength, string[] texts, Dictionary<string, StoredEntry> entries)
    {
        public static StoredCache Empty { get; } = new([], 0, [], new(StringComparer.Ordinal));

        public Dictionary<string, StoredEntry> Entries { get; } = entries;

        /// <summary>The findings that start at <paramref name="offset"/>; null when they are damaged (the file is then linted again).</summary>
        public CachedFinding[]? FindingsAt(int offset)
        {
            try
            {
                using var reader = new BinaryReader(new MemoryStream(bytes, offset, bodyLength - offset), Encoding.UTF8);
                var findings = new CachedFinding[CheckedCount(reader)];
                for (var i = 0; i < findings.Length; i++)
                {
                    findings[i] = CachedFinding.Read(reader, texts);
                }

                return findings;
            }
            catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException)
            {
                return null;
            }
        }
    }

    /// <summary>A finding as kept: everything but its rule descriptor (named by id) and its path (the run's own).</summary>
    private sealed record CachedFinding(string Id, Severity Severity, string Message, TextRange Span, LineColumnSpan Location, bool IsWholeDocument, Fix? Fix)
    {
        public static CachedFinding Of(Finding finding) =>
            new(finding.Id, finding.Severity, finding.Message, finding.Span, finding.Location, finding.IsWholeDocument, finding.Fix);

        public Finding ToFinding(RuleDescriptor descriptor, string displayPath) =>
            new(descriptor, Severity, Message, displayPath, Span, Location) { IsWholeDocument = IsWholeDocument, Fix = Fix };

        /// <summary>Writes the finding, each text as its number in the file's texts (<paramref name="textNumber"/>).</summary>
        public void Write(BinaryWriter writer, Func<string, int> textNumber)
        {
            writer.Write(textNumber(Id));
            writer.Write((int)Severity);
            writer.Write(textNumber(Message));
            Write(writer, Span);
            writer.Write(Location.Start.Line);
            writer.Write(Location.Start.Column);
            writer.Write(Location.End.Line);
            writer.Write(Location.End.Column);
            writer.Write(IsWholeDocument);
            writer.Write(Fix is not null);
            if (Fix is not null)
            {
                writer.Write(textNumber(Fix.Title));
                writer.Write((int)Fix.Applicability);
                writer.Write(Fix.Edits.Count);
                foreach (var edit in Fix.Edits)
                {
                    Write(writer, edit.Span);
                    writer.Write(textNumber(edit.NewText));
                }
            }
        }

        /// <summary>Reads a finding, its texts from <paramref name="texts"/>.</summary>
        public static CachedFinding Read(BinaryReader reader, string[] texts)
        {
            var id = ReadText(reader, texts);
            var severity = ReadEnum<Severity>(reader);
            var message = ReadText(reader, texts);
            var span = ReadRange(reader);
            var location = new LineColumnSpan(new LineColumn(reader.ReadInt32(), reader.ReadInt32()), new LineColumn(reader.ReadInt32(), reader.ReadInt32()));
            var wholeDocument = reader.ReadBoolean();
            Fix? fix = null;
            if (reader.ReadBoolean())
            {
                var title = ReadText(reader, texts);
                var applicability = ReadEnum<FixApplicability>(reader);
                var edits = new List<TextEdit>();
                for (var count = CheckedCount(reader); count > 0; count--)
                {
                    edits.Add(new TextEdit(ReadRange(reader), ReadText(reader, texts)));
                }

                fix = new Fix(title, edits) { Applicability = applicability };
            }

            // Checked as a finding checks them, so that a damaged entry fails here rather than in a report.
            _ = new Finding(EngineDiagnostics.FileUnreadable, severity, message, "", span, location);
            return new CachedFinding(id, severity, message, span, location, wholeDocument, fix);
        }

        private static void Write(BinaryWriter writer, TextRange range)
        {
            writer.Write(range.Start);
            writer.Write(range.Length);
        }

        private static string ReadText(BinaryReader reader, string[] texts) =>
            reader.ReadInt32() is var number && (uint)number < (uint)texts.Length ? texts[number] : throw new FormatException("A cached text's number is out of range.");

        private static TextRange ReadRange(BinaryReader reader) =>
            reader.ReadInt32() is var start and >= 0 && reader.ReadInt32() is var length and >= 0
                ? new TextRange(start, length)
                : throw new FormatException("A cached range is negative.");

        private static T ReadEnum<T>(BinaryReader reader)
            where T : struct, Enum
        {
            var value = reader.ReadInt32();
            var read = System.Runtime.CompilerServices.Unsafe.As<int, T>(ref value);
            return Enum.IsDefined(read) ? read : throw new FormatException($"Not a {typeof(T).Name}.");
        }
    }
}
