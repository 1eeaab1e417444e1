using System.Text.RegularExpressions;
using ContentLint.Configuration;
using ContentLint.Diagnostics;

namespace ContentLint.Rules;

/// <summary>The fields every YAML rule has, whatever its kind: identity, wording, scope, languages, exceptions, fix and examples.</summary>
public sealed record RuleDefinition
{
    /// <summary>The id, name, wording, category, default severity and help link.</summary>
    public required RuleDescriptor Descriptor { get; init; }

    /// <summary>The rule kind, such as <c>phrase</c> or <c>pattern</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>What part of the document the rule looks at.</summary>
    public required RuleScope Scope { get; init; }

    /// <summary>The ISO 639-1 codes of the languages the rule applies to; empty for every language.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>A finding that overlaps a match of one of these (searched in the lines it touches) is not reported.</summary>
    public IReadOnlyList<Regex> Exceptions { get; init; } = [];

    /// <summary>
    /// True for a broad, weak rule that only adds what the specific rules miss: its findings on lines another
    /// rule flagged are dropped, so one artefact gives one finding.
    /// </summary>
    public bool Fallback { get; init; }

    /// <summary>Units (lines, paragraphs) longer than this many characters are not looked at; null for no limit.</summary>
    public int? MaxLength { get; init; }

    /// <summary>How findings are repaired; null when the rule offers no fix.</summary>
    public FixKind? Fix { get; init; }

    /// <summary>The texts the rule must flag and must leave alone.</summary>
    public IReadOnlyList<RuleExample> Examples { get; init; } = [];

    /// <summary>Where the rule was defined: its file, or the built-in resource name.</summary>
    public required SourceLocation Source { get; init; }

    /// <summary>Where the <c>id</c> and <c>name</c> values are written, for errors about them; null for rules not read from YAML.</summary>
    internal (SourceLocation Id, SourceLocation Name)? KeySources { get; init; }

    /// <summary>True when the rule applies to a document in <paramref name="language"/> (unknown languages get every rule).</summary>
    public bool AppliesTo(string? language) =>
        Languages.Count == 0 || language is null || Languages.Contains(language, StringComparer.OrdinalIgnoreCase);
}
