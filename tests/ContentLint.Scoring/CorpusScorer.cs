using System.Text.Json;
using ContentLint.Diagnostics;

namespace ContentLint.Scoring;

/// <summary>One labelled line: is it junk or article body?</summary>
/// <param name="File">The article, relative to the corpus root.</param>
/// <param name="Line">The 1-based line number.</param>
/// <param name="IsJunk">True for junk, false for body.</param>
/// <param name="Language">The article's language.</param>
/// <param name="Text">The line, for reports.</param>
/// <param name="Variant">The kind of input: <c>readability</c> (an extractor's output) or <c>naive</c> (all text of the page).</param>
/// <param name="Source">The benchmark the page comes from.</param>
public sealed record LabelledLine(string File, int Line, bool IsJunk, string Language, string Text, string Variant, string Source)
{
    /// <summary>The kind of input for an extractor's output.</summary>
    public const string ExtractorOutput = "readability";

    /// <summary>The kind of input for all text of a page.</summary>
    public const string PageText = "naive";
}

/// <summary>True/false positives and false negatives, with the measures derived from them.</summary>
public sealed record Counts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Flagged lines that are junk, over flagged lines.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Junk lines flagged, over junk lines.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>True when the lines counted hold junk, so <see cref="Recall"/> measures something (else 1 by convention).</summary>
    public bool HasJunk => TruePositives + FalseNegatives > 0;

    /// <summary>True when some lines were flagged, so <see cref="Precision"/> measures something (else 1 by convention).</summary>
    public bool HasFlagged => TruePositives + FalsePositives > 0;
}

/// <summary>What one rule flagged among the labelled lines.</summary>
/// <param name="Id">The rule id.</param>
/// <param name="Name">The rule name.</param>
/// <param name="TruePositives">Junk lines it flagged.</param>
/// <param name="FalsePositives">Body lines it flagged.</param>
/// <param name="OnlyTruePositives">Junk lines it flagged that no other rule flagged: what the pack would lose without it.</param>
/// <param name="JunkLines">Junk lines in the corpus, over which its recall is counted.</param>
public sealed record RuleCounts(string Id, string Name, int TruePositives, int FalsePositives, int OnlyTruePositives, int JunkLines)
{
    /// <summary>Flagged lines that are junk, over flagged lines (null when it flagged none).</summary>
    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Its junk lines over all junk lines of the corpus (null when the corpus has none).</summary>
    public double? Recall => JunkLines == 0 ? null : (double)TruePositives / JunkLines;

    /// <summary>The junk lines only it flagged, over all junk lines of the corpus (null when the corpus has none).</summary>
    public double? OnlyRecall => JunkLines == 0 ? null : (double)OnlyTruePositives / JunkLines;
}

/// <summary>The score of a run over a labelled corpus.</summary>
/// <param name="Overall">Over every labelled line.</param>
/// <param name="ByGroup">Per kind of input, per source, per both and per article language, keyed
/// <c>variant=…</c>, <c>source=…</c>, <c>variant/source=…/…</c> and <c>lang=…</c> as the corpus's <c>score.py</c> names them.</param>
/// <param name="ByRule">Per rule, by lines it flagged.</param>
/// <param name="FalsePositives">Body lines flagged, with the rules that flagged them.</param>
/// <param name="FalseNegatives">Junk lines missed.</param>
public sealed record CorpusScore(
    Counts Overall,
    IReadOnlyDictionary<string, Counts> ByGroup,
    IReadOnlyList<RuleCounts> ByRule,
    IReadOnlyList<(LabelledLine Line, string Rules)> FalsePositives,
    IReadOnlyList<LabelledLine> FalseNegatives)
{
    /// <summary>The counts of one kind of input (<see cref="LabelledLine.Variant"/>), over every source.</summary>
    public Counts ForVariant(string variant) => ByGroup.GetValueOrDefault("variant=" + variant) ?? new Counts(0, 0, 0);

    /// <summary>The counts of one kind of input from one source.</summary>
    public Counts For(string variant, string source) => ByGroup.GetValueOrDefault($"variant/source={variant}/{source}") ?? new Counts(0, 0, 0);
}

/// <summary>
/// Lints the articles of a labelled corpus and scores the lines findings cover against the labels, as the
/// corpus's own <c>score.py</c> does with a SARIF log (positive = junk; a finding flags every line it covers).
/// </summary>
public static class CorpusScorer
{
    /// <summary>
    /// Reads <c>labels.jsonl</c> rows: <c>{"file", "line", "label", "lang", "text", "variant", "source"}</c>; a row
    /// without a variant is extractor output, one without a source is from source <c>?</c>.
    /// </summary>
    public static IReadOnlyList<LabelledLine> ReadLabels(string labelsPath) =>
        File.ReadLines(labelsPath)
            .Where(line => line.Trim().Length > 0)
            .Select(line =>
            {
                using var row = JsonDocument.Parse(line);
                var r = row.RootElement;
                return new LabelledLine(
                    r.GetProperty("file").GetString()!,
                    r.GetProperty("line").GetInt32(),
                    r.GetProperty("label").GetString() == "junk",
                    r.TryGetProperty("lang", out var lang) ? lang.GetString() ?? "?" : "?",
                    r.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "",
                    r.TryGetProperty("variant", out var variant) ? variant.GetString() ?? LabelledLine.ExtractorOutput : LabelledLine.ExtractorOutput,
                    r.TryGetProperty("source", out var source) ? source.GetString() ?? "?" : "?");
            })
            .ToList();

