using System.IO.Hashing;
using System.Runtime.InteropServices;
using ContentLint.Diagnostics;
using ContentLint.Documents;

namespace ContentLint.Corpus;

/// <summary>
/// What the first pass keeps of one document: where it is and the hashes of its counted lines — never its text.
/// </summary>
/// <param name="Path">The document's file, as reports show it.</param>
/// <param name="Record">For a JSON Lines record, where it is in the file.</param>
/// <param name="Lines">The hashes of its counted body lines, sorted, distinct.</param>
/// <param name="LongLines">The hashes of its long lines (<see cref="CorpusLine.LongLineWords"/> words or more), sorted, distinct: what copies share.</param>
/// <param name="Fingerprint">A hash of its non-blank body lines as they are, in order: copies word for word have the same, however short.</param>
internal sealed record DocumentLines(string Path, RecordLocation? Record, ulong[] Lines, ulong[] LongLines, ulong Fingerprint)
{
    /// <summary>The document's identity in a run: its file and, in a JSON Lines file, its record's line.</summary>
    public (string Path, int Record) Key => (Path, Record?.Line ?? 0);


    /// <summary>How reports name the document: its path, and its record in a JSON Lines file.</summary>
    public string Name => Record switch
    {
        null => Path,
        { Id: { } id } => $"{Path}, record '{id}'",
        { Line: var line } => $"{Path}, record on line {line}",
    };

    /// <summary>Hashes the body lines of <paramref name="document"/>.</summary>
    public static DocumentLines Of(Document document, RecordLocation? record)
    {
        var lines = new List<ulong>(document.BodyLines.Length);
        var longLines = new List<ulong>();
        var fingerprint = new XxHash3();
        foreach (var line in document.BodyLines)
        {
            var text = document.GetText(line).Trim();
            if (!text.IsEmpty)
            {
                fingerprint.Append(MemoryMarshal.AsBytes(text));
                fingerprint.Append("\n"u8);
            }

            if (CorpusLine.Measure(text) is not { } measured)
            {
                continue;
            }

            lines.Add(measured.Hash);
            if (measured.Words >= CorpusLine.LongLineWords)
            {
                longLines.Add(measured.Hash);
            }
        }

        return new DocumentLines(document.Path, record, SortedDistinct(lines), SortedDistinct(longLines), fingerprint.GetCurrentHashAsUInt64());
    }

    /// <summary>How many of <paramref name="first"/>'s hashes <paramref name="second"/> holds; both sorted.</summary>
    public static int CountCommon(ulong[] first, ulong[] second)
    {
        int i = 0, j = 0, common = 0;
        while (i < first.Length && j < second.Length)
        {
            var order = first[i].CompareTo(second[j]);
            common += order == 0 ? 1 : 0;
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }

        return common;
    }

    private static ulong[] SortedDistinct(List<ulong> hashes)
    {
        hashes.Sort();
        var distinct = new List<ulong>(hashes.Count);
        foreach (var hash in hashes)
        {
            if (distinct.Count == 0 || distinct[^1] != hash)
            {
                distinct.Add(hash);
            }
        }

        return [.. distinct];
    }
}
