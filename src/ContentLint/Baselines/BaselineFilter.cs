using System.Globalization;
using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint.Baselines;

/// <summary>
/// Applies a <see cref="Baseline"/> to one run: hides the findings it accepts, file by file, and when a file is done
/// reports the entries it holds for that file that matched fewer findings than they count (<c>CL0006</c>, info).
/// Not thread-safe: one per run.
/// </summary>
internal sealed class BaselineFilter
{
    private readonly Baseline baseline;
    private readonly Dictionary<string, Dictionary<(string Rule, string Hash), int>> remaining = new(StringComparer.Ordinal);
    private readonly HashSet<string> seenFiles = new(StringComparer.Ordinal);

    /// <summary>Starts applying <paramref name="baseline"/>.</summary>
    public BaselineFilter(Baseline baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        this.baseline = baseline;
        foreach (var entry in baseline.Entries)
        {
            if (!remaining.TryGetValue(entry.File, out var byRule))
            {
                remaining[entry.File] = byRule = [];
            }

            byRule[(entry.Rule, entry.Hash)] = entry.Count;
        }
    }

    /// <summary>The number of findings hidden so far.</summary>
    public int Hidden { get; private set; }

    /// <summary>The findings of <paramref name="diagnostics"/> the baseline does not accept.</summary>
    /// <param name="fullPath">The absolute path of the file they are in.</param>
    /// <param name="document">The document they were found in, whose text is hashed; null for an engine problem.</param>
    /// <param name="diagnostics">The findings.</param>
    public IEnumerable<Finding> Filter(string fullPath, Document? document, IEnumerable<Finding> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var file = Baseline.KeyOf(baseline.Directory, fullPath);
        seenFiles.Add(file);
        if (!remaining.TryGetValue(file, out var byRule))
        {
            foreach (var diagnostic in diagnostics)
            {
                yield return diagnostic;
            }

            yield break;
        }

        foreach (var diagnostic in diagnostics)
        {
            var key = (diagnostic.Id, Baseline.HashOf(diagnostic, document));
            if (diagnostic.Severity != Severity.Hidden && byRule.TryGetValue(key, out var count) && count > 0)
            {
                byRule[key] = count - 1;
                Hidden++;
                continue;
            }

            yield return diagnostic;
        }
    }

    /// <summary>
    /// Call when every document of a file has been filtered: one <c>CL0006</c> finding per rule whose entries for
    /// the file matched fewer findings than they count.
    /// </summary>
    /// <param name="fullPath">The absolute path of the file.</param>
    /// <param name="displayPath">The path findings show.</param>
    public IReadOnlyList<Finding> Unmatched(string fullPath, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        var file = Baseline.KeyOf(baseline.Directory, fullPath);
        if (!remaining.TryGetValue(file, out var byRule))
        {
            return [];
        }

        return [.. byRule
            .Where(r => r.Value > 0)
            .GroupBy(r => r.Key.Rule, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Finding(displayPath, g.Key, g.Sum(r => r.Value)))];
    }

    /// <summary>Entries for files that were not in the run and no longer exist: the whole file was removed.</summary>
    public IReadOnlyList<BaselineEntry> EntriesOfMissingFiles() =>
        [.. baseline.Entries.Where(e => !seenFiles.Contains(e.File) && !File.Exists(Path.Combine(baseline.Directory, e.File)))];

    private static Finding Finding(string displayPath, string rule, int count)
    {
        var descriptor = EngineDiagnostics.BaselineEntryUnmatched;
        var message = MessageTemplate.Format(descriptor.MessageFormat, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["count"] = count.ToString(CultureInfo.InvariantCulture),
            ["rule"] = rule,
        });
        return new Finding(descriptor, descriptor.DefaultSeverity, message, displayPath, new TextRange(0, 0), new LineColumnSpan(new LineColumn(1, 1), new LineColumn(1, 1)));
    }
}
