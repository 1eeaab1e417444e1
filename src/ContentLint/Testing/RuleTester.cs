using System.Collections.Immutable;
using ContentLint.Corpus;
using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Fixing;
using ContentLint.Rules;

namespace ContentLint.Testing;

/// <summary>
/// Runs a rule's examples the way ESLint's RuleTester does: each invalid example must give exactly its marked
/// findings, each valid one none, and no example may appear twice. Invalid examples of a rule with a fix must
/// give their <c>fixed</c> text, which fixing must produce and re-linting find nothing fixable in.
/// </summary>
public static class RuleTester
{
    /// <summary>Runs every example of <paramref name="rule"/> (<see cref="RuleDefinition.Examples"/>), in order: a YAML rule or one written in C#.</summary>
    public static IReadOnlyList<ExampleResult> Run(IRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var linter = new Linter([rule], ImmutableDictionary<string, Severity>.Empty, [EngineDiagnostics.UnusedSuppression.Id]);
        var readsCorpus = linter.ReadsCorpus;
        var examples = rule.Definition.Examples
            .Select((example, index) => (Example: example, Markup: ExampleMarkup.Parse(example.MarkedText), Options: new DocumentOptions
            {
                // A corpus rule's examples are one corpus, each example a document of its own.
                Path = readsCorpus ? $"example-{index + 1}.txt" : "example.txt",
                Format = DocumentFormat.PlainText,
                FirstLineIsTitle = false,
                Title = example.Title,
                Language = example.Language,
            }))
            .ToList();
        if (readsCorpus)
        {
            var corpus = new CorpusEvidenceBuilder();
            // In the order they are written: the first of two copies is the original.
            foreach (var (_, markup, options) in examples.OrderBy(e => e.Example.Location.Line))
            {
                corpus.Add(Document.Parse(markup.Text, options));
            }

            linter = linter.WithCorpus(profile: null, corpus.Build());
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var results = new List<ExampleResult>();
        foreach (var (example, (text, expected), options) in examples)
        {
            var diagnostics = linter.Lint(text, options);
            var actual = diagnostics.Select(d => d.Span).Order().ToImmutableArray();
            var engineFailure = diagnostics.FirstOrDefault(d => d.Descriptor.Category == "engine");
            string? failure = null;
            if (!seen.Add(example.MarkedText))
            {
                failure = "The same example appears twice.";
            }
            else if (engineFailure is not null)
            {
                failure = engineFailure.Message;
            }
            else if (!actual.SequenceEqual(expected.Order()))
            {
                failure = example.IsInvalid
                    ? $"Expected {Describe(expected.Length)}, got {Describe(actual.Length)}: expected {ExampleMarkup.Mark(text, expected)} but got {ExampleMarkup.Mark(text, actual)}"
                    : $"Expected no finding, got {Describe(actual.Length)}: {ExampleMarkup.Mark(text, actual)}";
            }
            else if (example.IsInvalid)
            {
                failure = CheckFix(rule, linter, example, text, options);
            }

            results.Add(new ExampleResult(example, text, expected, actual, failure));
        }

        return results;
    }

    /// <summary>
    /// An invalid example of a rule with a fix gives the text after fixing, and fixing must produce exactly that and
    /// leave nothing fixable behind (markdownlint re-lints its fixed output); a rule without a fix gives none.
    /// </summary>
    private static string? CheckFix(IRule rule, Linter linter, RuleExample example, string text, DocumentOptions options)
    {
        if (rule.Definition.Fix is not { } fix)
        {
            return example.Fixed is null ? null : "The rule has no 'fix', so its examples give no 'fixed' text.";
        }

        if (example.Fixed is not { } expected)
        {
            return $"The rule declares 'fix: {fix.ToName()}', so each invalid example gives the text after fixing as 'fixed'.";
        }

        // The example shows everything the rule's fix does, unsafe fixes included.
        var fixer = new Fixer(linter, new FixOptions { Unsafe = true });
        var result = fixer.Fix(text, options);
        if (!string.Equals(result.Text, expected, StringComparison.Ordinal))
        {
            return $"Expected the fixed text {Quote(expected)} but fixing gave {Quote(result.Text)}";
        }

        var left = linter.Lint(result.Text, options).Where(fixer.IsFixable).ToList();
        return left.Count == 0
            ? null
            : $"Re-linting the fixed text still finds {Describe(left.Count)} to fix: {ExampleMarkup.Mark(result.Text, left.Select(d => d.Span))}";
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    private static string Describe(int count) => count == 1 ? "1 finding" : $"{count} findings";
}
