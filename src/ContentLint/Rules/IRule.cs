using ContentLint.Diagnostics;

namespace ContentLint.Rules;

/// <summary>
/// The analyzer contract every rule implements, built-in YAML kinds and rules written in C# alike
/// (Roslyn's <c>DiagnosticAnalyzer</c>). Implementations must be immutable and thread-safe: one instance
/// analyzes many documents, possibly at the same time.
/// </summary>
public interface IRule
{
    /// <summary>What the rule reports.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Looks at <see cref="RuleContext.Document"/> and reports findings through <paramref name="context"/>.</summary>
    void Analyze(RuleContext context);
}
