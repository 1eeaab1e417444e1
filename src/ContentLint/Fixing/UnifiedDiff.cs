using System.Globalization;
using System.Text;

namespace ContentLint.Fixing;

/// <summary>
/// Writes the difference between two texts as a unified diff (<c>diff -u</c>, <c>git diff</c>), which <c>git apply</c>
/// and <c>patch</c> accept. As for them, a line ends after an LF; lines are compared with their line breaks, so a
/// changed line ending shows; each line is written with its own line break, and a last line without one is
/// followed by "\ No newline at end of file".
/// </summary>
internal static class UnifiedDiff
{
    private const string NoNewline = "\\ No newline at end of file";

    /// <summary>Beyond this many changed lines the diff stops looking for the shortest edit and replaces the changed middle whole.</summary>
    private const int MaxEditDistance = 2000;

    /// <summary>The unified diff from <paramref name="oldText"/> to <paramref name="newText"/>; empty when they are equal.</summary>
    /// <param name="oldText">The text before.</param>
    /// <param name="newText">The text after.</param>
    /// <param name="oldName">The name on the <c>---</c> line, such as <c>a/seeds/article.txt</c>.</param>
    /// <param name="newName">The name on the <c>+++</c> line, such as <c>b/seeds/article.txt</c>.</param>
    /// <param name="context">How many unchanged lines to show around each change.</param>
    public static string Create(string oldText, string newText, string oldName, string newName, int context = 3)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        ArgumentOutOfRangeException.ThrowIfNegative(context);
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            return "";
        }

        var a = SplitLines(oldText);
        var b = SplitLines(newText);
        var script = Compare(a, b);
        var output = new StringBuilder();
        output.Append("--- ").Append(oldName).Append('\n');
        output.Append("+++ ").Append(newName).Append('\n');
        foreach (var hunk in Hunks(script, context))
        {
            WriteHunk(output, hunk, a, b);
        }

        return output.ToString();
    }

    /// <summary>
    /// A path as git writes it in a patch header: as it is, or, when it holds a control character, a quote or a
    /// backslash, between double quotes with those written as C escapes (<c>\n</c>, <c>\\</c>, <c>\033</c>), which
    /// <c>git apply</c> reads back. A line break in a file name then never breaks the patch.
    /// </summary>
    public static string QuotePath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!path.Any(c => char.IsControl(c) || c is '"' or '\\'))
        {
            return path;
        }

        var quoted = new StringBuilder("\"");
        foreach (var c in path)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                _ when char.IsControl(c) && c < 0x80 => "\\" + Convert.ToString(c, 8).PadLeft(3, '0'),
                _ when char.IsControl(c) => string.Concat(Encoding.UTF8.GetBytes(c.ToString()).Select(b => "\\" + Convert.ToString(b, 8).PadLeft(3, '0'))),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    private enum Op
    {
        Keep,
        Delete,
        Insert,
    }

    /// <summary>One step of the edit script: an operation and the line indices it refers to in each text.</summary>
    private readonly record struct Step(Op Op, int OldIndex, int NewIndex);

    /// <summary>Lines as diff and <c>git apply</c> see them: split after each LF, so CRLF and a lone CR stay part of their line.</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }

    /// <summary>The shortest edit script (Myers' O(ND) algorithm) after trimming the common start and end.</summary>
    private static List<Step> Compare(List<string> a, List<string> b)
    {
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && string.Equals(a[prefix], b[prefix], StringComparison.Ordinal))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix
            && string.Equals(a[a.Count - 1 - suffix], b[b.Count - 1 - suffix], StringComparison.Ordinal))
        {
            suffix++;
        }

        var steps = new List<Step>();
        for (var i = 0; i < prefix; i++)
        {
            steps.Add(new Step(Op.Keep, i, i));
        }

        steps.AddRange(Middle(a, b, prefix, a.Count - suffix, prefix, b.Count - suffix));
        for (var i = suffix; i > 0; i--)
        {
            steps.Add(new Step(Op.Keep, a.Count - i, b.Count - i));
        }

        return steps;
    }

    private static List<Step> Middle(List<string> a, List<string> b, int aStart, int aEnd, int bStart, int bEnd)
    {
        int n = aEnd - aStart, m = bEnd - bStart;
        var max = Math.Min(n + m, MaxEditDistance);
        var offset = max + 1;
        var v = new int[2 * max + 3];
        var trace = new List<int[]>();
        var found = -1;
        for (var d = 0; d <= max && found < 0; d++)
        {
            // Only diagonals -d..d matter when walking back through step d; keeping just those bounds memory by d².
            trace.Add(v.AsSpan(offset - d, 2 * d + 1).ToArray());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && string.Equals(a[aStart + x], b[bStart + y], StringComparison.Ordinal))
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    found = d;
                    break;
                }
            }
        }

        if (found < 0)
        {
            // Too different to be worth the search: delete the old middle, insert the new one. Still a correct diff.
            var whole = new List<Step>();
            for (var i = 0; i < n; i++)
            {
                whole.Add(new Step(Op.Delete, aStart + i, bStart));
            }

            for (var j = 0; j < m; j++)
            {
                whole.Add(new Step(Op.Insert, aStart + n, bStart + j));
            }

            return whole;
        }

        // Walk the trace back from the end to recover the path.
        var steps = new List<Step>();
        int cx = n, cy = m;
        for (var d = found; d > 0; d--)
        {
            var previous = trace[d];
            var k = cx - cy;
            var previousK = k == -d || (k != d && previous[d + k - 1] < previous[d + k + 1]) ? k + 1 : k - 1;
            var previousX = previous[d + previousK];
            var previousY = previousX - previousK;
            while (cx > previousX && cy > previousY)
            {
                cx--;
                cy--;
                steps.Add(new Step(Op.Keep, aStart + cx, bStart + cy));
            }

            if (cx == previousX)
            {
                cy--;
                steps.Add(new Step(Op.Insert, aStart + cx, bStart + cy));
            }
            else
            {
                cx--;
                steps.Add(new Step(Op.Delete, aStart + cx, bStart + cy));
            }
        }

        while (cx > 0 && cy > 0)
        {
            cx--;
            cy--;
            steps.Add(new Step(Op.Keep, aStart + cx, bStart + cy));
        }

        steps.Reverse();
        return steps;
    }

    /// <summary>Groups the changes with <paramref name="context"/> unchanged lines around them; close groups merge.</summary>
    private static IEnumerable<List<Step>> Hunks(List<Step> script, int context)
    {
        var changed = script.Select((step, index) => (step, index)).Where(s => s.step.Op != Op.Keep).Select(s => s.index).ToList();
        var i = 0;
        while (i < changed.Count)
        {
            var start = Math.Max(0, changed[i] - context);
            var end = changed[i];
            while (i + 1 < changed.Count && changed[i + 1] - end <= 2 * context + 1)
            {
                i++;
                end = changed[i];
            }

            end = Math.Min(script.Count - 1, end + context);
            yield return script.GetRange(start, end - start + 1);
            i++;
        }
    }

    private static void WriteHunk(StringBuilder output, List<Step> hunk, List<string> a, List<string> b)
    {
        var oldCount = hunk.Count(s => s.Op != Op.Insert);
        var newCount = hunk.Count(s => s.Op != Op.Delete);
        var oldStart = hunk.First().OldIndex;
        var newStart = hunk.First().NewIndex;
        output.Append("@@ -").Append(Range(oldStart, oldCount)).Append(" +").Append(Range(newStart, newCount)).Append(" @@\n");
        foreach (var step in hunk)
        {
            var (marker, line) = step.Op switch
            {
                Op.Keep => (' ', a[step.OldIndex]),
                Op.Delete => ('-', a[step.OldIndex]),
                _ => ('+', b[step.NewIndex]),
            };
            output.Append(marker).Append(line);
            if (line.Length == 0 || line[^1] != '\n')
            {
                output.Append('\n').Append(NoNewline).Append('\n');
            }
        }
    }

    /// <summary>A hunk range as diff writes it: "start,count", "start" alone for one line, and the line before for none.</summary>
    private static string Range(int index, int count) => count switch
    {
        0 => index.ToString(CultureInfo.InvariantCulture) + ",0",
        1 => (index + 1).ToString(CultureInfo.InvariantCulture),
        _ => (index + 1).ToString(CultureInfo.InvariantCulture) + "," + count.ToString(CultureInfo.InvariantCulture),
    };
}
