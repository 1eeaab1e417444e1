using ContentLint.Diagnostics;

namespace ContentLint.Rules;

/// <summary>
/// The analyzer contract every rule implements, built-in YAML kinds and rules written in C# alike
/// (Roslyn's <c>DiagnosticAnalyzer</c>). Implementations must be immutable and thread-safe: one instance
/// analyzes many documents, possibly at the same time.
/// </summary>
public interface IRule
{
    /// <summary>What the rule says about itself: identity, languages, scope, fix, options and examples.</summary>
    RuleDefinition Definition { get; }

    /// <summary>What the rule reports: <see cref="RuleDefinition.Descriptor"/>.</summary>
    RuleDescriptor Descriptor => Definition.Descriptor;

    /// <summary>Looks at <see cref="RuleContext.Document"/> and reports findings through <paramref name="context"/>.</summary>
    void Analyze(RuleContext context);
}
