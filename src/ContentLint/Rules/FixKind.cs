namespace ContentLint.Rules;

/// <summary>How a rule's findings are repaired; rule files spell these in kebab case (<c>fix: delete-line</c>).</summary>
public enum FixKind
{
    /// <summary>Delete every line the finding touches, line breaks included.</summary>
    DeleteLine,

    /// <summary>Delete the junk region a section rule found, from its marker line to its end.</summary>
    DeleteSection,

    /// <summary>Delete just the matched characters.</summary>
    DeleteMatch,

    /// <summary>Replace the matched characters with the rule's replacement.</summary>
    Replace,
}

/// <summary>The kebab-case names rule files use for <see cref="FixKind"/>.</summary>
public static class FixKindNames
{
    private static readonly Dictionary<string, FixKind> ByName = new(StringComparer.Ordinal)
    {
        ["delete-line"] = FixKind.DeleteLine,
        ["delete-section"] = FixKind.DeleteSection,
        ["delete-match"] = FixKind.DeleteMatch,
        ["replace"] = FixKind.Replace,
    };

    /// <summary>Every name, in declaration order.</summary>
    public static IReadOnlyCollection<string> All => ByName.Keys;

    /// <summary>The kebab-case name of <paramref name="kind"/>.</summary>
    public static string ToName(this FixKind kind) => ByName.First(p => p.Value == kind).Key;

    /// <summary>Parses a kebab-case name.</summary>
    public static bool TryParse(string name, out FixKind kind) => ByName.TryGetValue(name, out kind);
}
