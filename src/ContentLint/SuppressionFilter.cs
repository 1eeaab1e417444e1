using ContentLint.Diagnostics;
using ContentLint.Documents;

namespace ContentLint;

/// <summary>
/// Applies a document's inline suppression comments to its findings, and reports each comment — or each rule a
/// comment names — that suppressed nothing (ESLint's <c>reportUnusedDisableDirectives</c>).
/// </summary>
internal static class SuppressionFilter
{
    /// <summary>
    /// The findings that survive, plus one <c>CL0004</c> finding per unused suppression when <paramref name="unusedSeverity"/>
    /// is set; a rule token that is not a key of <paramref name="ruleIds"/> (a typo) is reported as naming no rule, and an
    /// enable comment that no earlier disable comment needs is reported too.
    /// </summary>
    /// <param name="document">The document and its directives.</param>
    /// <param name="diagnostics">Its findings.</param>
    /// <param name="unusedSeverity">The severity of <c>CL0004</c>; null when it is off.</param>
    /// <param name="ruleIds">The id of every rule and engine diagnostic, by its id and by its name.</param>
    public static List<Finding> Apply(Document document, List<Finding> diagnostics, Severity? unusedSeverity, IReadOnlyDictionary<string, string> ruleIds)
    {
        if (document.Directives.IsEmpty)
        {
            return diagnostics;
        }

        // A directive "uses" a rule token when it suppresses a finding through it; the empty token stands for "every rule".
        var used = new HashSet<(SuppressionDirective, string)>();
        var kept = new List<Finding>(diagnostics.Count);
        var nextLineTargets = document.Directives
            .Where(d => d.Kind == SuppressionKind.DisableNextLine)
            .ToDictionary(d => d, d => NextContentLine(document, d.Line));
        foreach (var diagnostic in diagnostics)
        {
            if (SuppressedBy(document, diagnostic, nextLineTargets, ruleIds) is { } by)
            {
                used.Add(by);
            }
            else
            {
                kept.Add(diagnostic);
            }
        }

        if (unusedSeverity is { } severity)
        {
            foreach (var directive in document.Directives.Where(d => d.Kind != SuppressionKind.Enable))
            {
                var tokens = directive.Rules.IsEmpty ? [""] : directive.Rules.ToArray();
                foreach (var token in tokens.Where(t => !used.Contains((directive, t))))
                {
                    var message = token.Length == 0
                        ? "This suppression comment suppresses nothing; remove it"
                        : ruleIds.ContainsKey(token)
                            ? $"This suppression comment suppresses nothing for '{token}'; remove '{token}' from it"
                            : $"This suppression comment names '{token}', which is no rule's id or name, so it suppresses nothing.{Configuration.YamlMap.Suggest(token, ruleIds.Keys)}";
                    kept.Add(new Finding(EngineDiagnostics.UnusedSuppression, severity, message, document.Path, directive.Span, document.Source.GetLinePositionSpan(directive.Span)));
                }
            }

            // An enable comment with no disable comment before it to end is left over from an edit, or misplaced.
            foreach (var directive in document.Directives.Where(d => d.Kind == SuppressionKind.Enable))
            {
                var tokens = directive.Rules.IsEmpty ? [""] : directive.Rules.ToArray();
                foreach (var token in tokens.Where(t => !document.Directives.Any(d => d.Kind == SuppressionKind.Disable && d.Line < directive.Line && (t.Length == 0 || d.Rules.IsEmpty || d.Rules.Any(r => SameRule(r, t, ruleIds))))))
                {
                    var what = token.Length == 0 ? "rules" : $"'{token}'";
                    kept.Add(new Finding(EngineDiagnostics.UnusedSuppression, severity, $"This enable comment turns on {what}, which no disable comment before it turned off; remove it", document.Path, directive.Span, document.Source.GetLinePositionSpan(directive.Span)));
                }
            }
        }

        return kept;
    }

    /// <summary>True when two tokens name the same rule (one by id, the other by name, say).</summary>
    private static bool SameRule(string token, string other, IReadOnlyDictionary<string, string> ruleIds) =>
        IdOf(token, ruleIds) == IdOf(other, ruleIds);

    private static string IdOf(string token, IReadOnlyDictionary<string, string> ruleIds) =>
        ruleIds.TryGetValue(token, out var id) ? id : token;

    private static (SuppressionDirective, string)? SuppressedBy(Document document, Finding diagnostic, Dictionary<SuppressionDirective, int?> nextLineTargets, IReadOnlyDictionary<string, string> ruleIds)
    {
        var line = diagnostic.Location.Start.Line;
        var id = diagnostic.Id;
        var name = diagnostic.Descriptor.Name;
        SuppressionDirective? disabledAll = null;
        // Keyed by rule id, so "disable CL3001" and "enable navigation-label" pair up.
        var disabled = new Dictionary<string, SuppressionDirective>(StringComparer.Ordinal);
        // Rules turned back on while every rule is off.
        var reenabled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directive in document.Directives)
        {
            switch (directive.Kind)
            {
                case SuppressionKind.DisableFile when directive.Covers(id, name):
                    return (directive, Token(directive, id, name));
                case SuppressionKind.DisableNextLine when nextLineTargets[directive] == line && directive.Covers(id, name):
                    return (directive, Token(directive, id, name));
                case SuppressionKind.Disable when directive.Line < line:
                    if (directive.Rules.IsEmpty)
                    {
                        disabledAll = directive;
                        reenabled.Clear();
                    }

                    foreach (var rule in directive.Rules.Select(r => IdOf(r, ruleIds)))
                    {
                        disabled[rule] = directive;
                        reenabled.Remove(rule);
                    }

                    break;
                case SuppressionKind.Enable when directive.Line < line:
                    if (directive.Rules.IsEmpty)
                    {
                        disabledAll = null;
                        disabled.Clear();
                    }

                    foreach (var rule in directive.Rules.Select(r => IdOf(r, ruleIds)))
                    {
                        disabled.Remove(rule);
                        reenabled.Add(rule);
                    }

                    break;
            }
        }

        if (disabled.TryGetValue(id, out var by))
        {
            return (by, Token(by, id, name));
        }

        return disabledAll is null || reenabled.Contains(id) ? null : (disabledAll, "");
    }

    /// <summary>The token of <paramref name="directive"/> that names the rule: its id, its name, or "" for every rule.</summary>
    private static string Token(SuppressionDirective directive, string id, string name) =>
        directive.Rules.IsEmpty ? "" : directive.Rules.Contains(id) ? id : name;

    private static int? NextContentLine(Document document, int afterLine) =>
        Checks.ScopeUnits.ContentLines(document).Where(l => l.Number > afterLine).Select(l => (int?)l.Number).FirstOrDefault();
}
