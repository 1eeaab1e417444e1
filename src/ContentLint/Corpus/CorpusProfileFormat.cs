namespace ContentLint.Corpus;

/// <summary>
/// The corpus profile file: the magic <c>CLCP</c>, a format version, the version of the line normalisation and hash,
/// the document totals, the count below which lines were pruned (1: none) and the number of lines, then each line as the difference from the previous hash and its
/// count, all as unsigned LEB128 varints. Hashes are sorted, so the same profile is always the same bytes; a random
/// 64-bit hash spread over a sorted list needs about 64 − log2(lines) bits of difference.
/// </summary>
internal static class CorpusProfileFormat
{
    private static readonly byte[] Magic = "CLCP"u8.ToArray();

    private const byte FormatVersion = 1;

    /// <summary>Bumped when <see cref="CorpusLine"/> normalises or hashes differently: old profiles no longer match.</summary>
    private const byte LineVersion = 1;

    public static void Write(CorpusProfile profile, Stream stream)
    {
        // Not disposed: the caller's stream stays open.
        var output = new BufferedStream(stream, 1 << 16);
        output.Write(Magic);
        output.WriteByte(FormatVersion);
        output.WriteByte(LineVersion);
        WriteVarint(output, (ulong)profile.Documents);
        WriteVarint(output, (ulong)profile.CountedDocuments);
        WriteVarint(output, (ulong)profile.PrunedBelow);
        WriteVarint(output, (ulong)profile.Lines);
        var previous = 0UL;
        for (var i = 0; i < profile.Lines; i++)
        {
            var hash = profile.Hashes[i];
            WriteVarint(output, hash - previous);
            WriteVarint(output, (ulong)profile.Counts[i]);
            previous = hash;
        }

        output.Flush();
    }

    public static CorpusProfile Read(Stream stream)
    {
        var input = new BufferedStream(stream, 1 << 16);
        Span<byte> header = stackalloc byte[6];
        if (input.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length || !header[..4].SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a corpus profile (it does not start with 'CLCP').");
        }

        if (header[4] != FormatVersion || header[5] != LineVersion)
        {
            throw new InvalidDataException($"A corpus profile of another version ({header[4]}.{header[5]}, this ContentLint reads {FormatVersion}.{LineVersion}).");
        }

        var documents = ReadCount(input, long.MaxValue, "document total");
        var counted = ReadCount(input, documents, "counted document total");
        var prunedBelow = (int)ReadCount(input, int.MaxValue, "pruning count", minimum: 1);
        var lines = ReadCount(input, int.MaxValue, "line total");
        // Each line takes at least two bytes: a damaged total must not allocate gigabytes before the data runs out.
        var hashes = new List<ulong>((int)Math.Min(lines, 1 << 20));
        var counts = new List<int>(hashes.Capacity);
        var previous = 0UL;
        for (var i = 0L; i < lines; i++)
        {
            var delta = ReadVarint(input);
            if (i > 0 && delta == 0 || delta > ulong.MaxValue - previous)
            {
                throw new InvalidDataException($"Damaged corpus profile: line {i + 1} is out of order.");
            }

            previous += delta;
            hashes.Add(previous);
            counts.Add((int)ReadCount(input, Math.Min(counted, int.MaxValue), "line count", minimum: 1));
        }

        if (input.ReadByte() != -1)
        {
            throw new InvalidDataException("Damaged corpus profile: data after the last line.");
        }

        return new CorpusProfile(documents, counted, [.. hashes], [.. counts], prunedBelow);
    }

    private static long ReadCount(Stream input, long maximum, string what, long minimum = 0)
    {
        var value = ReadVarint(input);
        return value >= (ulong)minimum && value <= (ulong)maximum
            ? (long)value
            : throw new InvalidDataException($"Damaged corpus profile: the {what} {value} is out of range.");
    }

    private static void WriteVarint(Stream output, ulong value)
    {
        while (value >= 0x80)
        {
            output.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        output.WriteByte((byte)value);
    }

    private static ulong ReadVarint(Stream input)
    {
        var value = 0UL;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var next = input.ReadByte();
            if (next < 0)
            {
                throw new InvalidDataException("Damaged corpus profile: it ends in the middle of a number.");
            }

            value |= (ulong)(next & 0x7F) << shift;
            if (next < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("Damaged corpus profile: a number is longer than 64 bits.");
    }
}
