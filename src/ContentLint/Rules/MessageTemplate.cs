using System.Text;

namespace ContentLint.Rules;

/// <summary>Fills <c>{name}</c> placeholders in rule messages; <c>{{</c> and <c>}}</c> stand for literal braces.</summary>
internal static class MessageTemplate
{
    /// <summary>The placeholder names used in <paramref name="template"/>, in order of first use.</summary>
    public static IReadOnlyList<string> Placeholders(string template)
    {
        var names = new List<string>();
        Walk(template, name =>
        {
            if (!names.Contains(name))
            {
                names.Add(name);
            }

            return "";
        });
        return names;
    }

    /// <summary>Replaces each placeholder with its value; a placeholder without a value stays as written.</summary>
    public static string Format(string template, IReadOnlyDictionary<string, string> arguments) =>
        Format(template, arguments, uncut: null);

    /// <summary>As <see cref="Format(string, IReadOnlyDictionary{string, string})"/>, but the value of <paramref name="uncut"/> is never cut: a name a reader must be able to find.</summary>
    internal static string Format(string template, IReadOnlyDictionary<string, string> arguments, string? uncut) =>
        Walk(template, name => arguments.TryGetValue(name, out var value) ? Printable(value, name == uncut ? int.MaxValue : 80) : "{" + name + "}");

    private static string Walk(string template, Func<string, string> replace)
    {
        var result = new StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                result.Append(c);
                i++;
                continue;
            }

            var close = c == '{' ? template.IndexOf('}', i + 1) : -1;
            if (close > i + 1 && IsName(template.AsSpan(i + 1, close - i - 1)))
            {
                result.Append(replace(template[(i + 1)..close]));
                i = close;
                continue;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    private static bool IsName(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Keeps messages on one readable line: line breaks and tabs become single spaces, other control and
    /// invisible characters are shown as escapes, long values are cut.
    /// </summary>
    private static string Printable(string value, int maxLength)
    {
        var builder = new StringBuilder(Math.Min(value.Length, maxLength) + 8);
        foreach (var c in value)
        {
            if (builder.Length >= maxLength)
            {
                builder.Append('…');
                break;
            }

            if (c is '\n' or '\r' or '\t')
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else if (char.IsControl(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator)
            {
                builder.Append($"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
