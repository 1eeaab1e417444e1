using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ContentLint.Configuration;

/// <summary>
/// Bounds on rule and configuration files, so a hostile file is refused with an error instead of exhausting
/// memory or the stack: a size limit, a nesting depth, an alias count (a "billion laughs" file is all aliases) and no
/// alias inside the node it names (<c>? &amp;a [*a]</c>), which would make a node that contains itself.
/// Checked on the parser's event stream before any document tree is built.
/// </summary>
internal static class YamlLimits
{
    /// <summary>The largest rule or configuration file read, in characters.</summary>
    public const int MaxCharacters = 1_000_000;

    /// <summary>The deepest nesting of mappings and sequences: rule files need four levels.</summary>
    public const int MaxDepth = 32;

    /// <summary>The most aliases (<c>*name</c>) a file may use.</summary>
    public const int MaxAliases = 64;

    /// <summary>The first limit <paramref name="text"/> breaks, with where; null when it keeps them all.</summary>
    public static (string Message, Mark At)? Check(string text)
    {
        if (text.Length > MaxCharacters)
        {
            return ($"The file is larger than {MaxCharacters:N0} characters; rule and configuration files are refused above that size.", Mark.Empty);
        }

        var parser = new Parser(new StringReader(text));
        var aliases = 0;
        // The anchors of the mappings and sequences still open: an alias to one of them makes the node contain itself.
        var open = new Stack<string?>();
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case NodeEvent { Anchor.IsEmpty: false } node and (MappingStart or SequenceStart) when open.Count < MaxDepth:
                        open.Push(node.Anchor.Value);
                        break;
                    case MappingStart or SequenceStart when open.Count >= MaxDepth:
                        return ($"Nesting deeper than {MaxDepth} levels is refused.", parser.Current.Start);
                    case MappingStart or SequenceStart:
                        open.Push(null);
                        break;
                    case MappingEnd or SequenceEnd:
                        open.TryPop(out _);
                        break;
                    case AnchorAlias alias when open.Contains(alias.Value.Value):
                        return ($"The alias '*{alias.Value.Value}' refers to a node that contains it: recursive aliases are refused.", parser.Current.Start);
                    case AnchorAlias when ++aliases > MaxAliases:
                        return ($"More than {MaxAliases} aliases are refused: aliases can expand a small file into a huge one.", parser.Current.Start);
                }
            }
        }
        catch (YamlException)
        {
            // Syntax errors are reported, with their position, when the file is loaded.
        }

        return null;
    }
}
