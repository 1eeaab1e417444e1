using ContentLint.Configuration;
using ContentLint.Rules;
using ContentLint.Testing;

namespace ContentLint.Tests.Rules;

/// <summary>The rule tester holds fixes to their examples: ESLint's <c>output</c>, markdownlint's re-lint of the fixed text.</summary>
public sealed class RuleTesterFixTests
{
    private const string Header = "id: XX3001\nname: test-rule\ntitle: t\nmessage: m\nseverity: error\ncategory: test\ndescription: d\n";

    [Fact]
    public void An_invalid_example_of_a_rule_with_a_fix_must_give_its_fixed_text()
    {
        var rule = RuleLoader.LoadText(Header + "kind: phrase\nmatch: whole-line\nphrases: [Junk]\nfix: delete-line\nexamples:\n  invalid:\n    - \"[|Junk|]\"\n", "rule.yaml");

        var result = Assert.Single(RuleTester.Run(rule));

        Assert.Equal("The rule declares 'fix: delete-line', so each invalid example gives the text after fixing as 'fixed'.", result.Failure);
    }

    [Fact]
    public void A_fixed_text_that_fixing_does_not_produce_fails_with_both_texts()
    {
        var rule = RuleLoader.LoadText(Header + "kind: phrase\nmatch: whole-line\nphrases: [Junk]\nfix: delete-line\nexamples:\n  invalid:\n    - text: \"Body.\\n\\n[|Junk|]\\n\\nMore.\\n\"\n      fixed: \"Body.\\n\\n\\nMore.\\n\"\n", "rule.yaml");

        var result = Assert.Single(RuleTester.Run(rule));

        Assert.Equal("Expected the fixed text \"Body.\\n\\n\\nMore.\\n\" but fixing gave \"Body.\\n\\nMore.\\n\"", result.Failure);
    }

    [Fact]
    public void A_correct_fixed_text_passes()
    {
        var rule = RuleLoader.LoadText(Header + "kind: phrase\nmatch: whole-line\nphrases: [Junk]\nfix: delete-line\nexamples:\n  invalid:\n    - text: \"Body.\\n\\n[|Junk|]\\n\\nMore.\\n\"\n      fixed: \"Body.\\n\\nMore.\\n\"\n", "rule.yaml");

        Assert.True(Assert.Single(RuleTester.Run(rule)).Passed);
    }

    [Fact]
    public void A_rule_without_a_fix_gives_no_fixed_text()
    {
        var rule = RuleLoader.LoadText(Header + "kind: phrase\nphrases: [junk]\nexamples:\n  invalid:\n    - text: \"some [|junk|]\"\n      fixed: \"some \"\n", "rule.yaml");

        var result = Assert.Single(RuleTester.Run(rule));

        Assert.Equal("The rule has no 'fix', so its examples give no 'fixed' text.", result.Failure);
    }

    [Fact]
    public void A_valid_example_with_a_fixed_text_is_an_invalid_rule_file()
    {
        var exception = Assert.Throws<ConfigurationException>(() => RuleLoader.LoadText(
            Header + "kind: phrase\nphrases: [junk]\nfix: delete-line\nexamples:\n  valid:\n    - text: \"clean\"\n      fixed: \"clean\"\n",
            "rule.yaml"));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("rule.yaml:14:14: error CL0108: A valid example has no 'fixed': the rule leaves it alone.", error.ToString());
    }

    [Fact]
    public void Fixed_text_that_still_has_something_to_fix_fails()
    {
        // Each pass deletes the innermost "junk", which joins "ju" and "nk" into a new one: ten passes are not enough.
        var rule = RuleLoader.LoadText(Header + "kind: pattern\npatterns: [junk]\nfix: delete-match\nexamples:\n  invalid:\n    - text: \"jujujujujujujujujuju[|junk|]nknknknknknknknknknk\"\n      fixed: \"junk\"\n", "rule.yaml");

        var result = Assert.Single(RuleTester.Run(rule));

        Assert.Equal("Re-linting the fixed text still finds 1 finding to fix: [|junk|]", result.Failure);
    }
}
