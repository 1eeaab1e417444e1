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
        var resources = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        var loaded = new (YamlRule? Rule, List<ConfigurationError> Errors)[resources.Length];

        // The files are independent, and loading them is most of a one-file run's start: on every core.
        Parallel.For(0, resources.Length, i =>
        {
            using var stream = assembly.GetManifestResourceStream(resources[i])!;
            using var reader = new StreamReader(stream);
            var errors = new List<ConfigurationError>();
            loaded[i] = (RuleLoader.LoadBuiltIn(reader.ReadToEnd(), "builtin:" + resources[i], errors), errors);
        });

        // The rule-examples tests keep this from happening in a release; if it does, fail loudly.
        var errors = loaded.SelectMany(l => l.Errors).ToList();
        return errors.Count == 0 ? [.. loaded.Select(l => l.Rule).OfType<YamlRule>().OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)] : throw new ConfigurationException(errors);
    }
}
