using ContentLint.Configuration;
using ContentLint.Rules;

namespace ContentLint.Tests.Rules;

/// <summary>Rule files are read strictly: each mistake is an error with its id and file:line:col.</summary>
public sealed class RuleLoaderTests
{
    private const string ValidRule =
        """
        id: XX1001
        name: sample-rule
        title: Sample
        message: "Found '{match}'"
        severity: warning
        category: test
        description: A sample rule.
        kind: phrase
        phrases: [junk text]
        """;

    private static ConfigurationError SingleError(string yaml)
    {
        var exception = Assert.Throws<ConfigurationException>(() => RuleLoader.LoadText(yaml, "rules/sample.yaml"));
        return Assert.Single(exception.Errors);
    }

    [Fact]
    public void A_valid_rule_loads_with_its_fields()
    {
        var rule = RuleLoader.LoadText(ValidRule, "rules/sample.yaml");

        Assert.Equal("XX1001", rule.Descriptor.Id);
        Assert.Equal("sample-rule", rule.Descriptor.Name);
        Assert.Equal(ContentLint.Diagnostics.Severity.Warning, rule.Descriptor.DefaultSeverity);
        Assert.Equal("phrase", rule.Definition.Kind);
    }

    [Fact]
    public void Unknown_key_is_an_error_at_the_key_with_a_suggestion()
    {
        var error = SingleError(ValidRule + "\nphrasez: [x]\n");

        Assert.Equal("rules/sample.yaml:10:1: error CL0101: Unknown key 'phrasez' in a phrase rule. Did you mean 'phrases'?", error.ToString());
    }

    [Fact]
    public void Severity_typo_is_an_error_at_the_value()
    {
        var error = SingleError(ValidRule.Replace("severity: warning", "severity: warnig"));

        Assert.Equal(ConfigurationErrorIds.InvalidValue, error.Id);
        Assert.Equal(new SourceLocation("rules/sample.yaml", 5, 11), error.Location);
        Assert.Contains("Did you mean 'warning'?", error.Message);
    }

    [Fact]
    public void Category_typo_is_an_error_at_the_value_with_the_nearest_category()
    {
        var error = SingleError(ValidRule.Replace("category: test", "category: boilerplat"));

        Assert.Equal("rules/sample.yaml:6:11: error CL0103: Unknown category 'boilerplat': a category of your own must not be this close to a built-in one (boilerplate, encoding, markup, structure). Did you mean 'boilerplate'?", error.ToString());
    }

    [Theory]
    [InlineData("encoding", "XX1001")]
    [InlineData("boilerplate", "XX3999")]
    [InlineData("house", "XX9001")]
    public void A_rule_id_in_its_category_range_or_in_a_category_of_its_own_loads(string category, string id)
    {
        var rule = RuleLoader.LoadText(ValidRule.Replace("category: test", $"category: {category}").Replace("XX1001", id), "rules/sample.yaml");

        Assert.Equal(category, rule.Descriptor.Category);
    }

    [Fact]
    public void A_rule_id_outside_its_category_range_is_an_error_at_the_id()
    {
        var error = SingleError(ValidRule.Replace("category: test", "category: boilerplate"));

        Assert.Equal("rules/sample.yaml:1:5: error CL0103: Rule id 'XX1001' is outside the boilerplate range CL3xxx: a boilerplate rule's number runs from 3000 to 3999.", error.ToString());
    }

    [Fact]
    public void Missing_required_key_is_an_error()
    {
        var error = SingleError(ValidRule.Replace("title: Sample\n", ""));

        Assert.Equal(ConfigurationErrorIds.MissingKey, error.Id);
        Assert.Equal("Missing required key 'title'.", error.Message);
    }

    [Fact]
    public void Invalid_regex_is_an_error_at_the_pattern()
    {
        var error = SingleError(ValidRule.Replace("kind: phrase\nphrases: [junk text]", "kind: pattern\npatterns:\n  - 'ok'\n  - '(unclosed'"));

        Assert.Equal(ConfigurationErrorIds.InvalidRegex, error.Id);
        Assert.Equal(new SourceLocation("rules/sample.yaml", 11, 5), error.Location);
        Assert.StartsWith("Invalid regular expression '(unclosed'", error.Message);
    }

    [Fact]
    public void Unknown_kind_is_an_error_naming_the_kinds()
    {
        var error = SingleError(ValidRule.Replace("kind: phrase", "kind: phrases"));

        Assert.Equal(ConfigurationErrorIds.UnknownKind, error.Id);
        Assert.Equal(new SourceLocation("rules/sample.yaml", 8, 7), error.Location);
        Assert.Contains("Did you mean 'phrase'?", error.Message);
    }

    [Fact]
    public void Duplicate_key_is_a_syntax_error()
    {
        var error = SingleError(ValidRule + "\nname: again\n");

        Assert.Equal(ConfigurationErrorIds.YamlSyntax, error.Id);
        Assert.Equal(10, error.Location.Line);
    }

    [Fact]
    public void Yaml_syntax_error_has_its_position()
    {
        var error = SingleError("id: XX1001\nname: [unclosed\n");

        Assert.Equal(ConfigurationErrorIds.YamlSyntax, error.Id);
        Assert.Equal("rules/sample.yaml", error.Location.Path);
    }

    [Fact]
    public void Fix_the_kind_cannot_offer_is_an_error()
    {
        var error = SingleError(ValidRule + "\nfix: delete-section\n");

        Assert.Equal(ConfigurationErrorIds.InvalidValue, error.Id);
        Assert.Equal("A phrase rule cannot offer 'fix: delete-section'; it offers delete-line, delete-match.", error.Message);
    }

