using System.Text.RegularExpressions;
using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Text;

namespace ContentLint.Fixing;

/// <summary>
/// Keeps fixes from changing the Markdown structure around them: a fix is withheld when, after it, a line it keeps
/// would play another part (a paragraph line turned into a heading by a setext underline that now follows it, text
/// swallowed by an HTML comment or block whose end was deleted, an item's continuation cut off from its list item),
/// when the line after a deletion is a setext underline (it would underline another line), or when it would delete
/// HTML markup, which Markdown keeps as structure (the <c>&lt;summary&gt;</c> around a widget heading, the
/// <c>--&gt;</c> before one): the element's other end would be left unbalanced.
/// </summary>
/// <remarks>
/// The fixes of a pass are checked together, and when together they change the structure, in halves down to the
/// single fixes that do, so a pass with one bad fix still applies the others; each check reads the block structure
/// of the text as the fixer would leave it (<see cref="MarkdownBlocks"/>).
/// </remarks>
internal static partial class StructureGuard
{
    /// <summary>The fixes of <paramref name="fixable"/> that keep the structure; the others go to <paramref name="withheld"/> with the reason.</summary>
    public static List<Finding> Filter(Document document, List<Finding> fixable, bool endsWithLineBreak, List<WithheldFix> withheld)
    {
        if (document.Format != DocumentFormat.Markdown || fixable.Count == 0)
        {
            return fixable;
        }

        var source = document.Source;
        var before = MarkdownBlocks.Read(source, MarkdownStructure.FindFrontMatterEnd(source));
        var candidates = new List<Finding>();
        foreach (var finding in fixable)
        {
            if (DeletedMarkup(source, finding) is { } markup)
            {
                withheld.Add(new WithheldFix(finding, $"it would delete the HTML markup '{markup}', which Markdown keeps as structure, and leave the element's other end behind"));
            }
            else if (UnderlineAfter(source, finding) is { } underline)
            {
                withheld.Add(new WithheldFix(finding, $"line {underline} underlines the deleted line as a setext heading, and would underline another line instead"));
            }
            else
            {
                candidates.Add(finding);
            }
        }

        var accepted = new List<Finding>();
        Accept(candidates);
        return accepted;

        void Accept(List<Finding> group)
        {
            if (group.Count == 0)
            {
                return;
            }

            var change = Change(source, before, [.. accepted, .. group], endsWithLineBreak);
            if (change is null)
            {
                accepted.AddRange(group);
            }
            else if (group.Count == 1)
            {
                withheld.Add(new WithheldFix(group[0], "deleting it would change the Markdown structure around it: " + change));
            }
            else
            {
                Accept(group[..(group.Count / 2)]);
                Accept(group[(group.Count / 2)..]);
            }
        }
    }

    /// <summary>How the fixes of <paramref name="findings"/> would change the part a kept line plays; null when they change none.</summary>
    private static string? Change(ContentText source, MarkdownBlocks before, List<Finding> findings, bool endsWithLineBreak)
    {
        var plan = EditPlan.Create(source, findings);
        var (text, lines) = BlankLineTidy.Tidy(plan.Apply(), endsWithLineBreak);
        var edited = ContentText.From(text);
        var after = MarkdownBlocks.Read(edited, MarkdownStructure.FindFrontMatterEnd(edited));
        for (var i = 0; i < lines.Count && i < edited.Lines.Length; i++)
        {
            var origin = lines[i].Source;
            if (origin < 0 || Document.IsBlank(edited.Slice(edited.Lines[i])))
            {
                continue;
            }

            var was = before.RoleOf(origin);
            var becomes = after.RoleOf(i);
            if (was != becomes)
            {
                return $"line {origin + 1} would turn from {Describe(was)} into {Describe(becomes)}";
            }
        }

        return null;
    }

    private static string Describe(MarkdownLineRole? role) => role?.ToString() ?? "no block";

    /// <summary>
    /// HTML markup that the finding's deletions remove: a tag that opens or closes an element, a comment's start or
    /// end. Void elements (<c>&lt;br&gt;</c>, <c>&lt;img&gt;</c>...) and self-closing tags have no other end and may go.
    /// </summary>
    private static string? DeletedMarkup(ContentText source, Finding finding)
    {
        foreach (var edit in finding.Fix!.Edits.Where(e => e.NewText.Length == 0 && !e.Span.IsEmpty && e.Span.End <= source.Length))
        {
            for (var match = Markup().Match(source.Text, edit.Span.Start, edit.Span.Length); match.Success; match = match.NextMatch())
            {
                if (!match.Groups["void"].Success && !match.Value.EndsWith("/>", StringComparison.Ordinal))
                {
                    return match.Value;
                }
            }
        }

        return null;
    }

    /// <summary>The 1-based number of a setext underline (<c>===</c>, <c>---</c>) right after a block of lines the finding deletes; null when there is none.</summary>
    private static int? UnderlineAfter(ContentText source, Finding finding)
    {
        foreach (var edit in finding.Fix!.Edits.Where(e => e.NewText.Length == 0 && !e.Span.IsEmpty && e.Span.End < source.Length))
        {
            var next = source.GetLineAt(edit.Span.End);
            if (next.Start == edit.Span.End && SetextUnderline().IsMatch(source.Slice(next)))
            {
                return next.Number;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^ {0,3}(?:=+|-+)[ \t]*$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"<(?<void>(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b)[^<>]*>|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--|-->|<!\[CDATA\[|\]\]>", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();
}
