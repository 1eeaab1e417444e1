using System.Globalization;

namespace ContentLint.Rules;

/// <summary>
/// A rule's scope: <c>scope: line | paragraph | title | document</c>, or <c>scope: {first-lines: N}</c> /
/// <c>scope: {last-lines: N}</c>.
/// </summary>
/// <param name="Kind">Which units.</param>
/// <param name="Count">For first/last lines: how many.</param>
public sealed record RuleScope(ScopeKind Kind, int Count = 0)
{
    /// <summary>Each non-blank body line.</summary>
    public static RuleScope Line { get; } = new(ScopeKind.Line);

    /// <summary>Each paragraph.</summary>
    public static RuleScope Paragraph { get; } = new(ScopeKind.Paragraph);

    /// <summary>The title.</summary>
    public static RuleScope Title { get; } = new(ScopeKind.Title);

    /// <summary>The body as a whole.</summary>
    public static RuleScope Document { get; } = new(ScopeKind.Document);

    /// <summary>The scalar names: <c>line</c>, <c>paragraph</c>, <c>title</c>, <c>document</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["line", "paragraph", "title", "document"];

    /// <summary>The keys of the mapping forms: <c>first-lines</c>, <c>last-lines</c>.</summary>
    public static IReadOnlyList<string> CountedNames { get; } = ["first-lines", "last-lines"];

    /// <summary>Each of the first <paramref name="count"/> non-blank body lines.</summary>
    public static RuleScope FirstLines(int count) => new(ScopeKind.FirstLines, count);

    /// <summary>Each of the last <paramref name="count"/> non-blank body lines.</summary>
    public static RuleScope LastLines(int count) => new(ScopeKind.LastLines, count);

    /// <summary>True for scopes whose units are single lines.</summary>
    public bool IsLines => Kind is ScopeKind.Line or ScopeKind.FirstLines or ScopeKind.LastLines;

    /// <summary>The scope's name: <c>line</c>, <c>paragraph</c>, <c>title</c>, <c>document</c>, <c>first-lines</c> or <c>last-lines</c>.</summary>
    public string Name => Kind switch
    {
        ScopeKind.FirstLines => CountedNames[0],
        ScopeKind.LastLines => CountedNames[1],
        _ => Names[(int)Kind],
    };

    /// <summary>The form a rule file uses: <c>paragraph</c>, or <c>{first-lines: 3}</c>.</summary>
    public override string ToString() =>
        Kind is ScopeKind.FirstLines or ScopeKind.LastLines ? $"{{{Name}: {Count.ToString(CultureInfo.InvariantCulture)}}}" : Name;
}