    [Fact]
    public void Word_breaks_without_a_delete_match_fix_are_an_error_at_their_value()
    {
        var error = SingleError(ValidRule.Replace("kind: phrase\nphrases: [junk text]", "kind: pattern\npatterns: ['<br>']\nfix: delete-line\nword-breaks: ['^<br>']"));

        Assert.Equal(ConfigurationErrorIds.InvalidValue, error.Id);
        Assert.Equal("A pattern rule has 'word-breaks' only with 'fix: delete-match'.", error.Message);
        Assert.Equal(new SourceLocation("rules/sample.yaml", 11, 14), error.Location);
    }

    [Fact]
    public void A_word_a_list_holds_twice_is_an_error_at_the_second_naming_the_first()
    {
        var error = SingleError(ValidRule.Replace("phrases: [junk text]", "phrases: [junk text, more junk,\n  junk text]"));

        Assert.Equal("rules/sample.yaml:10:3: error CL0103: 'phrases' holds 'junk text' twice (first at 9:11); remove one.", error.ToString());
    }

    [Fact]
    public void A_word_a_named_vocabulary_holds_twice_is_an_error_but_the_same_word_in_two_vocabularies_is_not()
    {
        var rule = ValidRule.Replace("kind: phrase\nphrases: [junk text]", "kind: pattern\nvocabularies:\n  months: [march, mar.]\n  starts: [march, go]\npatterns: ['^{vocabulary:months} {vocabulary:starts}$']");
        Assert.NotNull(RuleLoader.LoadText(rule, "rules/sample.yaml"));

        var error = SingleError(rule.Replace("[march, go]", "[march, go, march]"));
        Assert.Equal(new SourceLocation("rules/sample.yaml", 11, 23), error.Location);
        Assert.Equal("'starts' holds 'march' twice (first at 11:12); remove one.", error.Message);
    }

    [Fact]
    public void Named_vocabularies_stand_in_their_patterns_and_a_missing_one_is_an_error_at_the_pattern()
    {
        var rule = ValidRule.Replace("kind: phrase\nphrases: [junk text]", "kind: pattern\nvocabularies:\n  months: [march, mar.]\npatterns: ['^{vocabulary:months} \\d+$']");
        var linter = new LinterBuilder().AddRule(RuleLoader.LoadText(rule, "rules/sample.yaml")).Build();

        Assert.Single(linter.Lint("Intro line here.\nmar. 12\n"));
        Assert.Empty(linter.Lint("Intro line here.\nmarx 12\n"));

        var error = SingleError(rule.Replace("{vocabulary:months}", "{vocabulary:days}"));
        Assert.Equal(ConfigurationErrorIds.InvalidValue, error.Id);
        Assert.Equal("The pattern uses {vocabulary:days}, but 'vocabularies' has no 'days' list.", error.Message);
        Assert.Equal(new SourceLocation("rules/sample.yaml", 11, 12), error.Location);
    }

    [Fact]
    public void Message_placeholder_the_kind_does_not_fill_is_an_error()
    {
        var error = SingleError(ValidRule.Replace("Found '{match}'", "Found '{title}'"));

        Assert.Equal("The message uses '{title}', which a phrase rule does not fill; it fills {match}.", error.Message);
    }

    [Fact]
    public void Invalid_example_without_markup_is_an_error_at_the_example()
    {
        var error = SingleError(ValidRule + "\nexamples:\n  invalid:\n    - junk text without a marker\n");

        Assert.Equal(ConfigurationErrorIds.InvalidExample, error.Id);
        Assert.Equal(new SourceLocation("rules/sample.yaml", 12, 7), error.Location);
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_at_once()
    {
        var exception = Assert.Throws<ConfigurationException>(() => RuleLoader.LoadText(
            ValidRule.Replace("severity: warning", "severity: loud") + "\ncolour: red\n",
            "rules/sample.yaml"));

        Assert.Equal([ConfigurationErrorIds.InvalidValue, ConfigurationErrorIds.UnknownKey], exception.Errors.Select(e => e.Id));
    }

    [Fact]
    public void Two_rules_with_the_same_id_are_refused_by_the_builder()
    {
        var first = RuleLoader.LoadText(ValidRule, "a.yaml");
        var second = RuleLoader.LoadText(ValidRule.Replace("sample-rule", "other-rule"), "b.yaml");

        var exception = Assert.Throws<ConfigurationException>(() => new LinterBuilder().AddRule(first).AddRule(second).Build());

        var error = Assert.Single(exception.Errors);
        Assert.Equal(ConfigurationErrorIds.DuplicateRule, error.Id);
        Assert.Equal("b.yaml:1:5: error CL0106: Rule id 'XX1001' is already used by a.yaml:1:5.", error.ToString());
    }

    [Fact]
    public void Two_rules_with_the_same_name_are_refused_at_their_name()
    {
        var first = RuleLoader.LoadText(ValidRule, "a.yaml");
        var second = RuleLoader.LoadText(ValidRule.Replace("XX1001", "XX1002"), "b.yaml");

        var exception = Assert.Throws<ConfigurationException>(() => new LinterBuilder().AddRule(first).AddRule(second).Build());

        Assert.Equal("b.yaml:2:7: error CL0106: Rule name 'sample-rule' is already used by a.yaml:2:7.", Assert.Single(exception.Errors).ToString());
    }
}
