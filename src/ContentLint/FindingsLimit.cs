using System.Collections.Immutable;
using System.Globalization;
using ContentLint.Diagnostics;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint;

/// <summary>
/// <c>max-findings-per-rule</c>: keeps the first findings of each rule in a document, in position order, and puts
/// one <c>CL0010</c> finding, where the first left-out one was, that counts the others. Hidden findings, which
/// reports leave out, are all kept.
/// </summary>
internal static class FindingsLimit
{
    /// <summary>The findings of <paramref name="sorted"/> within <paramref name="limit"/> per rule, plus the counts of the rest; still sorted.</summary>
    public static ImmutableArray<Finding> Apply(ImmutableArray<Finding> sorted, int limit, Severity severity, Documents.Document document)
    {
        if (sorted.Length <= limit)
        {
            // No rule can be over the limit: most documents stop here, without counting.
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
            if (count <= limit)
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
            var message = MessageTemplate.Format(descriptor.MessageFormat, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["count"] = (counts[rule] - limit).ToString(CultureInfo.InvariantCulture),
                ["rule"] = rule,
                ["limit"] = limit.ToString(CultureInfo.InvariantCulture),
            });
            var at = new TextRange(first.Span.Start, 0);
            kept.Add(new Finding(descriptor, severity, message, document.Path, at, document.Source.GetLinePositionSpan(at)));
        }

        kept.Sort();
        return [.. kept];
    }
}
