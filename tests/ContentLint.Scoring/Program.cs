using System.Globalization;
using ContentLint;
using ContentLint.Scoring;

// Scores the built-in rules on labelled corpora: the real pages of tests/corpus/real-dev (extractor output and raw
// page text, two sources) and the planted junk of seeds/. Usage:
//   dotnet run --project tests/ContentLint.Scoring [-- --examples N] [--labels F --root D]
// Line-level counts for every labelled line, per kind of input (variant), per source, per both and per language;
// then per kind of input and rule: TP, FP, precision, recall (its junk lines over all junk lines of that kind of
// input) and "only" (junk lines no other rule flagged, and their share of all junk lines).
var root = FindRepository(Environment.CurrentDirectory);
var examples = args.SkipWhile(a => a != "--examples").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(10);
var corpora = args.Contains("--labels")
    ? [(Name: "custom", Labels: args.SkipWhile(a => a != "--labels").Skip(1).First(), Root: args.SkipWhile(a => a != "--root").Skip(1).FirstOrDefault() ?? ".")]
    : new[]
    {
        (Name: "real-dev", Labels: Path.Combine(root, "tests", "corpus", "real-dev", "labels.jsonl"), Root: Path.Combine(root, "tests", "corpus", "real-dev")),
        (Name: "seeds", Labels: Path.Combine(root, "tests", "corpus", "seeds-labels.jsonl"), Root: root),
    };

var linter = new LinterBuilder().AddBuiltInRules().Build();
foreach (var corpus in corpora)
{
    var labels = CorpusScorer.ReadLabels(corpus.Labels);
    var score = CorpusScorer.Score(corpus.Root, labels, linter);
    Console.WriteLine($"== {corpus.Name}: line-level scores (positive = junk)");
    Console.WriteLine($"{"group",-40} {"TP",6} {"FP",6} {"FN",6} {"prec",7} {"recall",7}");
    Print("ALL", score.Overall);
    foreach (var (group, counts) in score.ByGroup)
    {
        Print(group, counts);
    }

    // Each kind of input is scored alone for its rule table: the variants are separate files, so nothing is linted twice.
    foreach (var variant in labels.Select(l => l.Variant).Distinct().Order(StringComparer.Ordinal))
    {
        var part = CorpusScorer.Score(corpus.Root, [.. labels.Where(l => l.Variant == variant)], linter);
        Console.WriteLine();
        Console.WriteLine($"-- variant={variant}: per rule (recall: its junk lines over all junk lines of the variant; only: junk lines no other rule flagged)");
        Console.WriteLine($"{"rule",-34} {"TP",6} {"FP",6} {"prec",7} {"recall",7} {"only",6} {"only%",7}");
        foreach (var rule in part.ByRule.OrderByDescending(r => r.TruePositives + r.FalsePositives))
        {
            Console.WriteLine($"{rule.Id + " " + rule.Name,-34} {rule.TruePositives,6} {rule.FalsePositives,6} {Ratio(rule.Precision),7} {Ratio(rule.Recall),7} {rule.OnlyTruePositives,6} {Ratio(rule.OnlyRecall),7}");
        }
    }

    Console.WriteLine();
    Console.WriteLine($"False positives (body lines flagged): {score.FalsePositives.Count}");
    foreach (var (line, rules) in score.FalsePositives.Take(examples))
    {
        Console.WriteLine($"  {line.File}:{line.Line} [{rules}] {Cut(line.Text)}");
    }

    Console.WriteLine($"False negatives (junk lines missed): {score.FalseNegatives.Count}");
    foreach (var line in score.FalseNegatives.Take(examples))
    {
        Console.WriteLine($"  {line.File}:{line.Line} {Cut(line.Text)}");
    }

    Console.WriteLine();
}

// A measure whose denominator is zero (a language with no junk lines, a rule that flagged nothing) is "n/a", not 1.000.
static void Print(string group, Counts counts) =>
    Console.WriteLine($"{group,-40} {counts.TruePositives,6} {counts.FalsePositives,6} {counts.FalseNegatives,6} {Ratio(counts.HasFlagged ? counts.Precision : null),7} {Ratio(counts.HasJunk ? counts.Recall : null),7}");

static string Ratio(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

static string Cut(string text) => text.Length <= 110 ? text : text[..110] + "…";

static string FindRepository(string start)
{
    for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Lint.sln")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository.");
}
