using ContentLint.Diagnostics;

namespace ContentLint.Rules;

/// <summary>
/// The keys every rule file may have, whatever its kind, declared once as <see cref="OptionSpec"/>s like the kinds'
/// own options: the loader reads them, the rule schema is generated from them and the docs list them.
/// </summary>
internal static class RuleKeys
{
    /// <summary>Upper-case letters followed by at least three digits.</summary>
    public const string IdPattern = "^[A-Z]+[0-9]{3,}$";

    /// <summary>Kebab-case.</summary>
    public const string NamePattern = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

    public static readonly OptionSpec Id = OptionSpec.String(
        "id", $"Stable, opaque identifier: upper-case letters and at least three digits, in the category's range ({string.Join(", ", RuleCategories.All.Select(c => $"{c.Range} {c.Name}"))}).", required: true, pattern: IdPattern);

    public static readonly OptionSpec Name = OptionSpec.String("name", "Kebab-case alias, usable wherever the id is.", required: true, pattern: NamePattern);

    public static readonly OptionSpec Title = OptionSpec.String("title", "A short summary of what the rule finds.", required: true);

    public static readonly OptionSpec Message = OptionSpec.String("message", "The message of a finding; {match} and the kind's placeholders are filled in.", required: true);

    public static readonly OptionSpec Severity = OptionSpec.Choice("severity", "The default severity: error only where a finding is almost never body text.", SeverityNames.All, required: true);

    public static readonly OptionSpec Category = OptionSpec.String(
        "category", $"The rule's family, such as {string.Join(", ", RuleCategories.Names.SkipLast(1))} or {RuleCategories.Names[^1]}.", required: true);

    public static readonly OptionSpec Description = OptionSpec.String("description", "Why the text is junk and how the rule recognises it.", required: true);

    public static readonly OptionSpec Help = OptionSpec.String("help", "Where the rule is documented: an http(s) URL or a path relative to the rule file.");

    public static readonly OptionSpec Languages = OptionSpec.StringList("languages", "ISO 639-1 codes of the languages the rule applies to; leave out for every language.", pattern: "^[a-z]{2}$");

    public static readonly OptionSpec Kind = OptionSpec.Choice("kind", "The rule kind: how the rule finds junk.", [.. RuleKinds.Names], required: true);

    public static readonly OptionSpec Scope = OptionSpec.Shaped(
        "scope", OptionType.Scope, "What the rule looks at, one unit at a time: each line, each paragraph, the title, the whole body, or each of the first or last N lines.");

    public static readonly OptionSpec MaxLength = OptionSpec.Integer(
        "max-length", "Units (lines, paragraphs) longer than this many characters are not looked at: a dateline or a button label is short.", 1, int.MaxValue);

    public static readonly OptionSpec MaxFindings = OptionSpec.Integer(
        "max-findings", "The most findings of this rule listed per document, instead of max-findings-per-rule (100 unless configured): for a rule whose every finding is one line of a long page.", 1, int.MaxValue);

    public static readonly OptionSpec Exceptions = OptionSpec.RegexList(
        "exceptions", "Regular expressions (case-insensitive): a finding that overlaps one of their matches, in the lines it touches, is not reported.");

    public static readonly OptionSpec Fallback = OptionSpec.Boolean(
        "fallback", "True for a broad, weak rule that only adds what the specific rules miss: its findings on lines another rule flagged are dropped.", false);

    public static readonly OptionSpec Fix = OptionSpec.Choice("fix", "How findings are repaired; each kind offers some of these.", [.. FixKindNames.All]);

    public static readonly OptionSpec Enabled = OptionSpec.Boolean("enabled", "False for a rule that runs only when configuration turns it on.", true);

    public static readonly OptionSpec Examples = OptionSpec.Shaped(
        "examples", OptionType.Examples, "The rule's tests and documentation: invalid texts mark each expected finding with [|...|]; valid texts must stay clean.");

    /// <summary>Every common key, in the order rule files write them.</summary>
    public static IReadOnlyList<OptionSpec> All { get; } =
        [Id, Name, Title, Message, Severity, Category, Description, Help, Languages, Kind, Scope, MaxLength, MaxFindings, Exceptions, Fallback, Fix, Enabled, Examples];

    /// <summary>The common keys configuration may set for a rule beside the kind's own options and its severity.</summary>
    public static IReadOnlyList<OptionSpec> Configurable { get; } = [Scope, MaxLength, MaxFindings, Exceptions, Languages];

    /// <summary>The keys an example written as a mapping may have.</summary>
    public static IReadOnlyList<string> ExampleKeys { get; } = ["text", "title", "lang", "fixed"];
}
