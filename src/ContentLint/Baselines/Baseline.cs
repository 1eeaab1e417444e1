using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Files;
using ContentLint.Formatting;

namespace ContentLint.Baselines;

/// <summary>
/// Findings accepted as they are (<c>.contentlint-baseline.json</c>), so that a team can adopt ContentLint on an
/// existing corpus and gate only new junk. <see cref="BaselineBuilder"/> records one; <see cref="BaselineFilter"/>
/// hides what it holds and reports what no longer matches.
/// </summary>
public sealed class Baseline
{
    /// <summary>The default file name.</summary>
    public const string DefaultFileName = ".contentlint-baseline.json";

    /// <summary>The version of the file's shape.</summary>
    public const int FormatVersion = 1;

    /// <summary>The largest baseline read: far above the baseline of a million-record corpus.</summary>
    private const long MaxFileBytes = 256L * 1024 * 1024;

    /// <summary>Creates a baseline of <paramref name="entries"/> whose paths are relative to <paramref name="directory"/>.</summary>
    public Baseline(string directory, IEnumerable<BaselineEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(entries);
        Directory = Path.GetFullPath(directory);
        Entries = [.. entries
            .GroupBy(e => (e.File, e.Rule, e.Hash))
            .Select(g => new BaselineEntry(g.Key.File, g.Key.Rule, g.Key.Hash, g.Sum(e => e.Count)))
            .OrderBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.Rule, StringComparer.Ordinal)
            .ThenBy(e => e.Hash, StringComparer.Ordinal)];
    }

    /// <summary>The absolute folder the entries' paths are relative to: the baseline file's folder.</summary>
    public string Directory { get; }

    /// <summary>The entries, sorted by file, rule and hash.</summary>
    public ImmutableArray<BaselineEntry> Entries { get; }

    /// <summary>The key of a file in a baseline kept in <paramref name="baselineDirectory"/>.</summary>
    public static string KeyOf(string baselineDirectory, string fullPath) =>
        Path.DirectorySeparatorChar == '\\' ? Path.GetRelativePath(baselineDirectory, fullPath).Replace('\\', '/') : Path.GetRelativePath(baselineDirectory, fullPath);

    /// <summary>
    /// The hash a finding is known by: SHA-256 of its matched text (line breaks as LF, outer white space trimmed),
    /// 16 hex digits. A finding with no text to match (an engine finding) hashes its message.
    /// </summary>
    public static string HashOf(Finding diagnostic, Document? document)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var text = document is not null && diagnostic.Span.Length > 0 && diagnostic.Span.End <= document.Text.Length
            ? document.GetText(diagnostic.Span).ToString()
            : diagnostic.Message;
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)), 0, 8).ToLowerInvariant();
    }

    /// <summary>Reads a baseline file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidDataException">The file is not a baseline.</exception>
    public static Baseline Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        try
        {
            using var json = JsonDocument.Parse(BoundedFile.ReadAllBytes(full, MaxFileBytes));
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != FormatVersion
                || !root.TryGetProperty("entries", out var entries) || entries.ValueKind != JsonValueKind.Array
                || root.EnumerateObject().Any(p => p.Name is not ("version" or "entries")))
            {
                throw new InvalidDataException($"{path}: not a ContentLint baseline of version {FormatVersion} (an object with 'version' and 'entries').");
            }

            var read = new List<BaselineEntry>();
            var seen = new HashSet<(string, string, string)>();
            var index = 0;
            foreach (var element in entries.EnumerateArray())
            {
                var entry = ReadEntry(element, index++, path);
                if (!seen.Add((entry.File, entry.Rule, entry.Hash)))
                {
                    throw new InvalidDataException($"{path}: entry {index} repeats the file, rule and hash of an earlier one; a baseline lists each once.");
                }

                read.Add(entry);
            }

            return new Baseline(Path.GetDirectoryName(full)!, read);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{path}: not a valid ContentLint baseline: {e.Message}", e);
        }
    }

    /// <summary>One entry, every field checked: a baseline is data from a file, and a bad field must not crash a run.</summary>
    private static BaselineEntry ReadEntry(JsonElement element, int index, string path)
    {
        string Bad(string what) => $"{path}: entry {index + 1} {what}";
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException(Bad("is not an object with 'file', 'rule', 'hash' and 'count'."));
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Name is not ("file" or "rule" or "hash" or "count"))
            {
                throw new InvalidDataException(Bad($"has an unknown field '{Formatting.TextEscaping.Escape(property.Name)}'."));
            }
        }

        string Text(string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
                ? text
                : throw new InvalidDataException(Bad($"needs '{name}' as a non-empty string."));

        var file = Text("file");
        if (Path.IsPathRooted(file) || file.Contains('\0', StringComparison.Ordinal) || file.Split('/').Any(segment => segment.Length == 0))
        {
            throw new InvalidDataException(Bad("has a 'file' that is not a plain path relative to the baseline's folder."));
        }

        var rule = Text("rule");
        if (!rule.All(char.IsAsciiLetterOrDigit))
        {
            throw new InvalidDataException(Bad("has a 'rule' that is not a rule id."));
        }

        var hash = Text("hash");
        if (hash.Length != 16 || !hash.All(char.IsAsciiHexDigitLower))
        {
            throw new InvalidDataException(Bad("has a 'hash' that is not 16 lower-case hex digits."));
        }

        if (!element.TryGetProperty("count", out var count) || count.ValueKind != JsonValueKind.Number || !count.TryGetInt32(out var times) || times < 1)
        {
            throw new InvalidDataException(Bad($"needs 'count' as a whole number from 1 to {int.MaxValue:N0}."));
        }

        return new BaselineEntry(file, rule, hash, times);
    }

    /// <summary>Writes the baseline as indented JSON, entries sorted, so that it diffs well in reviews.</summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(writer);
    }

    /// <summary>Writes the baseline as indented JSON.</summary>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonOutput.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WriteStartArray("entries");
            foreach (var entry in Entries)
            {
                json.WriteStartObject();
                json.WriteString("file", entry.File);
                json.WriteString("rule", entry.Rule);
                json.WriteString("hash", entry.Hash);
                json.WriteNumber("count", entry.Count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}

/// <summary>Records the findings of a run as a <see cref="Baseline"/>.</summary>
/// <param name="directory">The folder the baseline file will be in; entry paths are relative to it.</param>
internal sealed class BaselineBuilder(string directory)
{
    private readonly Dictionary<(string File, string Rule, string Hash), int> counts = [];
    private readonly string directory = Path.GetFullPath(directory);

    /// <summary>Accepts <paramref name="diagnostics"/>, found in <paramref name="document"/> of the file at <paramref name="fullPath"/>. Hidden findings are skipped.</summary>
    public void Add(string fullPath, Document? document, IEnumerable<Finding> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var file = Baseline.KeyOf(directory, fullPath);
        foreach (var diagnostic in diagnostics.Where(d => d.Severity != Severity.Hidden))
        {
            var key = (file, diagnostic.Id, Baseline.HashOf(diagnostic, document));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
    }

    /// <summary>The number of findings accepted so far.</summary>
    public int FindingCount => counts.Values.Sum();

    /// <summary>The baseline of everything added.</summary>
    public Baseline Build() => new(directory, counts.Select(c => new BaselineEntry(c.Key.File, c.Key.Rule, c.Key.Hash, c.Value)));
}
