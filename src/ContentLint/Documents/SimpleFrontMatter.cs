using System.Text;

namespace ContentLint.Documents;

/// <summary>
/// Reads <c>title</c>, <c>lang</c> and <c>language</c> from YAML front matter without a full YAML parse, for the
/// common case of plain or quoted one-line values: front matter is read once per article, and a full parser made
/// it the costliest step of reading a Markdown file. Anything less simple is left to the YAML parser.
/// </summary>
internal static class SimpleFrontMatter
{
    private static readonly string[] Keys = ["title", "lang", "language"];

    /// <summary>The fields, or false when a value is not a one-line plain or quoted scalar.</summary>
    public static bool TryRead(string yaml, out Dictionary<string, string> fields)
    {
        fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rawLine in yaml.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || char.IsWhiteSpace(line[0]))
            {
                continue;
            }

            var key = line[..colon].Trim();
            if (!Keys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (fields.ContainsKey(key) || ReadScalar(line[(colon + 1)..].Trim()) is not { } value)
            {
                return false;
            }

            fields[key] = value;
        }

        return true;
    }

    private static string? ReadScalar(string text)
    {
        if (text.Length == 0 || "|>[{&*!%@`".Contains(text[0], StringComparison.Ordinal))
        {
            return null;
        }

        if (text[0] == '\'')
        {
            var end = text.LastIndexOf('\'');
            return end > 0 && text[(end + 1)..].Trim().Length == 0 ? text[1..end].Replace("''", "'", StringComparison.Ordinal) : null;
        }

        if (text[0] == '"')
        {
            return ReadDoubleQuoted(text);
        }

        var comment = text.IndexOf(" #", StringComparison.Ordinal);
        var plain = (comment >= 0 ? text[..comment] : text).Trim();
        return plain.Contains(": ", StringComparison.Ordinal) || plain.EndsWith(':') ? null : plain;
    }

    private static string? ReadDoubleQuoted(string text)
    {
        var value = new StringBuilder(text.Length);
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                return text[(i + 1)..].Trim().Length == 0 ? value.ToString() : null;
            }

            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            if (++i >= text.Length)
            {
                return null;
            }

            switch (text[i])
            {
                case '"' or '\\' or '/': value.Append(text[i]); break;
                case 'n': value.Append('\n'); break;
                case 't': value.Append('\t'); break;
                default: return null;
            }
        }

        return null;
    }
}
