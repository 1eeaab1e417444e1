using System.Globalization;

namespace ContentLint.Rules;

/// <summary>
/// The families of the built-in rules, each with its id range: the one list the loader checks rule files against,
/// the rules index is written from and the tests read. A pack may name a family of its own (<c>category: house</c>),
/// which has no range.
/// </summary>
internal static class RuleCategories
{
    /// <summary>Encoding residue, whose rules read a text as written (the invisible characters included).</summary>
    public static RuleCategory Encoding { get; } = new("encoding", 1, "Encoding residue: mojibake, entities, invisible characters.");

    /// <summary>Every built-in category, in id order.</summary>
    public static IReadOnlyList<RuleCategory> All { get; } =
    [
        Encoding,
        new("markup", 2, "Markup remnants: glued link text, leftover tags."),
        new("boilerplate", 3, "Page furniture: widgets, teasers, author boxes, comment forms, share and cookie text."),
        new("structure", 4, "Structure: repeated headlines and lines, lines that are not prose."),
    ];

    /// <summary>The names of every built-in category.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(c => c.Name)];

    /// <summary>The built-in category called <paramref name="name"/>; null for a pack's own.</summary>
    public static RuleCategory? Find(string name) => All.FirstOrDefault(c => c.Name == name);
}

/// <summary>A family of rules whose ids share their thousands digit, as StyleCop allocates ids.</summary>
/// <param name="Name">The value of <c>category:</c> and the folder under <c>rules/</c>.</param>
/// <param name="Thousand">The thousands digit of its ids: 3 for CL3000 to CL3999.</param>
/// <param name="Description">What its rules find, for the rules index.</param>
internal sealed record RuleCategory(string Name, int Thousand, string Description)
{
    /// <summary>The range as the docs write it, such as <c>CL3xxx</c>.</summary>
    public string Range => $"CL{Thousand}xxx";

    /// <summary>
    /// True when the number of <paramref name="id"/> (the digits after its letters, whatever the prefix: a pack's
    /// MY3001 is a boilerplate number too) lies from <see cref="Thousand"/>000 to <see cref="Thousand"/>999.
    /// </summary>
    public bool Contains(string id)
    {
        var digits = id.AsSpan().TrimStart("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        return digits.Length == 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number / 1000 == Thousand;
    }
}
