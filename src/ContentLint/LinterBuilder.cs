using System.Collections.Immutable;
using ContentLint.Configuration;
using ContentLint.Diagnostics;
using ContentLint.Rules;

namespace ContentLint;

/// <summary>
/// Collects rules and settings, then <see cref="Build"/>s an immutable <see cref="Linter"/>:
/// <c>new LinterBuilder().AddBuiltInRules().AddRules("my-rules").Build()</c>.
/// </summary>
public sealed class LinterBuilder
{
    private readonly List<IRule> rules = [];
    private readonly List<ConfigurationError> errors = [];
    private readonly Dictionary<string, Severity> severities = new(StringComparer.Ordinal);

    /// <summary>Adds every built-in rule.</summary>
    public LinterBuilder AddBuiltInRules()
    {
        rules.AddRange(BuiltInRules.Rules);
        return this;
    }

    /// <summary>Adds every rule file under <paramref name="directory"/>; invalid files are reported by <see cref="Build"/>.</summary>
    public LinterBuilder AddRules(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            errors.Add(new ConfigurationError(ConfigurationErrorIds.Unreadable, new SourceLocation(directory, 1, 1), "The rule folder does not exist."));
            return this;
        }

        foreach (var file in RuleLoader.FindRuleFiles(directory))
        {
            AddRuleFile(file);
        }

        return this;
    }

    /// <summary>Adds the rule in one YAML file; an invalid file is reported by <see cref="Build"/>.</summary>
    public LinterBuilder AddRuleFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (RuleLoader.LoadFile(path, errors) is { } rule)
        {
            rules.Add(rule);
        }

        return this;
    }

    /// <summary>Adds a rule: a loaded YAML rule or one written in C#.</summary>
    public LinterBuilder AddRule(IRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        rules.Add(rule);
        return this;
    }

    /// <summary>Sets the severity of the rule with id or name <paramref name="rule"/>, overriding its default.</summary>
    public LinterBuilder SetSeverity(string rule, Severity severity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rule);
        severities[rule] = severity;
        return this;
    }

    /// <summary>Builds the linter.</summary>
    /// <exception cref="ConfigurationException">A rule file was invalid, or two rules share an id or name.</exception>
    public Linter Build()
    {
        var problems = new List<ConfigurationError>(errors);
        var byId = new Dictionary<string, IRule>(StringComparer.Ordinal);
        var byName = new Dictionary<string, IRule>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var descriptor = rule.Descriptor;
            foreach (var (key, index, what) in new[] { (descriptor.Id, byId, "id"), (descriptor.Name, byName, "name") })
            {
                if (index.TryGetValue(key, out var first) && !ReferenceEquals(first, rule))
                {
                    problems.Add(new ConfigurationError(ConfigurationErrorIds.DuplicateRule, SourceOf(rule), $"Rule {what} '{key}' is already used by {Describe(first)}."));
                }
                else
                {
                    index[key] = rule;
                }
            }
        }

        var effective = ImmutableDictionary.CreateBuilder<string, Severity>(StringComparer.Ordinal);
        foreach (var (key, severity) in severities)
        {
            if ((byId.GetValueOrDefault(key) ?? byName.GetValueOrDefault(key)) is { } rule)
            {
                effective[rule.Descriptor.Id] = severity;
            }
            else
            {
                problems.Add(new ConfigurationError(ConfigurationErrorIds.InvalidValue, new SourceLocation("<settings>", 1, 1), $"No rule has the id or name '{key}'."));
            }
        }

        if (problems.Count > 0)
        {
            throw new ConfigurationException(problems);
        }

        // Rules that are off by default run only when configuration names them.
        var enabled = rules.Distinct().Where(r => r.Descriptor.IsEnabledByDefault || effective.ContainsKey(r.Descriptor.Id));
        return new Linter([.. enabled], effective.ToImmutable());
    }

    private static SourceLocation SourceOf(IRule rule) =>
        rule is Checks.YamlRule yaml ? yaml.Definition.Source : new SourceLocation(rule.GetType().FullName ?? "<rule>", 1, 1);

    private static string Describe(IRule rule) => SourceOf(rule).ToString();
}
