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
    /// is set; a rule token that is not in <paramref name="ruleKeys"/> (a typo) is reported as naming no rule.
    /// </summary>
    public static List<Diagnostic> Apply(Document document, List<Diagnostic> diagnostics, Severity? unusedSeverity, IReadOnlySet<string> ruleKeys)
    {
        if (document.Directives.IsEmpty)
        {
            return diagnostics;
        }

        // A directive "uses" a rule token when it suppresses a finding through it; the empty token stands for "every rule".
        var used = new HashSet<(SuppressionDirective, string)>();
        var kept = new List<Diagnostic>(diagnostics.Count);
        var nextLineTargets = document.Directives
            .Where(d => d.Kind == SuppressionKind.DisableNextLine)
            .ToDictionary(d => d, d => NextContentLine(document, d.Line));
        foreach (var diagnostic in diagnostics)
        {
            if (SuppressedBy(document, diagnostic, nextLineTargets) is { } by)
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
                        : ruleKeys.Contains(token)
                            ? $"This suppression comment suppresses nothing for '{token}'; remove '{token}' from it"
                            : $"This suppression comment names '{token}', which is no rule's id or name, so it suppresses nothing.{Configuration.YamlMap.Suggest(token, ruleKeys)}";
                    kept.Add(new Diagnostic(EngineDiagnostics.UnusedSuppression, severity, message, document.Path, directive.Span, document.Source.GetLinePositionSpan(directive.Span)));
                }
            }
        }

        return kept;
    }

    private static (SuppressionDirective, string)? SuppressedBy(Document document, Diagnostic diagnostic, Dictionary<SuppressionDirective, int?> nextLineTargets)
    {
        var line = diagnostic.Location.Start.Line;
        var id = diagnostic.Id;
        var name = diagnostic.Descriptor.Name;
        SuppressionDirective? disabledAll = null;
        var disabled = new Dictionary<string, SuppressionDirective>(StringComparer.Ordinal);
        // Rules turned back on by name while every rule is off.
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

                    foreach (var rule in directive.Rules)
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

                    foreach (var rule in directive.Rules)
                    {
                        disabled.Remove(rule);
                        reenabled.Add(rule);
                    }

                    break;
            }
        }

        if (disabled.TryGetValue(id, out var byId))
        {
            return (byId, id);
        }

        if (disabled.TryGetValue(name, out var byName))
        {
            return (byName, name);
        }

        return disabledAll is null || reenabled.Contains(id) || reenabled.Contains(name) ? null : (disabledAll, "");
    }

    /// <summary>The token of <paramref name="directive"/> that names the rule: its id, its name, or "" for every rule.</summary>
    private static string Token(SuppressionDirective directive, string id, string name) =>
        directive.Rules.IsEmpty ? "" : directive.Rules.Contains(id) ? id : name;

    private static int? NextContentLine(Document document, int afterLine) =>
        Checks.ScopeUnits.ContentLines(document).Where(l => l.Number > afterLine).Select(l => (int?)l.Number).FirstOrDefault();
}
