namespace ContentLint.Rules;

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
