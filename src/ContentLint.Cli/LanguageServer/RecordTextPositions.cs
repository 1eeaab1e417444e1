using System.Text;
using System.Text.Json;

namespace ContentLint.Cli.LanguageServer;

/// <summary>
/// Where the characters of a JSON Lines record's text field are on the record's line. The linter sees the field's
/// decoded string; the editor shows the JSON, where an escape (<c>\n</c>, <c>\"</c>, <c>\u00e9</c>) takes more
/// characters than the one it stands for. Built from the line as the editor has it.
/// </summary>
internal sealed class RecordTextPositions
{
    /// <summary>For each UTF-16 unit of the decoded string, and one past its end: its character offset in the line.</summary>
    private readonly int[] offsets;

    private RecordTextPositions(int[] offsets)
    {
        this.offsets = offsets;
    }

    /// <summary>The character offset in the line of decoded offset <paramref name="decoded"/>.</summary>
    public int LineOffsetOf(int decoded) => offsets[Math.Clamp(decoded, 0, offsets.Length - 1)];

    /// <summary>The positions of the string value at <paramref name="fieldPath"/> (dots reach into nested objects); null when the line has none.</summary>
    public static RecordTextPositions? Find(string line, string fieldPath)
    {
        var bom = line.StartsWith('\uFEFF') ? 1 : 0;
        var bytes = Encoding.UTF8.GetBytes(line[bom..]);
        var quote = FindValue(bytes, fieldPath.Split('.'));
        if (quote is not { } at)
        {
            return null;
        }

        var offsets = new List<int>();
        var i = bom + Encoding.UTF8.GetCharCount(bytes.AsSpan(0, (int)at)) + 1;
        while (i < line.Length && line[i] != '"')
        {
            offsets.Add(i);
            // Each escape stands for one UTF-16 unit: \uD83D\uDE00 is two escapes for the two halves of a pair.
            i += line[i] != '\\' ? 1 : i + 1 < line.Length && line[i + 1] == 'u' ? 6 : 2;
        }

        offsets.Add(Math.Min(i, line.Length));
        return new RecordTextPositions([.. offsets]);
    }

    /// <summary>The byte offset of the opening quote of the string at <paramref name="path"/>; null when there is none or the line is not JSON.</summary>
    private static long? FindValue(byte[] bytes, string[] path)
    {
        // The property name at each depth inside the record: depth 1 is the record's own members.
        var names = new string?[path.Length + 2];
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            while (reader.Read())
            {
                var depth = reader.CurrentDepth;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName when depth <= path.Length:
                        names[depth] = reader.GetString();
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray when depth + 1 < names.Length:
                        // Members of what starts here have no name yet; array items never get one.
                        names[depth + 1] = null;
                        break;
                    case JsonTokenType.String when depth == path.Length && Matches(names, path):
                        return reader.TokenStartIndex;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON after all: the linter reported the record as malformed.
        }

        return null;
    }

    private static bool Matches(string?[] names, string[] path)
    {
        for (var i = 0; i < path.Length; i++)
        {
            if (!string.Equals(names[i + 1], path[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
