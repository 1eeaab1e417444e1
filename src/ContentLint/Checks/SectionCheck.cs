using System.Globalization;
using System.Text.RegularExpressions;
using ContentLint.Configuration;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint.Checks;

/// <summary>
/// <c>kind: section</c> — a marker line ("Leave a Reply", "3 Comments") opens a junk region that runs to the end of
/// the document or to the first line an <c>until</c> pattern matches. The finding spans the region.
/// </summary>
internal sealed class SectionCheck : YamlRule
{
    private readonly PhraseSet? markers;
    private readonly IReadOnlyList<Regex> markerPatterns;
    private readonly IReadOnlyList<Regex> until;
    private readonly int? maxLines;

    private SectionCheck(RuleDefinition definition, IReadOnlyList<Regex> exceptions, PhraseSet? markers, IReadOnlyList<Regex> markerPatterns, IReadOnlyList<Regex> until, int? maxLines)
        : base(definition, exceptions)
    {
        this.markers = markers;
        this.markerPatterns = markerPatterns;
        this.until = until;
        this.maxLines = maxLines;
    }

    internal override IEnumerable<string> ExtraPlaceholders => ["lines"];

    public static YamlRule Create(RuleDefinition definition, YamlMap options)
    {
        var phrases = options.GetStrings("markers").Select(m => m.Value).ToList();
        var ignoreCase = options.GetBool("ignore-case") == true ? RegexOptions.IgnoreCase : RegexOptions.None;
        var patterns = RuleRegex.CompileAll(options, "patterns", ignoreCase);
        if (phrases.Count == 0 && patterns.Count == 0 && !options.Has("markers") && !options.Has("patterns"))
        {
            options.Error(options.Start, ConfigurationErrorIds.MissingKey, "A section rule needs 'markers' (whole-line phrases) or 'patterns' (regular expressions) to find its marker line.");
        }

        return new SectionCheck(
            definition,
            RuleRegex.CompileAll(options, "exceptions", ignoreCase),
            phrases.Count > 0 ? new PhraseSet(phrases, PhrasePosition.WholeLine) : null,
            patterns,
            RuleRegex.CompileAll(options, "until", ignoreCase),
            options.GetInt("max-lines", 1, 100_000));
    }

    private protected override void AnalyzeDocument(RuleContext context)
    {
        var document = context.Document;
        var lines = ContentLines(document).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsMarker(document, lines[i]))
            {
                continue;
            }

            var last = i;
            while (last + 1 < lines.Count && !IsUntil(document, lines[last + 1]))
            {
                last++;
            }

            var count = last - i + 1;
            var region = TextSpan.FromBounds(lines[i].Start, lines[last].End);
            if ((maxLines is null || count <= maxLines) && !IsException(document, region, region))
            {
                Report(context, region, [KeyValuePair.Create("lines", count.ToString(CultureInfo.InvariantCulture))]);
            }

            i = last;
        }
    }

    private bool IsMarker(Documents.Document document, TextLine line) =>
        (markers?.Matches(document.Text, line).Any() ?? false)
        || markerPatterns.Any(p => p.IsMatch(document.GetText(line)));

    private bool IsUntil(Documents.Document document, TextLine line) =>
        until.Any(p => p.IsMatch(document.GetText(line)));
}
