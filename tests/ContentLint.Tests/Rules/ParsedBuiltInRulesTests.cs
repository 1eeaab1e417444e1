using ContentLint.Checks;
using ContentLint.Configuration;
using ContentLint.Rules;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Tests.Rules;

/// <summary>
/// The built-in pack is loaded from parsing events written at build time, not scanned as YAML at every start: the
/// events must be exactly what YamlDotNet reads from each file, and a file edited since must be read as YAML.
/// </summary>
public sealed class ParsedBuiltInRulesTests
{
    public static TheoryData<string> Resources() => [.. BuiltInRules.ResourceNames];

    [Fact]
    public void Every_built_in_rule_file_has_events_written_at_build_time()
    {
        Assert.NotEmpty(BuiltInRules.ResourceNames);
        Assert.All(BuiltInRules.ResourceNames, name => Assert.True(
            BuiltInRules.ParsedHead(name)?.IsOf(BuiltInRules.ReadBytes(name)) == true,
            $"No events, or stale ones, for {name}. Run 'dotnet run --project src/ContentLint.DocGen'."));
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public void The_events_of_a_built_in_rule_file_are_those_YamlDotNet_reads_and_replay_unchanged(string resource)
    {
        var parsed = BuiltInRules.ParsedHead(resource)!;

        Assert.Equal(ParsedYaml.Encode(RuleLoader.BuiltInHead(BuiltInRules.Read(resource))), parsed.Events);
        Assert.Equal(parsed.Events, ParsedYaml.Encode(ParsedYaml.Replay(parsed.Events)));
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public void A_built_in_rule_replayed_from_its_events_is_the_rule_its_YAML_defines_with_the_same_positions(string resource)
    {
        var text = BuiltInRules.Read(resource);
        var replayed = Load(text, resource, BuiltInRules.ParsedHead(resource));
        var scanned = Load(text, resource, parsed: null);

        Assert.Equal(scanned.Descriptor, replayed.Descriptor);
        Assert.Equal(scanned.Definition.Source, replayed.Definition.Source);
        Assert.Equal(scanned.Definition.KeySources, replayed.Definition.KeySources);
        Assert.Equal(
            (scanned.Definition.Kind, scanned.Definition.Scope, scanned.Definition.Fallback, scanned.Definition.MaxLength, scanned.Definition.MaxFindings, scanned.Definition.Fix),
            (replayed.Definition.Kind, replayed.Definition.Scope, replayed.Definition.Fallback, replayed.Definition.MaxLength, replayed.Definition.MaxFindings, replayed.Definition.Fix));
        Assert.Equal(scanned.Definition.Languages, replayed.Definition.Languages);
        Assert.Equal(scanned.Definition.Exceptions.Select(e => e.ToString()), replayed.Definition.Exceptions.Select(e => e.ToString()));
        Assert.Equal(scanned.Patterns.Select(p => (p.ToString(), p.Options)), replayed.Patterns.Select(p => (p.ToString(), p.Options)));
        Assert.Equal(Describe(scanned.Source!), Describe(replayed.Source!));
        Assert.Equal(scanned.Definition.Examples.Count, replayed.Definition.Examples.Count);
    }

    [Fact]
    public void A_built_in_rule_file_edited_since_its_events_were_written_is_read_as_yaml()
    {
        var resource = BuiltInRules.ResourceNames.First(name => name.Contains("CL3001", StringComparison.Ordinal));
        var text = BuiltInRules.Read(resource);
        var edited = "# a line more\n" + text.Replace("\ntitle: ", "\ntitle: Edited ", StringComparison.Ordinal);

        var rule = Load(edited, resource, BuiltInRules.ParsedHead(resource));

        Assert.StartsWith("Edited ", rule.Descriptor.Title, StringComparison.Ordinal);
        Assert.Equal(Load(text, resource, BuiltInRules.ParsedHead(resource)).Definition.Source!.Line + 1, rule.Definition.Source!.Line);
    }

    private static YamlRule Load(string text, string resource, ParsedYamlText? parsed)
    {
        var errors = new List<ConfigurationError>();
        var rule = RuleLoader.LoadBuiltIn(text, "builtin:" + resource, errors, parsed);
        Assert.Empty(errors);
        return rule!;
    }

    /// <summary>Every node of the tree with its kind, positions, value and style: what rule loading reads from it.</summary>
    private static List<string> Describe(YamlMappingNode root) =>
        [.. root.AllNodes.Select(node => $"{node.NodeType} {node.Start} {node.End} {node.Tag} {node.Anchor} {(node is YamlScalarNode scalar ? $"{scalar.Style} {scalar.Value}" : "")}")];
}
