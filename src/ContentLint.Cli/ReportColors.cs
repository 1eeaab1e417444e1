using System.Text;
using System.Text.RegularExpressions;

namespace ContentLint.Cli;

/// <summary>
/// Colour for the text report on a terminal, as ESLint and Ruff colour theirs: the path in bold, the severity and the
/// rule id in red (error), yellow (warning) or cyan (info), the rule's name dimmed, and the counts of the summary
/// line. Only escape codes are added: without them the text is the plain report, byte for byte.
/// </summary>
internal static partial class ReportColors
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";

    /// <summary>
    /// Whether the text report on standard output is coloured: <c>--color always</c> or <c>never</c> decide; with
    /// <c>auto</c>, FORCE_COLOR (set, and neither <c>0</c> nor <c>false</c>) colours, FORCE_COLOR=0 and NO_COLOR (set and
    /// not empty, see no-color.org) do not, and otherwise a terminal other than TERM=dumb is coloured.
    /// </summary>
    public static bool Enabled(string? choice, CommandOutput console)
    {
        if (choice is "always" or "never")
        {
            return choice == "always";
        }

        if (console.Environment("FORCE_COLOR") is { Length: > 0 } force)
        {
            return force is not ("0" or "false");
        }

        return string.IsNullOrEmpty(console.Environment("NO_COLOR"))
            && console.OutputIsTerminal
            && console.Environment("TERM") != "dumb";
    }

    private static string SeverityColor(string severity) => severity switch
    {
        "error" => "\u001b[31m",
        "warning" => "\u001b[33m",
        _ => "\u001b[36m",
    };

    /// <summary>Colours a line of the text report; other lines pass unchanged.</summary>
    public static string Colorize(string line)
    {
        if (FindingLine().Match(line) is { Success: true } finding)
        {
            var color = SeverityColor(finding.Groups["severity"].Value);
            var rest = NameAtEnd().Replace(finding.Groups["rest"].Value, m => Dim + m.Value + Reset);
            var position = finding.Groups["position"].Value;
            return $"{Bold}{finding.Groups["path"].Value}{Reset}{(position.Length > 0 ? Dim + position + Reset : "")}: "
                + $"{Bold}{color}{finding.Groups["severity"].Value}{Reset} {color}{finding.Groups["id"].Value}{Reset}:{rest}";
        }

        if (line.StartsWith("No problems", StringComparison.Ordinal))
        {
            return "\u001b[32m" + line + Reset;
        }

        return SummaryLine().IsMatch(line)
            ? Bold + SummaryCount().Replace(line, m => SeverityColor(m.Groups["severity"].Value) + m.Value + Reset + Bold) + Reset
            : line;
    }

    [GeneratedRegex(@"^(?<path>.+?)(?<position>\(\d+(?:,\d+){0,3}\))?: (?<severity>error|warning|info) (?<id>[^\s:]+):(?<rest>.*)$")]
    private static partial Regex FindingLine();

    // The rule's name and, when the finding has one, the kind of its fix: "[name] (safe fix)".
    [GeneratedRegex(@" \[[a-z0-9-]+\](?: \((?:safe|unsafe) fix\))?$")]
    private static partial Regex NameAtEnd();

    [GeneratedRegex(@"^[\d,]+ problems? \(")]
    private static partial Regex SummaryLine();

    [GeneratedRegex(@"[\d,]+ (?<severity>error|warning|info)s?\b")]
    private static partial Regex SummaryCount();

    /// <summary>A writer that colours each whole line of the text report on its way to <paramref name="inner"/>.</summary>
    public sealed class ColoringWriter(TextWriter inner) : TextWriter
    {
        private readonly StringBuilder line = new();

        public override Encoding Encoding => inner.Encoding;

        public override IFormatProvider FormatProvider => inner.FormatProvider;

        public override void Write(char value)
        {
            if (value == '\n')
            {
                var text = line.ToString();
                var carriageReturn = text.EndsWith('\r');
                inner.Write(Colorize(carriageReturn ? text[..^1] : text) + (carriageReturn ? "\r\n" : "\n"));
                line.Clear();
            }
            else
            {
                line.Append(value);
            }
        }

        public override void Write(string? value)
        {
            foreach (var c in value ?? "")
            {
                Write(c);
            }
        }

        public override void Write(char[] buffer, int index, int count)
        {
            for (var i = index; i < index + count; i++)
            {
                Write(buffer[i]);
            }
        }

        // A line is written when it is whole; flushing passes on what is whole.
        public override void Flush() => inner.Flush();
    }
}
