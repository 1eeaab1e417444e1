using System.Text;
using System.Xml;

namespace ContentLint.Formatting;

/// <summary>Streams indented XML to a <see cref="TextWriter"/> (JUnit, Checkstyle).</summary>
internal static class XmlOutput
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        // The declaration is written by hand: XmlWriter would name the TextWriter's encoding (UTF-16 for a string).
        OmitXmlDeclaration = true,
        CloseOutput = false,
    };

    /// <summary>Writes the UTF-8 declaration and returns a writer for the rest of the document.</summary>
    public static XmlWriter Open(TextWriter writer)
    {
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        return XmlWriter.Create(writer, Settings);
    }

    /// <summary>
    /// <paramref name="text"/> with the characters XML 1.0 cannot hold (control characters, lone surrogates)
    /// replaced by U+FFFD: articles carry such bytes, and a report must stay well-formed.
    /// </summary>
    public static string Clean(string text)
    {
        var builder = (StringBuilder?)null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var valid = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? true
                : XmlConvert.IsXmlChar(c);
            if (valid && char.IsHighSurrogate(c))
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (!valid)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append('\uFFFD');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }
}
