using ContentLint.Configuration;
using ContentLint.Rules;
using ContentLint.Testing;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Rules;

/// <summary>Every rule file's examples are its tests: one theory runs them all (ESLint's RuleTester, markdownlint's fixtures).</summary>
public sealed class RuleExamplesTests
{
    public static TheoryData<string> RuleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in RuleLoader.FindRuleFiles(Repository.RulesFolder))
        {
            data.Add(Path.GetRelativePath(Repository.RulesFolder, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Rule_examples_give_exactly_the_marked_findings(string file)
    {
        var rule = RuleLoader.LoadFile(Path.Combine(Repository.RulesFolder, file));

        var failures = RuleTester.Run(rule).Where(r => !r.Passed).Select(r => $"{r.Example.Location}: {r.Failure}").ToList();

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void A_built_in_rule_read_without_its_examples_is_the_rule_its_whole_file_defines(string file)
    {
        var yaml = File.ReadAllText(Path.Combine(Repository.RulesFolder, file));
        var path = "builtin:rules/" + file;
        var errors = new List<ConfigurationError>();

        var whole = RuleLoader.Load(yaml, path, errors, trusted: true)!;
        var split = RuleLoader.LoadBuiltIn(yaml, path, errors)!;

        Assert.Empty(errors);
        // The lists compare by reference in the record: the same empty ones on both sides, compared apart below.
        var (noExamples, noExceptions, noLanguages) = (Array.Empty<RuleExample>(), Array.Empty<System.Text.RegularExpressions.Regex>(), Array.Empty<string>());
        Assert.Equal(
            whole.Definition with { Examples = noExamples, Exceptions = noExceptions, Languages = noLanguages },
            split.Definition with { Examples = noExamples, Exceptions = noExceptions, Languages = noLanguages });
        Assert.Equal(whole.Definition.Languages, split.Definition.Languages);
        Assert.Equal(whole.Definition.Exceptions.Select(e => e.ToString()), split.Definition.Exceptions.Select(e => e.ToString()));
        Assert.Equal(whole.Patterns.Select(p => (p.ToString(), p.Options)), split.Patterns.Select(p => (p.ToString(), p.Options)));
        Assert.NotEmpty(split.Definition.Examples);
        Assert.Equal(whole.Definition.Examples, split.Definition.Examples);
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Enabled_rules_have_invalid_and_valid_examples(string file)
    {
        var rule = RuleLoader.LoadFile(Path.Combine(Repository.RulesFolder, file));

        var examples = rule.Definition.Examples;
        if (rule.Descriptor.IsEnabledByDefault)
        {
            Assert.True(examples.Count(e => e.IsInvalid) >= 2, $"{rule.Descriptor.Id} needs at least two invalid examples (or 'enabled: false').");
            Assert.True(examples.Count(e => !e.IsInvalid) >= 2, $"{rule.Descriptor.Id} needs at least two valid examples (or 'enabled: false').");
        }
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Rule_file_is_named_after_its_id_and_name(string file)
    {
        var rule = RuleLoader.LoadFile(Path.Combine(Repository.RulesFolder, file));

        Assert.Equal($"{rule.Descriptor.Id}-{rule.Descriptor.Name}.yaml", Path.GetFileName(file));
        Assert.Equal(rule.Descriptor.Category, Path.GetDirectoryName(file));
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Rule_id_lies_in_its_category_range(string file)
    {
        var rule = RuleLoader.LoadFile(Path.Combine(Repository.RulesFolder, file));

        var category = RuleCategories.Find(rule.Descriptor.Category);

        Assert.NotNull(category);
        Assert.StartsWith("CL", rule.Descriptor.Id, StringComparison.Ordinal);
        Assert.True(category.Contains(rule.Descriptor.Id), $"{rule.Descriptor.Id} lies outside {category.Range}.");
    }

    [Fact]
    public void Every_rule_file_is_built_into_the_library()
    {
        var fromFiles = RuleLoader.FindRuleFiles(Repository.RulesFolder).Select(f => RuleLoader.LoadFile(f).Descriptor.Id).Order(StringComparer.Ordinal);

        var builtIn = BuiltInRules.Rules.Select(r => r.Descriptor.Id).Order(StringComparer.Ordinal);

        Assert.Equal(fromFiles, builtIn);
    }

    [Fact]
    public void Built_in_rules_use_every_rule_kind()
    {
        var kinds = BuiltInRules.Rules.Select(r => r.Definition.Kind).ToHashSet();

        Assert.Equal(RuleKinds.All.Select(k => k.Name).Order(StringComparer.Ordinal), kinds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_failing_example_is_reported_with_expected_and_actual_findings()
    {
        var rule = RuleLoader.LoadText(
            """
            id: XX1001
            name: broken-example
            title: t
            message: m
            severity: error
            category: test
            description: d
            kind: phrase
            phrases: [junk]
            examples:
              invalid:
                - "no [|finding|] here"
              valid:
                - "some junk here"
            """,
            "broken.yaml");

        var results = RuleTester.Run(rule);

        Assert.Equal(
            ["Expected 1 finding, got 0 findings: expected no [|finding|] here but got no finding here", "Expected no finding, got 1 finding: some [|junk|] here"],
            results.Select(r => r.Failure));
    }
}