    /// <summary>
    /// Lints the folders of the labelled files under <paramref name="root"/> with <paramref name="linter"/>'s rules in one
    /// run, as <c>contentlint lint</c> does (its corpus rules count the lines all the run's documents share), and scores it.
    /// </summary>
    public static CorpusScore Score(string root, IReadOnlyList<LabelledLine> labels, Linter linter)
    {
        var flaggedBy = new Dictionary<(string File, int Line), SortedSet<string>>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, diagnostics) in Lint(root, labels, linter))
        {
            // A finding about a whole document (a copy) flags no line, as score.py counts a result without a region.
            foreach (var diagnostic in diagnostics.Where(d => d.Severity != Severity.Hidden && !d.IsWholeDocument))
            {
                names[diagnostic.Id] = diagnostic.Descriptor.Name;
                var end = diagnostic.Location.End.Line - (diagnostic.Location.End.Column == 1 && diagnostic.Location.End.Line > diagnostic.Location.Start.Line ? 1 : 0);
                for (var line = diagnostic.Location.Start.Line; line <= end; line++)
                {
                    if (!flaggedBy.TryGetValue((file, line), out var rules))
                    {
                        flaggedBy[(file, line)] = rules = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    rules.Add(diagnostic.Id);
                }
            }
        }

        Counts Count(IEnumerable<LabelledLine> lines)
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var line in lines)
            {
                var flagged = flaggedBy.ContainsKey((line.File, line.Line));
                tp += flagged && line.IsJunk ? 1 : 0;
                fp += flagged && !line.IsJunk ? 1 : 0;
                fn += !flagged && line.IsJunk ? 1 : 0;
            }

            return new Counts(tp, fp, fn);
        }

        var byLine = labels.ToDictionary(l => (l.File, l.Line));
        var junkLines = labels.Count(l => l.IsJunk);
        var byRule = names.Keys.Order(StringComparer.Ordinal).Select(id =>
        {
            var flagged = flaggedBy.Where(f => f.Value.Contains(id) && byLine.ContainsKey(f.Key)).ToList();
            var lines = flagged.Select(f => byLine[f.Key]).ToList();
            var onlyIt = flagged.Count(f => f.Value.Count == 1 && byLine[f.Key].IsJunk);
            return new RuleCounts(id, names[id], lines.Count(l => l.IsJunk), lines.Count(l => !l.IsJunk), onlyIt, junkLines);
        }).ToList();

        return new CorpusScore(
            Count(labels),
            labels.SelectMany(l => Groups(l).Select(group => (Group: group, Line: l)))
                .GroupBy(g => g.Group)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => Count(g.Select(x => x.Line))),
            byRule,
            [.. labels.Where(l => !l.IsJunk && flaggedBy.ContainsKey((l.File, l.Line))).Select(l => (l, string.Join(",", flaggedBy[(l.File, l.Line)])))],
            [.. labels.Where(l => l.IsJunk && !flaggedBy.ContainsKey((l.File, l.Line)))]);
    }

    private static IEnumerable<string> Groups(LabelledLine line) =>
        ["variant=" + line.Variant, "source=" + line.Source, $"variant/source={line.Variant}/{line.Source}", "lang=" + line.Language];

    /// <summary>The findings of every labelled file, from one run over the folders that hold them.</summary>
    private static IEnumerable<(string File, IReadOnlyList<Finding> Findings)> Lint(string root, IReadOnlyList<LabelledLine> labels, Linter linter)
    {
        var labelled = labels.Select(l => l.File).ToHashSet(StringComparer.Ordinal);
        var session = new LintSession(new LintSessionOptions
        {
            WorkingDirectory = root,
            Paths = [.. labelled.Select(file => file.Split('/')[0]).Distinct(StringComparer.Ordinal)],
            // The rules of the linter given, as they are: the run adds no configuration of its own.
            BuiltInRules = false,
            Rules = linter.Rules,
        });
        return session.LintAsync().ToBlockingEnumerable()
            .Where(file => labelled.Contains(file.Path))
            .Select(file => (file.Path, (IReadOnlyList<Finding>)file.Diagnostics))
            .ToList();
    }
}
