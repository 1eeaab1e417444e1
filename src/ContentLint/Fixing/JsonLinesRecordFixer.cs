using System.Collections.Immutable;
using ContentLint.Diagnostics;
using ContentLint.Files;

namespace ContentLint.Fixing;

/// <summary>
/// Fixes a JSON Lines stream record by record, as a filter: each record's text field is fixed and the line written
/// back with only that value's bytes replaced; lines without anything to fix, blank lines and records that cannot be
/// read are written back byte for byte, in input order. Lines are fixed in small batches in parallel, and only a
/// batch is held in memory, so memory does not grow with the stream.
/// </summary>
internal sealed class JsonLinesRecordFixer(Fixer fixer, ArticleSource.RecordReading reading, Severity? dropAt)
{
    /// <summary>How many lines are read ahead and fixed at the same time.</summary>
    private const int BatchSize = 64;

    /// <summary>Reads <paramref name="input"/> (decompressed JSON Lines), writes the fixed lines to <paramref name="output"/> and yields what became of each record.</summary>
    public IEnumerable<RecordFix> Fix(PeekedStream input, Stream output, int jobs, CancellationToken cancellationToken)
    {
        if (ArticleFileLoader.BinaryOffset(input.Head.Span) is not null)
        {
            // Not JSON Lines: passed on whole, with the finding that says why nothing was fixed.
            input.CopyTo(output);
            var binary = ArticleFileLoader.FromBytes(input.Head.Span, reading.DisplayPath, ArticleReadOptions.Default, null).Problem!;
            yield return new RecordFix(reading.DisplayPath, new RecordLocation(1, null, null), RecordFixOutcome.PassedThrough)
            {
                Remaining = fixer.Linter.Configure(binary) is { } shown ? [shown] : [],
            };
            yield break;
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellationToken };
        var invalidReported = false;
        foreach (var batch in JsonLinesReader.ReadLines(input).Select(l => new OwnedLine(l.Number, l.Content.ToArray(), l.EndsWithNewline)).Chunk(BatchSize))
        {
            var fixedLines = new FixedLine[batch.Length];
            Parallel.For(0, batch.Length, parallel, i => fixedLines[i] = FixLine(batch[i]));
            for (var i = 0; i < batch.Length; i++)
            {
                var (line, result) = (batch[i], fixedLines[i]);
                if (result.Record?.Outcome != RecordFixOutcome.Dropped)
                {
                    output.Write(result.Bytes ?? line.Bytes);
                    if (line.EndsWithNewline)
                    {
                        output.WriteByte((byte)'\n');
                    }
                }

                if (result.Record is { } done)
                {
                    // Invalid UTF-8 is reported once per stream, as lint reports it.
                    var invalid = done.Remaining.Any(f => f.Descriptor == EngineDiagnostics.InvalidUtf8);
                    yield return invalid && invalidReported ? done with { Remaining = [.. done.Remaining.Where(f => f.Descriptor != EngineDiagnostics.InvalidUtf8)] } : done;
                    invalidReported |= invalid;
                }
            }
        }
    }

    /// <summary>The line's new bytes (null: as it was) and what became of its record (null: a blank line).</summary>
    private FixedLine FixLine(OwnedLine line)
    {
        if (JsonLinesReader.Parse(line.Bytes, line.Number, reading.Mapping) is not { } record)
        {
            return new FixedLine(null, null);
        }

        var source = reading.Document(record, reportInvalidBytes: true);
        var location = source.Record!;
        if (source.Document is null || record.FirstInvalidByte is not null)
        {
            // Unreadable, too large, or not valid UTF-8 (rewriting it would change bytes no finding covers).
            return new FixedLine(null, new RecordFix(reading.DisplayPath, location, RecordFixOutcome.PassedThrough) { Remaining = fixer.Linter.Lint(source) });
        }

        var result = fixer.Fix(record.Text!, reading.OptionsFor(record));
        var remaining = result.Remaining.Select(f => f with { Record = location }).ToImmutableArray();
        var fix = new RecordFix(reading.DisplayPath, location, result.IsChanged ? RecordFixOutcome.Fixed : RecordFixOutcome.Unchanged)
        {
            Applied = result.Applied.Length,
            Remaining = remaining,
            ReachedPassLimit = result.ReachedPassLimit,
        };
        if (dropAt is { } severity && remaining.Any(f => f.Severity != Severity.Hidden && f.Severity >= severity))
        {
            return new FixedLine(null, fix with { Outcome = RecordFixOutcome.Dropped });
        }

        return result.IsChanged ? new FixedLine(Splice(line.Bytes, record.Line, result.Text), fix) : new FixedLine(null, fix);
    }

    /// <summary>The line with the text field's value replaced by <paramref name="text"/>; every other byte kept.</summary>
    private byte[] Splice(byte[] line, int number, string text)
    {
        var bom = number == 1 ? JsonLinesReader.ByteOrderMarkLength(line) : 0;
        var content = line.AsSpan(bom);
        var (start, length) = JsonFieldValue.Find(content, reading.Mapping.TextField)!.Value.GetOffsetAndLength(content.Length);
        var value = JsonFieldValue.EncodeString(text, content.Slice(start, length));
        return [.. line.AsSpan(0, bom + start), .. value, .. content[(start + length)..]];
    }

    /// <summary>A line copied out of the reader's buffer, so a batch can be fixed in parallel.</summary>
    private sealed record OwnedLine(int Number, byte[] Bytes, bool EndsWithNewline);

    /// <summary>What fixing gave for one line.</summary>
    private readonly record struct FixedLine(byte[]? Bytes, RecordFix? Record);
}
