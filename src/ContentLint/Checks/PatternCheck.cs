using System.Text.RegularExpressions;
using ContentLint.Configuration;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint.Checks;

/// <summary>
/// <c>kind: pattern</c> — regular expressions matched in each line, with <c>exceptions</c>; named groups become
/// message placeholders.
/// </summary>
internal sealed class PatternCheck : YamlRule
{
    private readonly IReadOnlyList<Regex> patterns;

    private PatternCheck(RuleDefinition definition, IReadOnlyList<Regex> exceptions, IReadOnlyList<Regex> patterns)
        : base(definition, exceptions)
    {
        this.patterns = patterns;
    }

    internal override IEnumerable<string> ExtraPlaceholders =>
        patterns.SelectMany(p => p.GetGroupNames()).Where(name => !int.TryParse(name, out _)).Distinct();

    public static YamlRule Create(RuleDefinition definition, YamlMap options)
    {
        var ignoreCase = options.GetBool("ignore-case") == true ? RegexOptions.IgnoreCase : RegexOptions.None;
        var patterns = RuleRegex.CompileAll(options, "patterns", ignoreCase, required: true);
        var exceptions = RuleRegex.CompileAll(options, "exceptions", ignoreCase);
        return new PatternCheck(definition, exceptions, patterns);
    }

    private protected override void AnalyzeDocument(RuleContext context)
    {
        var document = context.Document;
        var reported = new HashSet<TextSpan>();
        foreach (var line in ContentLines(document))
        {
            foreach (var pattern in patterns)
            {
                for (var match = pattern.Match(document.Text, line.Start, line.Length); match.Success; match = match.NextMatch())
                {
                    var span = new TextSpan(match.Index, match.Length);
                    // Several patterns may find the same text; it is one finding.
                    if (span.IsEmpty || reported.Contains(span) || IsException(document, line.Span, span))
                    {
                        continue;
                    }

                    var groups = match.Groups.Cast<Group>()
                        .Where(g => g.Success && !int.TryParse(g.Name, out _))
                        .Select(g => KeyValuePair.Create(g.Name, g.Value));
                    reported.Add(span);
                    Report(context, span, groups);
                }
            }
        }
    }
}
