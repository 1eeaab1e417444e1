using System.Text;
using ContentLint.Text;
using Markdig;
using Markdig.Syntax;

namespace ContentLint.Documents;

/// <summary>What a line of a Markdown text is part of: its containers (quotes, list items) and its leaf block.</summary>
/// <param name="Containers">The containers from the outside in, such as <c>quote/list-item+</c>; a <c>+</c> marks a list item's first line.</param>
/// <param name="Leaf">The leaf block: <c>paragraph</c>, <c>heading 2</c>, <c>code</c>, <c>html</c>, <c>thematic break</c>...</param>
/// <param name="StartsLeaf">True on the first line of the leaf block.</param>
internal readonly record struct MarkdownLineRole(string Containers, string Leaf, bool StartsLeaf)
{
    /// <summary>The role in words, for messages: "a heading 2 inside a quote".</summary>
    public override string ToString() =>
        (StartsLeaf || Leaf is "code" or "html" ? "" : "the continuation of ") + "a " + Leaf + (Containers.Length == 0 ? "" : " inside " + Containers.Replace("+", "", StringComparison.Ordinal).Replace("/", " inside ", StringComparison.Ordinal));
}

/// <summary>
/// The CommonMark block structure of a Markdown text, as Markdig reads it (blocks only; inlines are not parsed):
/// which lines are code at any depth (fenced code in a quote, indented code in a list item), and the role of every
/// line, so that a fix can be checked to leave the structure around it unchanged. Front matter is not Markdown:
/// its lines are read as blank, so offsets and line numbers stay those of the text.
/// </summary>
internal sealed class MarkdownBlocks
{
    private static readonly MarkdownPipeline Pipeline = CreatePipeline();

    private readonly MarkdownLineRole?[] roles;

    private MarkdownBlocks(MarkdownLineRole?[] roles, List<(int First, int Last)> code)
    {
        this.roles = roles;
        CodeLines = code;
    }

    /// <summary>The 0-based first and last line of every code block, fenced or indented, at any depth.</summary>
    public IReadOnlyList<(int First, int Last)> CodeLines { get; }

    /// <summary>The role of the 0-based line <paramref name="index"/>; null for a blank line or one in no block.</summary>
    public MarkdownLineRole? RoleOf(int index) => index < roles.Length ? roles[index] : null;

    /// <summary>Reads the blocks of <paramref name="source"/>, whose lines up to <paramref name="frontMatterEnd"/> (0-based, -1 for none) are front matter.</summary>
    public static MarkdownBlocks Read(ContentText source, int frontMatterEnd)
    {
        var text = source.Text;
        if (frontMatterEnd >= 0)
        {
            var masked = new StringBuilder(text);
            for (var i = 0; i < source.Lines[frontMatterEnd].End; i++)
            {
                if (masked[i] is not ('\r' or '\n'))
                {
                    masked[i] = ' ';
                }
            }

            text = masked.ToString();
        }

        var roles = new MarkdownLineRole?[source.Lines.Length];
        var code = new List<(int, int)>();
        var document = Markdown.Parse(text, Pipeline);
        Walk(document, "", source, roles, code);
        return new MarkdownBlocks(roles, code);
    }

    private static MarkdownPipeline CreatePipeline()
    {
        // Only the block structure matters here; inline parsing would cost time and decide nothing.
        var builder = new MarkdownPipelineBuilder();
        builder.InlineParsers.Clear();
        return builder.Build();
    }

    private static void Walk(ContainerBlock container, string containers, ContentText source, MarkdownLineRole?[] roles, List<(int, int)> code)
    {
        foreach (var block in container)
        {
            var (first, last) = LinesOf(block, source);
            switch (block)
            {
                case ContainerBlock inner:
                    var name = inner switch
                    {
                        QuoteBlock => "quote",
                        ListItemBlock => "list item",
                        ListBlock => "",
                        _ => "container",
                    };
                    var itemStart = inner is ListItemBlock ? first : -1;
                    WalkInner(inner, containers, name, itemStart, source, roles, code);
                    break;
                case LeafBlock leaf:
                    if (leaf is CodeBlock)
                    {
                        code.Add((first, last));
                    }

                    var leafName = leaf switch
                    {
                        HeadingBlock heading => "heading " + heading.Level.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        CodeBlock => "code",
                        HtmlBlock => "html",
                        ThematicBreakBlock => "thematic break",
                        ParagraphBlock => "paragraph",
                        _ => "block",
                    };
                    for (var line = first; line <= last && line < roles.Length; line++)
                    {
                        roles[line] = new MarkdownLineRole(containers, leafName, line == first);
                    }

                    break;
            }
        }
    }

    private static void WalkInner(ContainerBlock inner, string containers, string name, int itemStart, ContentText source, MarkdownLineRole?[] roles, List<(int, int)> code)
    {
        if (name.Length == 0)
        {
            Walk(inner, containers, source, roles, code);
            return;
        }

        var path = containers.Length == 0 ? name : containers + "/" + name;
        Walk(inner, path, source, roles, code);
        if (itemStart >= 0 && itemStart < roles.Length && roles[itemStart] is { } role && role.Containers.StartsWith(path, StringComparison.Ordinal))
        {
            // The item's first line: where a list marker stands, which deleting the lines before it must not change.
            roles[itemStart] = role with { Containers = path + "+" + role.Containers[path.Length..] };
        }
    }

    /// <summary>The 0-based first and last line of <paramref name="block"/>.</summary>
    private static (int First, int Last) LinesOf(Block block, ContentText source)
    {
        var start = Math.Clamp(block.Span.Start, 0, Math.Max(0, source.Length - 1));
        var end = Math.Clamp(Math.Max(block.Span.End, block.Span.Start), 0, Math.Max(0, source.Length - 1));
        return source.Length == 0 ? (0, -1) : (source.GetLineAt(start).Number - 1, source.GetLineAt(end).Number - 1);
    }
}
