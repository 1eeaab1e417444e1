using System.Collections.Immutable;
using System.Text;
using ContentLint.Text;

namespace ContentLint.Testing;

/// <summary>
/// Roslyn's test markup for rule examples: <c>[|text|]</c> marks a span where a finding is expected.
/// <c>It[|â€™|]s</c> is the text <c>Itâ€™s</c> with one expected finding on <c>â€™</c>.
/// </summary>
public static class ExampleMarkup
{
    private const string Open = "[|";
    private const string Close = "|]";

    /// <summary>The text without markup and the marked spans in it.</summary>
    /// <exception cref="FormatException">A marker is unclosed, unopened or nested.</exception>
    public static (string Text, ImmutableArray<TextRange> Spans) Parse(string marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        var text = new StringBuilder(marked.Length);
        var spans = ImmutableArray.CreateBuilder<TextRange>();
        int? openedAt = null;
        for (var i = 0; i < marked.Length; i++)
        {
            if (string.CompareOrdinal(marked, i, Open, 0, Open.Length) == 0)
            {
                if (openedAt is not null)
                {
                    throw new FormatException($"Nested '{Open}' at offset {i}: findings are marked one at a time.");
                }

                openedAt = text.Length;
                i++;
            }
            else if (string.CompareOrdinal(marked, i, Close, 0, Close.Length) == 0 && openedAt is not null)
            {
                spans.Add(TextRange.FromBounds(openedAt.Value, text.Length));
                openedAt = null;
                i++;
            }
            else
            {
                text.Append(marked[i]);
            }
        }

        if (openedAt is not null)
        {
            throw new FormatException($"'{Open}' at offset {openedAt} is never closed with '{Close}'.");
        }

        return (text.ToString(), spans.ToImmutable());
    }

    /// <summary>Writes <paramref name="text"/> with <paramref name="spans"/> marked: how actual findings are shown next to expected ones.</summary>
    public static string Mark(string text, IEnumerable<TextRange> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text);
        foreach (var span in spans.OrderByDescending(s => s.Start).ThenByDescending(s => s.End))
        {
            result.Insert(span.End, Close);
            result.Insert(span.Start, Open);
        }

        return result.ToString();
    }
}
