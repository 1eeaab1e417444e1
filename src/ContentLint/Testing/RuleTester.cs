using System.Collections.Immutable;
using ContentLint.Checks;
using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint.Testing;

/// <summary>The outcome of one rule example.</summary>
/// <param name="Example">The example as its rule file gives it.</param>
/// <param name="Text">The example's text without markup.</param>
/// <param name="Expected">The spans the markup marks.</param>
/// <param name="Actual">The spans the rule reported.</param>
/// <param name="Failure">Why the example failed; null when it passed.</param>
public sealed record ExampleResult(RuleExample Example, string Text, ImmutableArray<TextSpan> Expected, ImmutableArray<TextSpan> Actual, string? Failure)
{
    /// <summary>True when the rule did exactly what the example says.</summary>
    public bool Passed => Failure is null;
}

/// <summary>
/// Runs a rule's examples the way ESLint's RuleTester does: each invalid example must give exactly its marked
/// findings, each valid one none, and no example may appear twice.
/// </summary>
public static class RuleTester
{
    /// <summary>Runs every example of <paramref name="rule"/>, in file order.</summary>
    public static IReadOnlyList<ExampleResult> Run(YamlRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var linter = new Linter([rule], ImmutableDictionary<string, Severity>.Empty, [EngineDiagnostics.UnusedSuppression.Id]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var results = new List<ExampleResult>();
        foreach (var example in rule.Definition.Examples)
        {
            var (text, expected) = ExampleMarkup.Parse(example.MarkedText);
            var diagnostics = linter.Lint(text, new DocumentOptions
            {
                Path = "example.txt",
                Format = DocumentFormat.PlainText,
                FirstLineIsTitle = false,
                Title = example.Title,
                Language = example.Language,
            });
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

            results.Add(new ExampleResult(example, text, expected, actual, failure));
        }

        return results;
    }

    private static string Describe(int count) => count == 1 ? "1 finding" : $"{count} findings";
}
