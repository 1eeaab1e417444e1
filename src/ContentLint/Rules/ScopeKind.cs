
namespace ContentLint.Rules;

/// <summary>What part of a document a rule looks at, one unit at a time.</summary>
public enum ScopeKind
{
    /// <summary>Each non-blank body line.</summary>
    Line,

    /// <summary>Each paragraph: a block of consecutive non-blank body lines.</summary>
    Paragraph,

    /// <summary>The title, where it appears in the text.</summary>
    Title,

    /// <summary>The body as a whole (each run of consecutive body lines, so excluded code splits it).</summary>
    Document,

    /// <summary>Each of the first N non-blank body lines.</summary>
    FirstLines,

    /// <summary>Each of the last N non-blank body lines.</summary>
    LastLines,
}
