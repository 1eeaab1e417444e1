using ContentLint.Documents;
using ContentLint.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Tests.Rules;

/// <summary>
/// Two encoding rules stay out of the way of the swap table of another: CL1006 (control characters) of the
/// mojibake CL1001 repairs, and CL1007 (undecoded references) of the references CL1004 decodes. Their patterns carry
/// what they skip as data written from those tables, so these tests tie them to the tables as they stand.
/// </summary>
public sealed class EncodingRuleTablesTests
{
    [Theory]
    [InlineData("encoding/CL1001-mojibake.yaml", "CL1006")]
    [InlineData("encoding/CL1004-html-entity.yaml", "CL1007")]
    public void No_key_of_a_swap_table_is_reported_by_the_rule_that_leaves_it_to_that_table(string swapRule, string otherRule)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.RulesFolder, swapRule))));
        var swaps = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("swaps")];
        var keys = swaps.Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value!).ToList();

        var reported = keys.Where(key => BuiltInPack.Linter.Lint($"Title\n\nA {key} b.\n", new DocumentOptions { Path = "a.txt" }).Any(d => d.Id == otherRule));

        Assert.NotEmpty(keys);
        Assert.Empty(reported);
    }
}
