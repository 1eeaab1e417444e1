using System.Text;
using ContentLint.Documents;

namespace ContentLint.Fixing;

/// <summary>
/// Cleans up what deleting whole lines leaves behind, and nothing else: the blank lines that separated a deleted
/// block from its neighbours, and a final line break the file did not have.
/// </summary>
/// <remarks>
/// <para>Only gaps where lines were removed are touched; a run of blank lines elsewhere in the file stays as it is.
/// A gap is the blank lines between two non-blank lines. The places where lines were removed cut it into segments
/// of blank lines; between two kept lines the first of the longest segments stays (the separator the file had
/// before the junk was inserted), at the start of the text the segment before the first removal stays, and at
/// the end the segment after the last one. So "P1 / blank / JUNK / blank / P2" becomes "P1 / blank / P2", byte for
/// byte as it was before the junk arrived.</para>
/// </remarks>
internal static class BlankLineTidy
{
    /// <param name="edited">The text after the edits, with the places where whole lines were deleted.</param>
    /// <param name="originalEndsWithLineBreak">Whether the text before the edits ended with a line break.</param>
    /// <returns>The tidied text and its lines (each with the line of the unedited text it came from).</returns>
    public static (string Text, List<EditedLine> Lines) Tidy(EditedText edited, bool originalEndsWithLineBreak)
    {
        var lines = edited.Lines;
        var count = lines.Count;
        var removedBefore = new bool[count + 1];
        for (var k = 0; k < count; k++)
        {
            removedBefore[k] = lines[k].RemovedBefore;
        }

        removedBefore[count] = edited.RemovedAtEnd;
        if (!removedBefore.Contains(true))
        {
            return (string.Concat(lines.Select(line => line.Text)), lines);
        }

        var blank = lines.Select(line => Document.IsBlank(line.Text.AsSpan().TrimEnd("\r\n"))).ToArray();
        var drop = new bool[count];
        var previousContent = -1;
        for (var k = 0; k <= count; k++)
        {
            if (k < count && blank[k])
            {
                continue;
            }

            // Lines previousContent+1 .. k-1 are a gap of blank lines; k is a non-blank line or the end.
            TidyGap(previousContent, k, count, removedBefore, drop);
            previousContent = k;
        }

        if (!blank.Contains(false))
        {
            // Nothing but junk and blank lines: an empty file, not a file of blank lines.
            return ("", []);
        }

        var result = new StringBuilder();
        var kept = new List<EditedLine>();
        for (var k = 0; k < count; k++)
        {
            var line = lines[k].Text;
            // After a line that ends in a lone CR an empty LF line would join it into one CRLF line; leave it out.
            if (!drop[k] && !(line.StartsWith('\n') && result.Length > 0 && result[^1] == '\r'))
            {
                result.Append(line);
                kept.Add(lines[k]);
            }
        }

        if (!originalEndsWithLineBreak)
        {
            TrimFinalLineBreak(result);
        }

        return (result.ToString(), kept);
    }

    private static void TidyGap(int before, int after, int count, bool[] removedBefore, bool[] drop)
    {
        var cuts = new List<int>();
        for (var k = before + 1; k <= after; k++)
        {
            if (removedBefore[k])
            {
                cuts.Add(k);
            }
        }

        if (cuts.Count == 0)
        {
            return;
        }

        // Segment i holds the blank lines from bounds[i] up to bounds[i + 1].
        var bounds = new List<int> { before + 1 };
        bounds.AddRange(cuts);
        bounds.Add(after);
        var segments = bounds.Count - 1;
        int keep;
        if (before < 0)
        {
            keep = 0;
        }
        else if (after >= count)
        {
            keep = segments - 1;
        }
        else
        {
            keep = 0;
            for (var i = 1; i < segments; i++)
            {
                if (bounds[i + 1] - bounds[i] > bounds[keep + 1] - bounds[keep])
                {
                    keep = i;
                }
            }
        }

        for (var i = 0; i < segments; i++)
        {
            for (var k = bounds[i]; k < bounds[i + 1]; k++)
            {
                drop[k] = i != keep;
            }
        }
    }

    private static void TrimFinalLineBreak(StringBuilder text)
    {
        if (text.Length > 0 && text[^1] == '\n')
        {
            text.Length--;
        }

        if (text.Length > 0 && text[^1] == '\r')
        {
            text.Length--;
        }
    }
}
