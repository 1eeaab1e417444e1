using System.Collections.Immutable;
using System.Text;
using ContentLint.Diagnostics;
using ContentLint.Text;

namespace ContentLint.Fixing;

/// <summary>One line of an edited text, with its line break.</summary>
/// <param name="Text">The line's characters and its line break (none for a last line without one).</param>
/// <param name="RemovedBefore">True when whole lines were deleted just before this one.</param>
/// <param name="Source">The 0-based line of the unedited text this line is, kept or rewritten in place; -1 when edits joined or split lines.</param>
internal readonly record struct EditedLine(string Text, bool RemovedBefore, int Source);

/// <summary>An edited text as lines.</summary>
/// <param name="Lines">The lines, in order.</param>
/// <param name="RemovedAtEnd">True when whole lines were deleted after the last one.</param>
internal sealed record EditedText(List<EditedLine> Lines, bool RemovedAtEnd);

/// <summary>
/// One pass's worth of fixes, merged into edits that never overlap, and applied to the text.
/// </summary>
/// <remarks>
/// <para>The order is deterministic and favours removing junk: every pure-deletion fix is accepted first, in
/// diagnostic order, and overlapping deletions merge into their union (each deleted character is covered by a
/// finding). Then replacements and insertions are taken in diagnostic order: one that lies inside a deletion is
/// already done (its text goes anyway); an edit identical to an accepted one is the same fix reported twice;
/// one that truly overlaps an accepted edit is deferred to the next pass, when the text is linted again.</para>
/// <para>Edits that merely touch are not overlaps: "abc" with A for [0,1), B for [1,2) and C for [2,3) becomes "ABC"
/// in one pass (textlint#731), and two insertions at the same offset are both applied, in diagnostic order
/// (markdownlint#968).</para>
/// </remarks>
internal sealed class EditPlan
{
    private readonly ContentText source;
    private readonly List<TextRange> deletions;

    /// <summary>The accepted replacements and insertions, by start; equal starts keep acceptance order.</summary>
    private readonly List<TextEdit> others;

    private EditPlan(ContentText source, List<TextRange> deletions, List<TextEdit> others, ImmutableArray<Finding> applied, ImmutableArray<Finding> deferred)
    {
        this.source = source;
        this.deletions = deletions;
        this.others = others;
        Applied = applied;
        Deferred = deferred;
    }

    /// <summary>The findings whose fixes this plan applies, in diagnostic order.</summary>
    public ImmutableArray<Finding> Applied { get; }

    /// <summary>The findings whose fixes overlap an accepted edit; the next pass may apply them.</summary>
    public ImmutableArray<Finding> Deferred { get; }

    /// <summary>Merges the fixes of <paramref name="candidates"/> (sorted, as a lint returns them) over <paramref name="source"/>.</summary>
    public static EditPlan Create(ContentText source, IEnumerable<Finding> candidates)
    {
        var valid = new List<(Finding Finding, List<TextEdit> Edits)>();
        foreach (var diagnostic in candidates)
        {
            if (diagnostic.Fix is { } fix && Validate(fix, source.Length) is { Count: > 0 } edits)
            {
                valid.Add((diagnostic, edits));
            }
        }

        var applied = new List<Finding>();
        var deferred = new List<Finding>();
        var deletions = new List<TextRange>();
        foreach (var (diagnostic, edits) in valid.Where(v => v.Edits.All(IsDeletion)))
        {
            foreach (var edit in edits)
            {
                AddDeletion(deletions, edit.Span);
            }

            applied.Add(diagnostic);
        }

        var sortedOthers = new List<TextEdit>();
        var seen = new HashSet<TextEdit>();
        foreach (var (diagnostic, edits) in valid.Where(v => !v.Edits.All(IsDeletion)))
        {
            var accepted = new List<TextEdit>();
            var conflict = false;
            foreach (var edit in edits)
            {
                var deletion = FirstEndingAfter(deletions, edit.Span.Start);
                var nearest = deletion < deletions.Count ? deletions[deletion] : default(TextRange?);
                if ((nearest is { } subsuming && Subsumes(subsuming, edit)) || seen.Contains(edit))
                {
                    continue;
                }

                if ((nearest is { } overlapping && Conflicts(TextEdit.Delete(overlapping), edit))
                    || ConflictsWithAny(sortedOthers, edit)
                    || accepted.Any(a => Conflicts(a, edit)))
                {
                    conflict = true;
                    break;
                }

                accepted.Add(edit);
            }

            if (conflict)
            {
                deferred.Add(diagnostic);
                continue;
            }

            foreach (var edit in accepted)
            {
                seen.Add(edit);
                sortedOthers.Insert(InsertionIndex(sortedOthers, edit), edit);
            }

            applied.Add(diagnostic);
        }

        DeleteEmptiedLines(source, deletions, sortedOthers);
        applied.Sort();
        return new EditPlan(source, deletions, sortedOthers, [.. applied], [.. deferred]);
    }

