using System.Text.RegularExpressions;
using ContentLint.Configuration;
using ContentLint.Diagnostics;

namespace ContentLint.Rules;

/// <summary>
/// What every rule says about itself, YAML kinds and rules written in C# alike (<see cref="IRule.Definition"/>):
/// identity and wording, scope, languages, fix, options and examples. The engine reads it, never the rule's type:
/// it runs a rule only on documents in its <see cref="Languages"/>, drops a <see cref="Fallback"/> rule's findings on
/// lines another rule flagged, lists the rule, and tests it by its <see cref="Examples"/>.
/// </summary>
public sealed record RuleDefinition
{
    /// <summary>The <see cref="Kind"/> of a rule written in C#.</summary>
    public const string CodeKind = "code";

    /// <summary>The id, name, wording, category, default severity and help link.</summary>
    public required RuleDescriptor Descriptor { get; init; }

    /// <summary>The rule kind, such as <c>phrase</c> or <c>pattern</c>; <see cref="CodeKind"/> for a rule written in C#.</summary>
    public string Kind { get; init; } = CodeKind;

    /// <summary>What part of the document the rule looks at (<see cref="RuleContext.Units"/> lists its units).</summary>
    public RuleScope Scope { get; init; } = RuleScope.Document;

    /// <summary>The ISO 639-1 codes of the languages the rule applies to; empty for every language.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>
    /// For YAML rules: a finding that overlaps a match of one of these (searched in the lines it touches) is not
    /// reported. A rule written in C# applies its own exceptions.
    /// </summary>
    public IReadOnlyList<Regex> Exceptions { get; init; } = [];

    /// <summary>
    /// True for a broad, weak rule that only adds what the specific rules miss: its findings on lines another
    /// rule flagged are dropped, so one artefact gives one finding.
    /// </summary>
    public bool Fallback { get; init; }

    /// <summary>Units (lines, paragraphs) longer than this many characters are not looked at; null for no limit.</summary>
    public int? MaxLength { get; init; }

    /// <summary>
    /// The most findings of this rule listed per document, instead of the linter's <see cref="Linter.MaxFindingsPerRule"/>
    /// (<c>max-findings</c>): for a rule whose every finding is one line of a long page, such as a line many documents
    /// share; null for the linter's.
    /// </summary>
    public int? MaxFindings { get; init; }

    /// <summary>
    /// How findings are repaired; null when the rule offers no fix. A rule written in C# that declares one attaches a
    /// <see cref="Diagnostics.Fix"/> of that kind to its findings; the tests then require a <c>fixed</c> text for
    /// each invalid example.
    /// </summary>
    public FixKind? Fix { get; init; }

    /// <summary>The options the rule reads from its rule file and configuration; empty for a rule without any.</summary>
    public IReadOnlyList<OptionSpec> Options { get; init; } = [];

    /// <summary>The texts the rule must flag and must leave alone.</summary>
    public IReadOnlyList<RuleExample> Examples { get; init; } = [];

    /// <summary>Where the rule was defined: its file, or the built-in resource name; null for a rule written in C#.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>Where the <c>id</c> and <c>name</c> values are written, for errors about them; null for rules not read from YAML.</summary>
    internal (SourceLocation Id, SourceLocation Name)? KeySources { get; init; }

    /// <summary>True when the rule applies to a document in <paramref name="language"/> (unknown languages get every rule).</summary>
    public bool AppliesTo(string? language) =>
        Languages.Count == 0 || language is null || Languages.Contains(language, StringComparer.OrdinalIgnoreCase);
}
