using ContentLint.Checks;
using ContentLint.Configuration;

namespace ContentLint.Rules;

/// <summary>The rule packs shipped inside the library, from the repository's <c>rules/</c> folder.</summary>
internal static class BuiltInRules
{
    private const string Prefix = "rules/";

    private static readonly Lazy<IReadOnlyList<YamlRule>> All = new(Load);

    /// <summary>Every built-in rule, in id order. Loaded once per process.</summary>
    public static IReadOnlyList<YamlRule> Rules => All.Value;

    private static List<YamlRule> Load()
    {
        var assembly = typeof(BuiltInRules).Assembly;
        var errors = new List<ConfigurationError>();
        var rules = new List<YamlRule>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            if (RuleLoader.LoadBuiltIn(reader.ReadToEnd(), "builtin:" + resource, errors) is { } rule)
            {
                rules.Add(rule);
            }
        }

        // The rule-examples tests keep this from happening in a release; if it does, fail loudly.
        return errors.Count == 0 ? [.. rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)] : throw new ConfigurationException(errors);
    }
}
