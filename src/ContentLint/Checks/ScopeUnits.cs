using ContentLint.Documents;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint.Checks;

/// <summary>The units of a document a rule's <see cref="RuleScope"/> selects, each a span of the text.</summary>
internal static class ScopeUnits
{
    public static IEnumerable<TextRange> Of(Document document, RuleScope scope) => scope.Kind switch
    {
        ScopeKind.Line => ContentLines(document).Select(l => l.Span),
        ScopeKind.FirstLines => ContentLines(document).Take(scope.Count).Select(l => l.Span),
        ScopeKind.LastLines => ContentLines(document).TakeLast(scope.Count).Select(l => l.Span),
        ScopeKind.Paragraph => document.Paragraphs.Select(p => p.Span),
        ScopeKind.Title => document.TitleSpan is { } title ? [title] : [],
        _ => BodyRuns(document),
    };

    /// <summary>The non-blank body lines.</summary>
    public static IEnumerable<ContentLine> ContentLines(Document document) =>
        document.BodyLines.Where(line => !document.IsBlank(line));

    /// <summary>The non-blank body lines that lie inside <paramref name="unit"/>.</summary>
    public static IEnumerable<ContentLine> ContentLinesIn(Document document, TextRange unit)
    {
        // Body lines are in text order and do not overlap, so those inside the unit are one stretch of them: found by
        // binary search, not by walking every line for every unit (a line-scoped metric would be quadratic).
        var lines = document.BodyLines;
        int low = 0, high = lines.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = lines[middle].Start < unit.Start ? (middle + 1, high) : (low, middle);
        }

        for (var i = low; i < lines.Length && lines[i].End <= unit.End; i++)
        {
            if (!document.IsBlank(lines[i]))
            {
                yield return lines[i];
            }
        }
    }

    /// <summary>Runs of consecutive body lines (excluded lines split them), from the first to the last non-blank line of each run.</summary>
    private static IEnumerable<TextRange> BodyRuns(Document document)
    {
        ContentLine? runStart = null, lastContent = null;
        var previousNumber = int.MinValue;
        foreach (var line in document.BodyLines)
        {
            if (line.Number != previousNumber + 1 && runStart is { } start && lastContent is { } end)
            {
                yield return TextRange.FromBounds(start.Start, end.End);
                runStart = lastContent = null;
            }

            previousNumber = line.Number;
            if (!document.IsBlank(line))
            {
                runStart ??= line;
                lastContent = line;
            }
        }

        if (runStart is { } from && lastContent is { } to)
        {
            yield return TextRange.FromBounds(from.Start, to.End);
        }
    }
}
