using ContentLint.Configuration;

namespace ContentLint.Rules;

/// <summary>
/// One example from a rule file: a text the rule must flag (with every expected finding marked <c>[|like this|]</c>)
/// or a text it must leave alone. Examples are the rule's tests and its documentation.
/// </summary>
public sealed record RuleExample
{
    /// <summary>True for an example the rule must flag.</summary>
    public required bool IsInvalid { get; init; }

    /// <summary>The text as written in the rule file, markup included.</summary>
    public required string MarkedText { get; init; }

    /// <summary>
    /// For an invalid example of a rule with a fix: the text after fixing, markup removed (ESLint's <c>output</c>).
    /// Null when the example gives none.
    /// </summary>
    public string? Fixed { get; init; }

    /// <summary>The headline the example's article has, when the rule looks at headlines.</summary>
    public string? Title { get; init; }

    /// <summary>The document language the example is linted with, when it matters.</summary>
    public string? Language { get; init; }

    /// <summary>Where the example is in its rule file.</summary>
    public required SourceLocation Location { get; init; }
}
