using System.Globalization;
using System.IO.Hashing;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ContentLint.Rules;

/// <summary>
/// The parsing events of a YAML text, written as a string that replays them (<see cref="Replay"/>) into the same
/// representation model, positions included, without scanning YAML: how the built-in pack is loaded at start.
/// ContentLint.DocGen writes the events of each built-in rule file (<c>BuiltInRules.Parsed.cs</c>), with a hash of the
/// text they were read from, so an edited file whose events were not written again is parsed as YAML instead.
/// </summary>
/// <remarks>
/// Each event is one character naming its kind, then its fields in the order of its constructor: a number in decimal
/// followed by a comma, a string as its length (a number) followed by its characters, a flag as 0 or 1, a position as
/// its index, line and column.
/// </remarks>
internal static class ParsedYaml
{
    /// <summary>The events of <paramref name="yaml"/> as YamlDotNet's parser reads them (comments skipped), written as text.</summary>
    public static string Encode(string yaml) => Encode(new Parser(new StringReader(yaml)));

    /// <summary>The events <paramref name="parser"/> gives, written as text.</summary>
    /// <exception cref="NotSupportedException">An event this form does not write (a comment).</exception>
    public static string Encode(IParser parser)
    {
        var text = new StringBuilder();
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            text.Append(current switch
            {
                StreamStart => '<',
                StreamEnd => '>',
                DocumentStart => 'D',
                DocumentEnd => 'd',
                MappingStart => 'M',
                MappingEnd => 'm',
                SequenceStart => 'Q',
                SequenceEnd => 'q',
                Scalar => 'S',
                AnchorAlias => 'A',
                _ => throw new NotSupportedException($"No text form for the YAML event {current.GetType().Name}."),
            });
            _ = current switch
            {
                DocumentStart document => text.Append(Flag(document.IsImplicit)),
                DocumentEnd document => text.Append(Flag(document.IsImplicit)),
                MappingStart mapping => CollectionStart(text, mapping, mapping.IsImplicit, (int)mapping.Style),
                SequenceStart sequence => CollectionStart(text, sequence, sequence.IsImplicit, (int)sequence.Style),
                Scalar scalar => Number(String(Node(text, scalar), scalar.Value), (int)scalar.Style).Append(Flag(scalar.IsPlainImplicit)).Append(Flag(scalar.IsQuotedImplicit)),
                AnchorAlias alias => String(text, alias.Value.Value),
                _ => text,
            };
            Position(text, current.Start);
            Position(text, current.End);
            if (current is Scalar { IsKey: var isKey })
            {
                text.Append(Flag(isKey));
            }
        }

        return text.ToString();
    }

    /// <summary>A parser that gives the events <paramref name="events"/> (written by <see cref="Encode(IParser)"/>) again.</summary>
    public static IParser Replay(string events) => new Replayer(events);

    /// <summary>
    /// The hash that tells whether events were read from a rule file: of the file's bytes, as the library embeds it, so
    /// a start checks the events against the embedded file without decoding it to text.
    /// </summary>
    public static ulong Hash(ReadOnlySpan<byte> file) => XxHash3.HashToUInt64(file);

    private static char Flag(bool value) => value ? '1' : '0';

    private static StringBuilder Node(StringBuilder text, NodeEvent node)
    {
        String(text, node.Anchor.IsEmpty ? "" : node.Anchor.Value);
        String(text, node.Tag.IsEmpty ? "" : node.Tag.Value);
        return text;
    }

    /// <summary>The fields of a mapping's or a sequence's start, in the order of their constructors.</summary>
    private static StringBuilder CollectionStart(StringBuilder text, NodeEvent start, bool isImplicit, int style) =>
        Number(Node(text, start).Append(Flag(isImplicit)), style);

    private static StringBuilder Number(StringBuilder text, long value) => text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(',');

    private static StringBuilder String(StringBuilder text, string value) => Number(text, value.Length).Append(value);

    private static void Position(StringBuilder text, Mark mark)
    {
        Number(text, mark.Index);
        Number(text, mark.Line);
        Number(text, mark.Column);
    }

    /// <summary>Reads the events back, one per <see cref="MoveNext"/>. Arguments are evaluated left to right, the order they were written in.</summary>
    private sealed class Replayer(string events) : IParser
    {
        private int position;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            if (position >= events.Length)
            {
                Current = null;
                return false;
            }

            Current = events[position++] switch
            {
                '<' => new StreamStart(Position(), Position()),
                '>' => new StreamEnd(Position(), Position()),
                'D' => new DocumentStart(null, null, Flag(), Position(), Position()),
                'd' => new DocumentEnd(Flag(), Position(), Position()),
                'M' => new MappingStart(Anchor(), Tag(), Flag(), (MappingStyle)Number(), Position(), Position()),
                'm' => new MappingEnd(Position(), Position()),
                'Q' => new SequenceStart(Anchor(), Tag(), Flag(), (SequenceStyle)Number(), Position(), Position()),
                'q' => new SequenceEnd(Position(), Position()),
                'S' => new Scalar(Anchor(), Tag(), String(), (ScalarStyle)Number(), Flag(), Flag(), Position(), Position(), Flag()),
                'A' => new AnchorAlias(new AnchorName(String()), Position(), Position()),
                var kind => throw new InvalidDataException($"Unknown YAML event '{kind}' at {position - 1} of the parsed built-in pack."),
            };
            return true;
        }

        private bool Flag() => events[position++] == '1';

        private long Number()
        {
            long value = 0;
            for (var c = events[position++]; c != ','; c = events[position++])
            {
                value = (value * 10) + (c - '0');
            }

            return value;
        }

        private string String()
        {
            var length = (int)Number();
            position += length;
            return events.Substring(position - length, length);
        }

        private AnchorName Anchor() => String() is { Length: > 0 } name ? new AnchorName(name) : AnchorName.Empty;

        private TagName Tag() => String() is { Length: > 0 } name ? new TagName(name) : TagName.Empty;

        private Mark Position() => new(Number(), Number(), Number());
    }
}

/// <summary>The parsing events of a rule file's head (<see cref="ParsedYaml"/>) and the hash of the whole file.</summary>
/// <param name="FileHash">The <see cref="ParsedYaml.Hash"/> of the file (its bytes) whose head the events were read from.</param>
/// <param name="Events">The events, as <see cref="ParsedYaml.Encode(IParser)"/> writes them.</param>
internal sealed record ParsedYamlText(ulong FileHash, string Events)
{
    /// <summary>True when the events were read from the head of <paramref name="file"/> (the file's bytes).</summary>
    public bool IsOf(ReadOnlySpan<byte> file) => ParsedYaml.Hash(file) == FileHash;
}
