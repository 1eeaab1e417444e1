using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ContentLint.Text;

namespace ContentLint.Documents;

/// <summary>
/// An inline suppression comment on a line of its own: <c>&lt;!-- contentlint-disable CL3001,author-box -- reason --&gt;</c>.
/// The rules are ids or names; none means every rule.
/// </summary>
/// <param name="Kind">What the comment does.</param>
/// <param name="Rules">The rule ids or names it names; empty for every rule.</param>
/// <param name="Reason">The text after <c>--</c>, if any.</param>
/// <param name="Line">The comment's line.</param>
/// <param name="Span">The comment's text, for reporting a suppression that suppresses nothing.</param>
public sealed partial record SuppressionDirective(SuppressionKind Kind, ImmutableArray<string> Rules, string? Reason, int Line, TextRange Span)
{
    /// <summary>True when the directive names the rule (by <paramref name="id"/> or <paramref name="name"/>) or names no rule at all.</summary>
    public bool Covers(string id, string name) => Rules.IsEmpty || Rules.Contains(id) || Rules.Contains(name);

    /// <summary>Reads a directive from a line; null when the line is not one.</summary>
    internal static SuppressionDirective? TryParse(ContentText source, ContentLine line)
    {
        var text = source.Slice(line);
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("<!--") || !trimmed.EndsWith("-->"))
        {
            return null;
        }

        var match = Pattern().Match(trimmed.ToString());
        if (!match.Success)
        {
            return null;
        }

        var kind = match.Groups["kind"].Value switch
        {
            "disable" => SuppressionKind.Disable,
            "enable" => SuppressionKind.Enable,
            "disable-next-line" => SuppressionKind.DisableNextLine,
            _ => SuppressionKind.DisableFile,
        };
        var rules = match.Groups["rules"].Value
            .Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToImmutableArray();
        var reason = match.Groups["reason"].Success ? match.Groups["reason"].Value.Trim() : null;
        return new SuppressionDirective(kind, rules, reason, line.Number, TextRange.Trimmed(text, line.Start));
    }

    [GeneratedRegex(@"^<!--\s*contentlint-(?<kind>disable-next-line|disable-file|disable|enable)(?:\s+(?<rules>[A-Za-z0-9_,\s-]*?))?(?:\s+--\s*(?<reason>.*?))?\s*-->$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
