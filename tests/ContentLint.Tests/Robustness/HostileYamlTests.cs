using System.Text;
using ContentLint.Configuration;
using ContentLint.Documents;
using ContentLint.Rules;

namespace ContentLint.Tests.Robustness;

/// <summary>Rule, configuration and front-matter YAML from strangers is bounded: refused with an error, never a crash or a memory blow-up.</summary>
public sealed class HostileYamlTests
{
    /// <summary>Nine levels of ten aliases each: a billion strings if anything expanded them.</summary>
    private static string BillionLaughs()
    {
        var yaml = new StringBuilder("a0: &a0 [\"lol\"]\n");
        for (var i = 1; i <= 9; i++)
        {
            yaml.Append($"a{i}: &a{i} [").AppendJoin(", ", Enumerable.Repeat($"*a{i - 1}", 10)).Append("]\n");
        }

        return yaml.ToString();
    }

    private static string DeepNesting(int depth) => new string('[', depth) + new string(']', depth);

    [Fact]
    public void A_billion_laughs_rule_file_is_refused_with_an_error()
    {
        var error = Assert.Single(Assert.Throws<ConfigurationException>(() => RuleLoader.LoadText(BillionLaughs(), "laughs.yaml")).Errors);

        Assert.Equal(ConfigurationErrorIds.LimitExceeded, error.Id);
        Assert.StartsWith("More than 64 aliases are refused", error.Message);
        Assert.Equal("laughs.yaml", error.Location.Path);
    }

    [Fact]
    public void Deep_nesting_in_a_rule_file_is_refused_with_its_position()
    {
        var error = Assert.Single(Assert.Throws<ConfigurationException>(() => RuleLoader.LoadText("phrases: " + DeepNesting(100_000), "deep.yaml")).Errors);

        Assert.Equal(ConfigurationErrorIds.LimitExceeded, error.Id);
        Assert.Equal(new SourceLocation("deep.yaml", 1, 41), error.Location);
    }

    [Fact]
    public void An_oversized_rule_file_is_refused_before_it_is_parsed()
    {
        using var temp = new Infrastructure.TempFolder();
        var path = temp.Write("huge.yaml", "# " + new string('x', 5_000_000) + "\n");

        var error = Assert.Single(Assert.Throws<ConfigurationException>(() => RuleLoader.LoadFile(path)).Errors);

        Assert.Equal(ConfigurationErrorIds.LimitExceeded, error.Id);
    }

    [Fact]
    public void A_billion_laughs_configuration_file_is_refused_with_an_error()
    {
        using var temp = new Infrastructure.TempFolder();
        var path = temp.Write(".contentlint.yaml", BillionLaughs());

        var error = Assert.Single(Assert.Throws<ConfigurationException>(() => ContentLintConfig.Load(path)).Errors);

        Assert.Equal(ConfigurationErrorIds.LimitExceeded, error.Id);
    }

    [Fact]
    public void Hostile_front_matter_gives_no_title_and_no_crash()
    {
        var document = Document.Parse("---\ntitle: " + DeepNesting(100_000) + "\n---\nBody.\n", new DocumentOptions { Path = "a.md" });

        Assert.Null(document.Title);
        Assert.Equal("Body.", document.GetText(document.BodyLines.Single()).ToString());
    }
}
