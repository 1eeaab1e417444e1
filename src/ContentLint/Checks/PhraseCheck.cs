using ContentLint.Configuration;
using System.Text.RegularExpressions;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint.Checks;

/// <summary>
/// <c>kind: phrase</c> — a list of literal phrases, case-insensitive and word-bounded, found anywhere in a line,
/// as the whole line, or as a label at its start. With <c>report: line</c> a match flags its whole line, once.
/// </summary>
internal sealed class PhraseCheck : YamlRule
{
    private static readonly Dictionary<string, PhrasePosition> Positions = new(StringComparer.Ordinal)
    {
        ["anywhere"] = PhrasePosition.Anywhere,
        ["whole-line"] = PhrasePosition.WholeLine,
        ["label"] = PhrasePosition.Label,
    };

    private readonly PhraseSet phrases;
    private readonly bool reportLine;

    private PhraseCheck(RuleDefinition definition, IReadOnlyList<Regex> exceptions, PhraseSet phrases, bool reportLine)
        : base(definition, exceptions)
    {
        this.phrases = phrases;
        this.reportLine = reportLine;
    }

    public static YamlRule Create(RuleDefinition definition, YamlMap options)
    {
        var list = options.GetStrings("phrases", required: true).Select(p => p.Value).ToList();
        var position = options.GetChoice("match", Positions.Keys) is { } name ? Positions[name] : PhrasePosition.Anywhere;
        var exceptions = RuleRegex.CompileAll(options, "exceptions", RegexOptions.IgnoreCase);
        var reportLine = options.GetChoice("report", ["match", "line"]) == "line";
        return new PhraseCheck(definition, exceptions, new PhraseSet(list, position), reportLine);
    }

    private protected override void AnalyzeDocument(RuleContext context)
    {
        var document = context.Document;
        foreach (var line in ContentLines(document))
        {
            foreach (var span in phrases.Matches(document.Text, line))
            {
                if (IsException(document, line.Span, span))
                {
                    continue;
                }

                if (!reportLine)
                {
                    Report(context, span);
                    continue;
                }

                // "report: line" — the whole line is junk: one finding per line, named after the first phrase.
                var text = document.GetText(line);
                var start = line.Start + (text.Length - text.TrimStart().Length);
                Report(context, new TextSpan(start, text.Trim().Length), [KeyValuePair.Create("match", document.GetText(span).ToString())]);
                break;
            }
        }
    }
}