    /// <summary>
    /// The text with every accepted edit applied, as lines that keep the original's line map: an untouched line is
    /// copied whole, a whole-line deletion becomes a mark on the line after it, and lines an edit touches are
    /// rewritten together (with the following lines when an edit crosses a line break). Re-reading the joined text
    /// would not do: a line ending in a lone CR followed by an empty LF line would read as one CRLF line.
    /// </summary>
    public EditedText Apply()
    {
        var text = source.Text;
        var lines = source.Lines;
        // Insertions go before a deletion or replacement that starts at the same offset; equal kinds keep acceptance order.
        var edits = deletions.Select(d => TextEdit.Delete(d))
            .Concat(others)
            .Select((edit, index) => (Edit: edit, Index: index))
            .OrderBy(e => e.Edit.Span.Start)
            .ThenBy(e => e.Edit.Span.IsEmpty ? 0 : 1)
            .ThenBy(e => e.Index)
            .Select(e => e.Edit)
            .ToList();
        var output = new List<EditedLine>();
        var removed = false;
        var next = 0;
        var i = 0;
        while (i < lines.Length)
        {
            var line = lines[i];
            var lineEnd = EndWithBreak(lines, i);
            if (next == edits.Count || !Touches(edits[next], lineEnd, text.Length))
            {
                output.Add(new EditedLine(text.Substring(line.Start, lineEnd - line.Start), removed, i));
                removed = false;
                i++;
                continue;
            }

            var edit = edits[next];
            if (edit.NewText.Length == 0 && edit.Span.Start == line.Start && IsWholeLines(source, edit.Span))
            {
                next++;
                removed = true;
                while (i < lines.Length && lines[i].Start < edit.Span.End)
                {
                    i++;
                }

                continue;
            }

            // Rewrite the lines the edits touch, until a line end that no edit crosses and where the new text has a line break.
            var rewritten = new StringBuilder();
            var position = line.Start;
            var last = i;
            var end = lineEnd;
            while (true)
            {
                while (next < edits.Count && Touches(edits[next], end, text.Length))
                {
                    edit = edits[next++];
                    rewritten.Append(text, position, edit.Span.Start - position).Append(edit.NewText);
                    position = edit.Span.End;
                    while (position > end)
                    {
                        end = EndWithBreak(lines, ++last);
                    }
                }

                rewritten.Append(text, position, end - position);
                position = end;
                if (end == text.Length || (rewritten.Length > 0 && rewritten[^1] is '\n' or '\r'))
                {
                    break;
                }

                end = EndWithBreak(lines, ++last);
            }

            var newLines = SplitLines(rewritten.ToString());
            if (newLines.Count == 0)
            {
                removed = true;
            }

            foreach (var newLine in newLines)
            {
                output.Add(new EditedLine(newLine, removed, last == i && newLines.Count == 1 ? i : -1));
                removed = false;
            }

            i = last + 1;
        }

        return new EditedText(output, removed);
    }

    /// <summary>True when <paramref name="edit"/>, the next one not yet applied, falls before <paramref name="end"/>; an insertion at the very end of the text belongs to the last line.</summary>
    private static bool Touches(TextEdit edit, int end, int textLength) =>
        edit.Span.Start < end || (edit.Span.IsEmpty && edit.Span.Start == end && end == textLength);

    private static int EndWithBreak(ImmutableArray<ContentLine> lines, int index) =>
        lines[index].Start + lines[index].Length + lines[index].LineBreakLength;

    private static List<string> SplitLines(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        return [.. ContentText.From(text).Lines.Select(line => text.Substring(line.Start, line.Length + line.LineBreakLength))];
    }

    /// <summary>The fix's edits that change something, sorted; empty when the fix is malformed (out of range or self-overlapping).</summary>
    private static List<TextEdit> Validate(Fix fix, int length)
    {
        var edits = fix.Edits
            .Where(e => e is not null && !(e.Span.IsEmpty && e.NewText.Length == 0))
            .OrderBy(e => e.Span.Start)
            .ThenBy(e => e.Span.Length)
            .ToList();
        for (var i = 0; i < edits.Count; i++)
        {
            var span = edits[i].Span;
            if (span.Start < 0 || span.Length < 0 || span.End > length || (i > 0 && Conflicts(edits[i - 1], edits[i])))
            {
                return [];
            }
        }

        return edits;
    }

    private static bool IsDeletion(TextEdit edit) => edit.NewText.Length == 0 && !edit.Span.IsEmpty;

    /// <summary>True when applying both edits is ambiguous: they share characters, or one inserts inside the other's span.</summary>
    private static bool Conflicts(TextEdit a, TextEdit b)
    {
        if (a.Span.IsEmpty && b.Span.IsEmpty)
        {
            return false;
        }

        if (a.Span.IsEmpty || b.Span.IsEmpty)
        {
            var (point, span) = a.Span.IsEmpty ? (a.Span.Start, b.Span) : (b.Span.Start, a.Span);
            return span.Start < point && point < span.End;
        }

        return a.Span.OverlapsWith(b.Span);
    }

