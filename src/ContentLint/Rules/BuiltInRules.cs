using ContentLint.Checks;
using ContentLint.Configuration;

namespace ContentLint.Rules;

/// <summary>The rule packs shipped inside the library, from the repository's <c>rules/</c> folder.</summary>
internal static partial class BuiltInRules
{
    private const string Prefix = "rules/";

    private static readonly Lazy<IReadOnlyList<YamlRule>> All = new(Load);

    /// <summary>Every built-in rule, in id order. Loaded once per process.</summary>
    public static IReadOnlyList<YamlRule> Rules => All.Value;

    /// <summary>The resource names of the built-in rule files (<c>rules/category/ID-name.yaml</c>), in ordinal order.</summary>
    internal static string[] ResourceNames { get; } =
        [.. typeof(BuiltInRules).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>The bytes of the built-in rule file <paramref name="resourceName"/>, as embedded.</summary>
    internal static byte[] ReadBytes(string resourceName)
    {
        using var stream = typeof(BuiltInRules).Assembly.GetManifestResourceStream(resourceName)!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>The text of the built-in rule file <paramref name="resourceName"/>.</summary>
    internal static string Read(string resourceName)
    {
        using var stream = typeof(BuiltInRules).Assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The parsing events written at build time for the head of <paramref name="resourceName"/> (<see cref="RuleLoader.BuiltInHead"/>), or null.</summary>
    internal static ParsedYamlText? ParsedHead(string resourceName) => Parsed.GetValueOrDefault(resourceName);

    private static List<YamlRule> Load()
    {
        var resources = ResourceNames;
        var loaded = new (YamlRule? Rule, List<ConfigurationError> Errors)[resources.Length];

        // The files are independent, and loading them is most of a one-file run's start: on every core.
        Parallel.For(0, resources.Length, i =>
        {
            var errors = new List<ConfigurationError>();
            var resource = resources[i];
            loaded[i] = (RuleLoader.LoadBuiltIn(ReadBytes(resource), () => Read(resource), "builtin:" + resource, errors, ParsedHead(resource)), errors);
        });

        // The rule-examples tests keep this from happening in a release; if it does, fail loudly.
        var errors = loaded.SelectMany(l => l.Errors).ToList();
        return errors.Count == 0 ? [.. loaded.Select(l => l.Rule).OfType<YamlRule>().OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)] : throw new ConfigurationException(errors);
    }
}
