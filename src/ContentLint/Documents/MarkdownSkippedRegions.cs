using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ContentLint.Text;

namespace ContentLint.Documents;

/// <summary>
/// The parts of a Markdown article that are not prose and so are not linted, besides code blocks: HTML comments
/// (except ContentLint's own <c>&lt;!-- contentlint-… --&gt;</c> directives), link and image destinations,
/// autolinks, bare URLs, <c>href</c>/<c>src</c> attribute values and link reference definitions. Whole lines
/// are taken out of the body; parts of lines become ignored spans. Offsets are never changed.
/// </summary>
internal static partial class MarkdownSkippedRegions
{
    /// <summary>
    /// Marks the lines that hold nothing to lint in <paramref name="excluded"/> (lines already excluded — front
    /// matter, code — are left as they are) and returns the spans inside the remaining lines to ignore.
    /// </summary>
    public static List<TextRange> Find(ContentText source, bool[] excluded)
    {
        var ignored = new List<TextRange>();
        ExcludeComments(source, excluded, ignored);
        FindLinkDestinations(source, excluded, ignored);
        return ignored;
    }

    /// <summary>Sorts <paramref name="spans"/> and merges the ones that overlap or touch.</summary>
    public static ImmutableArray<TextRange> Merge(IEnumerable<TextRange> spans)
    {
        var merged = ImmutableArray.CreateBuilder<TextRange>();
        foreach (var span in spans.Where(s => !s.IsEmpty).Order())
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = TextRange.FromBounds(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged.ToImmutable();
    }

    /// <summary>HTML comments: ignored wherever they are; a line with nothing but comment is not a body line.</summary>
    private static void ExcludeComments(ContentText source, bool[] excluded, List<TextRange> ignored)
    {
        var text = source.Text;
        var lines = source.Lines;
        for (var i = 0; i < lines.Length; i++)
        {
            if (excluded[i])
            {
                continue;
            }

            var searchFrom = lines[i].Start;
            while (searchFrom < lines[i].End)
            {
                var open = text.IndexOf("<!--", searchFrom, lines[i].End - searchFrom, StringComparison.Ordinal);
                if (open < 0)
                {
                    break;
                }

                var close = text.IndexOf("-->", open + 4, StringComparison.Ordinal);
                var end = close < 0 ? text.Length : close + 3;
                searchFrom = end;
                if (text.AsSpan(open + 4).TrimStart().StartsWith("contentlint-", StringComparison.Ordinal))
                {
                    // ContentLint's own directives are read by the engine, not skipped.
                    continue;
                }

                var comment = TextRange.FromBounds(open, end);
                ignored.Add(comment);
                var lastLine = source.GetLineAt(end).Number - 1;
                for (var j = i; j <= lastLine; j++)
                {
                    if (!excluded[j] && IsCoveredBy(source, lines[j], comment))
                    {
                        excluded[j] = true;
                    }
                }

                if (lastLine > i)
                {
                    // Go on searching in the line the comment ends in.
                    i = lastLine;
                    if (excluded[i])
                    {
                        break;
                    }
                }
            }
        }
    }

    /// <summary>True when every character of <paramref name="line"/> outside <paramref name="span"/> is white space.</summary>
    private static bool IsCoveredBy(ContentText source, ContentLine line, TextRange span)
    {
        var before = line.Start < span.Start ? source.Slice(TextRange.FromBounds(line.Start, Math.Min(span.Start, line.End))) : default;
        var after = span.End < line.End ? source.Slice(TextRange.FromBounds(Math.Max(span.End, line.Start), line.End)) : default;
        return Document.IsBlank(before) && Document.IsBlank(after);
    }

    private static void FindLinkDestinations(ContentText source, bool[] excluded, List<TextRange> ignored)
    {
        var text = source.Text;
        var lines = source.Lines;
        for (var i = 0; i < lines.Length; i++)
        {
            if (excluded[i])
            {
                continue;
            }

            var line = lines[i];
            if (ReferenceDefinition().IsMatch(text.AsSpan(line.Start, line.Length)))
            {
                excluded[i] = true;
                ignored.Add(line.Span);
                continue;
            }

            // A link destination's parentheses are syntax too: "(https://…)" is not a credit in parentheses.
            foreach (var (regex, around) in new[] { (InlineLinkDestination(), 1), (Autolink(), 0), (HtmlUrlAttribute(), 0), (BareUrl(), 0) })
            {
                for (var match = regex.Match(text, line.Start, line.Length); match.Success; match = match.NextMatch())
                {
                    var group = match.Groups["url"];
                    ignored.Add(new TextRange(group.Index - around, group.Length + (2 * around)));
                }
            }
        }
    }

    [GeneratedRegex(@"^ {0,3}\[[^\]]+\]:[ \t]*\S+")]
    private static partial Regex ReferenceDefinition();

    /// <summary><c>[text](url "title")</c> and <c>![alt](url)</c>: the part in parentheses.</summary>
    [GeneratedRegex(@"\]\((?<url>\s*(?:<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:""[^""\n]*""|'[^'\n]*'|\([^)\n]*\)))?\s*)\)")]
    private static partial Regex InlineLinkDestination();

    [GeneratedRegex(@"<(?<url>(?:https?|ftp|mailto):[^\s<>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex Autolink();

    [GeneratedRegex(@"\b(?:href|src)\s*=\s*(?<url>""[^""\n]*""|'[^'\n]*')", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlUrlAttribute();

    [GeneratedRegex(@"(?<url>\b(?:https?://|www\.)[^\s<>()\[\]""']+)", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();
}