    /// <summary>True when <paramref name="edit"/> only touches text that <paramref name="deletion"/> removes anyway.</summary>
    private static bool Subsumes(TextRange deletion, TextEdit edit) =>
        edit.Span.IsEmpty
            ? deletion.Start < edit.Span.Start && edit.Span.Start < deletion.End
            : deletion.Contains(edit.Span);

    /// <summary>Adds <paramref name="span"/> to the sorted, disjoint deletions, merging it with those it overlaps or touches.</summary>
    private static void AddDeletion(List<TextRange> deletions, TextRange span)
    {
        var start = span.Start;
        var end = span.End;
        // The first deletion that ends at or after the new one's start is the first it can touch.
        var index = FirstEndingAfter(deletions, start - 1);
        var count = 0;
        while (index + count < deletions.Count && deletions[index + count].Start <= end)
        {
            start = Math.Min(start, deletions[index + count].Start);
            end = Math.Max(end, deletions[index + count].End);
            count++;
        }

        deletions.RemoveRange(index, count);
        deletions.Insert(index, TextRange.FromBounds(start, end));
    }

    /// <summary>The index of the first of the sorted, disjoint <paramref name="spans"/> that ends after <paramref name="offset"/>.</summary>
    private static int FirstEndingAfter(List<TextRange> spans, int offset)
    {
        int low = 0, high = spans.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (spans[mid].End > offset)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return low;
    }

    /// <summary>Where <paramref name="edit"/> goes in <paramref name="sorted"/> (by start, after equal starts).</summary>
    private static int InsertionIndex(List<TextEdit> sorted, TextEdit edit)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (sorted[mid].Span.Start <= edit.Span.Start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>
    /// True when <paramref name="edit"/> conflicts with one of <paramref name="sorted"/>, accepted edits whose
    /// non-empty spans are disjoint. Only the edits starting inside it and the last non-empty one starting
    /// before it can.
    /// </summary>
    private static bool ConflictsWithAny(List<TextEdit> sorted, TextEdit edit)
    {
        var index = InsertionIndex(sorted, edit with { Span = new TextRange(edit.Span.End, 0) });
        for (var i = index - 1; i >= 0; i--)
        {
            var other = sorted[i];
            if (Conflicts(other, edit))
            {
                return true;
            }

            if (other.Span.Start < edit.Span.Start && !other.Span.IsEmpty)
            {
                break;
            }
        }

        // A non-empty span starting exactly where an insertion is does not conflict; one starting at the same
        // offset as a non-empty edit was checked above (equal starts sort before the index).
        return false;
    }

    /// <summary>True when one of <paramref name="sorted"/> inserts text at <paramref name="offset"/>.</summary>
    private static bool HasInsertionAt(List<TextEdit> sorted, int offset)
    {
        for (var i = InsertionIndex(sorted, TextEdit.Delete(new TextRange(offset, 0))) - 1; i >= 0 && sorted[i].Span.Start == offset; i--)
        {
            if (sorted[i].Span.IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A line whose every visible character is deleted, and which nothing else edits, is removed whole, line break
    /// included, so a match deletion does not leave a blank line behind.
    /// </summary>
    private static void DeleteEmptiedLines(ContentText source, List<TextRange> deletions, List<TextEdit> sortedOthers)
    {
        var emptied = new List<ContentLine>();
        foreach (var deletion in deletions)
        {
            var line = source.GetLineAt(deletion.Start);
            if (deletion.End > line.End || IsWholeLines(source, deletion) || (emptied.Count > 0 && emptied[^1] == line))
            {
                continue;
            }

            var lineWithBreak = TextRange.FromBounds(line.Start, line.End + line.LineBreakLength);
            var touched = ConflictsWithAny(sortedOthers, new TextEdit(lineWithBreak, "x"))
                || HasInsertionAt(sortedOthers, line.Start);
            if (!touched && !Documents.Document.IsBlank(source.Slice(line)) && OnlyWhiteSpaceLeft(source, line, deletions))
            {
                emptied.Add(line);
            }
        }

        foreach (var line in emptied)
        {
            AddDeletion(deletions, line.SpanIncludingLineBreak);
        }
    }

    private static bool OnlyWhiteSpaceLeft(ContentText source, ContentLine line, List<TextRange> deletions)
    {
        var index = FirstEndingAfter(deletions, line.Start);
        var offset = line.Start;
        while (offset < line.End)
        {
            if (index < deletions.Count && deletions[index].Start <= offset)
            {
                offset = deletions[index].End;
                index++;
            }
            else if (char.IsWhiteSpace(source.Text[offset]))
            {
                offset++;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="span"/> starts at a line start and ends at a line start or the end of the text.</summary>
    private static bool IsWholeLines(ContentText source, TextRange span) =>
        !span.IsEmpty
        && source.GetLineAt(span.Start).Start == span.Start
        && (span.End == source.Length || source.GetLineAt(span.End).Start == span.End);
}
