using ContentLint.Checks;
using ContentLint.Configuration;

namespace ContentLint.Rules;

/// <summary>
/// The rule kinds a YAML rule can name, each one class in <c>Checks/</c>: its options, the scopes it works on,
/// and the fixes it can offer.
/// </summary>
internal static class RuleKinds
{
    private static readonly RuleScope[] LineScopes = [RuleScope.Line, RuleScope.FirstLines(1), RuleScope.LastLines(1)];
    private static readonly RuleScope[] AnyScope = [RuleScope.Line, RuleScope.FirstLines(1), RuleScope.LastLines(1), RuleScope.Paragraph, RuleScope.Title, RuleScope.Document];
    private static readonly RuleScope[] TextBlockScopes = [RuleScope.Line, RuleScope.FirstLines(1), RuleScope.LastLines(1), RuleScope.Paragraph];

    private static readonly Dictionary<string, RuleKind> ByName = new RuleKind[]
    {
        new("phrase", "Literal phrases, case-insensitive and word-bounded: anywhere, as the whole unit, or as a label at its start.", PhraseCheck.Create, PhraseCheck.Options, RuleScope.Line, AnyScope, [FixKind.DeleteLine, FixKind.DeleteMatch]),
        new("pattern", "Regular expressions; named groups become message placeholders.", PatternCheck.Create, PatternCheck.Options, RuleScope.Line, AnyScope, [FixKind.DeleteLine, FixKind.DeleteMatch, FixKind.Replace]),
        new("substitution", "A swap table of literal texts or regular expressions; the fix replaces each match.", SubstitutionCheck.Create, SubstitutionCheck.Options, RuleScope.Line, AnyScope, [FixKind.Replace]),
        new("duplicate-headline", "The title repeated in the body, compared after normalising case, quotes, punctuation and spacing.", DuplicateHeadlineCheck.Create, DuplicateHeadlineCheck.Options, RuleScope.FirstLines(3), TextBlockScopes, [FixKind.DeleteLine]),
        new("repetition", "A line or paragraph that repeats an earlier one in the same document.", RepetitionCheck.Create, RepetitionCheck.Options, RuleScope.Line, [RuleScope.Line, RuleScope.Paragraph], [FixKind.DeleteLine]),
        new("section", "A marker line opens a junk region that runs to the end of the document or to an 'until' line.", SectionCheck.Create, SectionCheck.Options, RuleScope.Line, LineScopes, [FixKind.DeleteSection]),
        new("fragments", "A unit made of several short sentence fragments, like generated author bios.", FragmentsCheck.Create, FragmentsCheck.Options, RuleScope.Line, AnyScope, [FixKind.DeleteLine]),
        new("language-mismatch", "A short unit in another language than the document's, told apart by stop words.", LanguageMismatchCheck.Create, LanguageMismatchCheck.Options, RuleScope.Line, TextBlockScopes, [FixKind.DeleteLine]),
        new("page-shape", "Menu blocks, footers and link lists told by their shape (length, function words, punctuation, neighbours) outside the prose core.", PageShapeCheck.Create, PageShapeCheck.Options, RuleScope.Document, [RuleScope.Document], [FixKind.DeleteLine]),
        new("shared-line", "A line that many documents of the corpus hold: template text, found by counting, not by its wording.", SharedLineCheck.Create, SharedLineCheck.Options, RuleScope.Line, [RuleScope.Line], [FixKind.DeleteLine]),
        new("duplicate-document", "A document that copies an earlier one of the corpus: reported once for the whole document, naming the other.", DuplicateDocumentCheck.Create, DuplicateDocumentCheck.Options, RuleScope.Document, [RuleScope.Document], []),
        new("metric", "A measure of each unit (word count, share of upper case, ...) outside its thresholds.", MetricCheck.Create, MetricCheck.Options, RuleScope.Document, AnyScope, [FixKind.DeleteLine]),
    }.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>Every kind, in documentation order.</summary>
    public static IReadOnlyList<RuleKind> All { get; } = [.. ByName.Values];

    /// <summary>The names of every kind.</summary>
    public static IReadOnlyCollection<string> Names => ByName.Keys;

    /// <summary>The kind called <paramref name="name"/>.</summary>
    public static bool TryGet(string name, out RuleKind kind) => ByName.TryGetValue(name, out kind!);
}

/// <summary>A rule kind: its name in rule files, what it finds, how it is built, its options, scopes and fixes.</summary>
/// <param name="Name">The value of <c>kind:</c>.</param>
/// <param name="Summary">What rules of this kind find.</param>
/// <param name="Create">Builds a rule from its shared fields and its options.</param>
/// <param name="Options">The kind's own options.</param>
/// <param name="DefaultScope">The scope when the rule file sets none.</param>
/// <param name="Scopes">The scope kinds the kind supports (counts are examples).</param>
/// <param name="Fixes">The fixes the kind can offer.</param>
internal sealed record RuleKind(
    string Name,
    string Summary,
    Func<RuleDefinition, YamlMap, YamlRule> Create,
    IReadOnlyList<OptionSpec> Options,
    RuleScope DefaultScope,
    IReadOnlyList<RuleScope> Scopes,
    IReadOnlyList<FixKind> Fixes)
{
    /// <summary>True when the kind works on units of <paramref name="scope"/>'s kind.</summary>
    public bool Supports(RuleScope scope) => Scopes.Any(s => s.Kind == scope.Kind);
}
