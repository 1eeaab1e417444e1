using System.Text.RegularExpressions;
using ContentLint.Documents;
using ContentLint.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Tests.Rules;

/// <summary>
/// Two encoding rules stay out of the way of the swap table of another: CL1006 (control characters) of the
/// mojibake CL1001 repairs, and CL1007 (undecoded references) of the references CL1004 decodes. Their patterns carry
/// what they skip as data written from those tables, so these tests tie them to the tables as they stand.
/// </summary>
public sealed partial class EncodingRuleTablesTests
{
    [Theory]
    [InlineData("encoding/CL1001-mojibake.yaml", "CL1006")]
    [InlineData("encoding/CL1004-html-entity.yaml", "CL1007")]
    public void No_key_of_a_swap_table_is_reported_by_the_rule_that_leaves_it_to_that_table(string swapRule, string otherRule)
    {
        var keys = SwapKeys(swapRule);

        var reported = keys.Where(key => BuiltInPack.Linter.Lint($"Title\n\nA {key} b.\n", new DocumentOptions { Path = "a.txt" }).Any(d => d.Id == otherRule));

        Assert.NotEmpty(keys);
        Assert.Empty(reported);
    }

    [Fact]
    public void The_character_reference_pattern_is_the_one_generated_from_the_html_entity_swap_table()
    {
        var keys = SwapKeys("encoding/CL1004-html-entity.yaml");
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.RulesFolder, "encoding/CL1007-character-reference.yaml"))));
        var patterns = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("patterns")];

        var generated = CharacterReferencePattern(keys);

        Assert.True(((YamlScalarNode)patterns.Children.Single()).Value == generated, $"CL1007's pattern is stale; generated from CL1004's swaps it is:\n  - '{generated}'");
    }

    /// <summary>
    /// CL1007's pattern: any decimal, hexadecimal or named reference except the ones CL1004's swap table decodes,
    /// each list longest first so the exclusion reads as a table (hexadecimal digits compared without case).
    /// </summary>
    private static string CharacterReferencePattern(IReadOnlyList<string> swapKeys)
    {
        static string Alternatives(IEnumerable<string> items) =>
            string.Join('|', items.Distinct(StringComparer.Ordinal).OrderByDescending(i => i.Length).ThenBy(i => i, StringComparer.Ordinal));

        var decimals = swapKeys.Where(k => DecimalReference().IsMatch(k)).Select(k => k[2..^1]);
        var hexadecimals = swapKeys.Where(k => HexadecimalReference().IsMatch(k)).Select(k => k[3..^1].ToLowerInvariant());
        var named = swapKeys.Where(k => NamedReference().IsMatch(k)).Select(k => k[1..^1]);
        return $@"&(?:#(?!(?:{Alternatives(decimals)});)\d{{2,7}}|#X[0-9a-fA-F]{{2,6}}|#x(?!(?i:{Alternatives(hexadecimals)});)[0-9a-fA-F]{{2,6}}|(?!(?:{Alternatives(named)});)[a-zA-Z][a-zA-Z\d]{{1,7}});";
    }

    private static List<string> SwapKeys(string swapRule)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.RulesFolder, swapRule))));
        var swaps = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("swaps")];
        return swaps.Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value!).ToList();
    }

    [GeneratedRegex(@"^&#[0-9]+;$")]
    private static partial Regex DecimalReference();

    [GeneratedRegex(@"^&#[xX][0-9a-fA-F]+;$")]
    private static partial Regex HexadecimalReference();

    [GeneratedRegex(@"^&[A-Za-z][A-Za-z0-9]*;$")]
    private static partial Regex NamedReference();
}
