using ContentLint.Checks;
using ContentLint.Configuration;

namespace ContentLint.Rules;

/// <summary>The rule kinds a YAML rule can name, each one class in <c>Checks/</c>, with the fixes it can offer.</summary>
internal static class RuleKinds
{
    private static readonly Dictionary<string, Kind> ByName = new Kind[]
    {
        new("phrase", PhraseCheck.Create, [FixKind.DeleteLine, FixKind.DeleteMatch]),
        new("pattern", PatternCheck.Create, [FixKind.DeleteLine, FixKind.DeleteMatch]),
        new("duplicate-headline", DuplicateHeadlineCheck.Create, [FixKind.DeleteLine]),
        new("section", SectionCheck.Create, [FixKind.DeleteSection]),
        new("fragments", FragmentsCheck.Create, [FixKind.DeleteLine]),
    }.ToDictionary(k => k.Name, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static bool TryGet(string name, out Kind kind) => ByName.TryGetValue(name, out kind!);

    /// <summary>A kind: its name in rule files, how to build a rule from its options, which fixes it supports.</summary>
    internal sealed record Kind(string Name, Func<RuleDefinition, YamlMap, YamlRule> Create, IReadOnlyList<FixKind> Fixes);
}
