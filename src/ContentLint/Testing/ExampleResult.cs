using System.Collections.Immutable;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint.Testing;

/// <summary>The outcome of one rule example.</summary>
/// <param name="Example">The example as its rule file gives it.</param>
/// <param name="Text">The example's text without markup.</param>
/// <param name="Expected">The spans the markup marks.</param>
/// <param name="Actual">The spans the rule reported.</param>
/// <param name="Failure">Why the example failed; null when it passed.</param>
public sealed record ExampleResult(RuleExample Example, string Text, ImmutableArray<TextRange> Expected, ImmutableArray<TextRange> Actual, string? Failure)
{
    /// <summary>True when the rule did exactly what the example says.</summary>
    public bool Passed => Failure is null;
}
