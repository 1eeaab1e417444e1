using System.Collections.Immutable;
using System.Globalization;
using ContentLint.Diagnostics;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint;

/// <summary>
/// <c>max-findings-per-rule</c>, and a rule's own <c>max-findings</c> where it sets one: keeps the first findings of
/// each rule in a document, in position order, and puts one <c>CL0010</c> finding, where the first left-out one was,
/// that counts the others. Hidden findings, which reports leave out, are all kept.
/// </summary>
/// <param name="limit">The most findings of a rule a document lists; null for no limit.</param>
/// <param name="ruleLimits">The rules that set their own limit, by id.</param>
internal sealed class FindingsLimit(int? limit, ImmutableDictionary<string, int> ruleLimits)
{
    /// <summary>No rule lists fewer than this: a document with no more findings than this needs no counting.</summary>
    private readonly int smallest = ruleLimits.Values.Append(limit ?? int.MaxValue).Min();

    /// <summary>The findings of <paramref name="sorted"/> within each rule's limit, plus the counts of the rest; still sorted.</summary>
    public ImmutableArray<Finding> Apply(ImmutableArray<Finding> sorted, Severity severity, Documents.Document document)
    {
        if (sorted.Length <= smallest)
        {
            // No rule can be over its limit: most documents stop here, without counting.
            return sorted;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstLeftOut = new Dictionary<string, Finding>(StringComparer.Ordinal);
        var kept = new List<Finding>(sorted.Length);
        foreach (var diagnostic in sorted)
        {
            if (diagnostic.Severity == Severity.Hidden)
            {
                // Reports leave hidden findings out anyway, and fix needs them all.
                kept.Add(diagnostic);
                continue;
            }

            var count = counts[diagnostic.Id] = counts.GetValueOrDefault(diagnostic.Id) + 1;
            if (LimitOf(diagnostic.Id) is not { } listed || count <= listed)
            {
                kept.Add(diagnostic);
            }
            else
            {
                firstLeftOut.TryAdd(diagnostic.Id, diagnostic);
            }
        }

        if (firstLeftOut.Count == 0)
        {
            return sorted;
        }

        var descriptor = EngineDiagnostics.FindingsLimited;
        foreach (var (rule, first) in firstLeftOut)
        {
            var listed = LimitOf(rule)!.Value;
            var message = MessageTemplate.Format(descriptor.MessageFormat, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["count"] = (counts[rule] - listed).ToString(CultureInfo.InvariantCulture),
                ["rule"] = rule,
                // The setting that would list more: the rule's own where it has one.
                ["setting"] = ruleLimits.ContainsKey(rule) ? "max-findings" : "max-findings-per-rule",
                ["limit"] = listed.ToString(CultureInfo.InvariantCulture),
            });
            var at = new TextRange(first.Span.Start, 0);
            kept.Add(new Finding(descriptor, severity, message, document.Path, at, document.Source.GetLinePositionSpan(at)));
        }

        kept.Sort();
        return [.. kept];
    }

    private int? LimitOf(string ruleId) => ruleLimits.TryGetValue(ruleId, out var own) ? own : limit;
}
