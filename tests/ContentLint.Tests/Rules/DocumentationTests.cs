using ContentLint.DocGen;
using ContentLint.Rules;
using ContentLint.Tests.Infrastructure;
using Json.Schema;

namespace ContentLint.Tests.Rules;

/// <summary>The generated rule pages, index and schemas stay in step with the rule files and the model.</summary>
public sealed class DocumentationTests
{
    private static readonly JsonSchema RuleFileSchema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Repository.RulesFolder, "rule.schema.json")));
    private static readonly JsonSchema ConfigFileSchema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Repository.RulesFolder, "config.schema.json")));

    public static TheoryData<string> RuleFiles() => RuleExamplesTests.RuleFiles();

    private static bool Validates(JsonSchema schema, string yaml) =>
        schema.Evaluate(System.Text.Json.JsonSerializer.SerializeToElement(YamlJson.Parse(yaml)), new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid;

    [Fact]
    public void Generated_rule_pages_index_and_schemas_are_up_to_date()
    {
        var stale = Generator.Stale(Repository.Root);

        Assert.True(stale.Count == 0, $"Stale: {string.Join(", ", stale)}. Run 'dotnet run --project src/ContentLint.DocGen' and commit the result.");
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Rule_file_validates_against_the_rule_schema_it_names(string file)
    {
        var text = File.ReadAllText(Path.Combine(Repository.RulesFolder, file));

        Assert.StartsWith("# yaml-language-server: $schema=../rule.schema.json\n", text.ReplaceLineEndings("\n"));
        Assert.True(Validates(RuleFileSchema, text), $"{file} does not validate against rules/rule.schema.json");
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Rule_help_link_points_to_its_generated_page(string file)
    {
        var rule = RuleLoader.LoadFile(Path.Combine(Repository.RulesFolder, file));

        Assert.Equal(new Uri($"https://github.com/contentlint/contentlint/blob/main/rules/docs/{rule.Descriptor.Id}.md"), rule.Descriptor.HelpLink);
        Assert.True(File.Exists(Path.Combine(Repository.RulesFolder, "docs", rule.Descriptor.Id + ".md")));
    }

    [Theory]
    [InlineData("patterns: ['x']", false)]
    [InlineData("phrases: [x]\nmatch: everywhere", false)]
    [InlineData("phrases: [x]\nscope: {first-lines: 3}", true)]
    [InlineData("phrases: [x]\nscope: sentence", false)]
    [InlineData("phrases: [x]", true)]
    public void Rule_schema_checks_each_kind_s_own_options(string options, bool valid)
    {
        var rule = $"id: XX1001\nname: sample\ntitle: t\nmessage: m\nseverity: warning\ncategory: c\ndescription: d\nkind: phrase\n{options}\n";

        Assert.Equal(valid, Validates(RuleFileSchema, rule));
    }

    [Fact]
    public void Config_schema_accepts_the_init_starter_and_rejects_unknown_keys()
    {
        Assert.True(Validates(ConfigFileSchema, ContentLint.Cli.Commands.InitCommand.Starter));
        Assert.True(Validates(ConfigFileSchema, "rules:\n  CL3001: off\n  category:boilerplate: error\n  CL3002: {severity: warning, exceptions: [x]}\noverrides:\n  - files: ['a/**']\n    rules: {CL3001: info}\n"));
        Assert.False(Validates(ConfigFileSchema, "rulez: {}\n"));
        Assert.False(Validates(ConfigFileSchema, "rules:\n  CL3001: loud\n"));
    }
}
