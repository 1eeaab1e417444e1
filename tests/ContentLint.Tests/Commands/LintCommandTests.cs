using System.Text.Json;
using System.Text.RegularExpressions;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Commands;

public sealed partial class LintCommandTests
{
    private const string SeedArticle = "seeds/000_da2ecfbc249d304b.txt";

    [Fact]
    public void Seed_article_gives_exactly_the_nine_planted_findings_and_exit_code_1()
    {
        var run = CliRunner.RunInRepository("lint", SeedArticle);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.Split('\n').Select(l => CanonicalLine().Match(l)).Where(m => m.Success)
            .Select(m => (Line: int.Parse(m.Groups["line"].Value), Name: m.Groups["name"].Value)).ToList();
        Assert.Equal(
            [
                (3, "duplicate-headline"), (9, "glued-link-text"), (21, "navigation-label"), (27, "read-more-teaser"),
                (29, "related-content-widget"), (31, "author-box"), (33, "generated-bio"), (35, "comment-form-heading"),
                (37, "comment-form-notice"),
            ],
            lines);
    }

    [Fact]
    public void Lint_is_the_default_command()
    {
        var withCommand = CliRunner.RunInRepository("lint", SeedArticle);
        var without = CliRunner.RunInRepository(SeedArticle);

        Assert.Equal(withCommand, without);
        Assert.Equal(withCommand, CliRunner.RunInRepository("--format", "text", SeedArticle));
    }

    [Fact]
    public void Sarif_output_file_holds_the_findings_with_repo_relative_uris_and_rule_metadata()
    {
        using var temp = new TempFolder();
        var sarifPath = Path.Combine(temp.Path, "out", "report.sarif");

        var run = CliRunner.RunInRepository("lint", SeedArticle, "--format", "sarif", "--output", sarifPath);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        using var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var sarifRun = root.GetProperty("runs")[0];
        var rules = sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "CL4001"
            && r.GetProperty("name").GetString() == "duplicate-headline"
            && r.GetProperty("shortDescription").GetProperty("text").GetString() == "Headline repeated in the body"
            && r.GetProperty("helpUri").GetString()!.StartsWith("https://", StringComparison.Ordinal)
            && r.GetProperty("defaultConfiguration").GetProperty("level").GetString() == "error");
        var results = sarifRun.GetProperty("results").EnumerateArray().ToList();
        Assert.All(results, r => Assert.Equal(SeedArticle, r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()));
        var startLines = results.Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32()).Distinct();
        Assert.Equal([3, 9, 21, 27, 29, 31, 33, 35, 37], startLines);
        Assert.All(results, r => Assert.Equal(rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString(), r.GetProperty("ruleId").GetString()));
    }

    [Fact]
    public void Clean_article_exits_0()
    {
        var run = CliRunner.RunInRepository("lint", "seeds/en-river-restoration.txt");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("No problems in 1 file." + Environment.NewLine, run.Output);
    }

    [Fact]
    public void Warnings_fail_the_run_only_when_the_fail_level_says_so()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", "Headline\n\nA sentence of the article.\n\nPopulair\n");

        Assert.Equal(0, CliRunner.Run(temp.Path, "a.txt").ExitCode);
        Assert.Equal(1, CliRunner.Run(temp.Path, "a.txt", "--fail-level", "warning").ExitCode);
    }

    [Fact]
    public void Invalid_rule_file_exits_2_with_its_position()
    {
        using var temp = new TempFolder();
        temp.Write("my-rules/bad.yaml", "id: MY1001\nname: bad\ntitle: t\nmessage: m\nseverity: eror\ncategory: c\ndescription: d\nkind: phrase\nphrases: [x]\n");
        temp.Write("a.txt", "Title\n\nText.\n");

        var run = CliRunner.Run(temp.Path, "a.txt", "--rules", "my-rules");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("my-rules/bad.yaml:5:11: error CL0103: 'severity' must be one of", run.Error);
    }

    [Fact]
    public void A_rule_folder_adds_its_rules_to_the_built_in_ones()
    {
        using var temp = new TempFolder();
        temp.Write("my-rules/MY1001-sponsored.yaml", "id: MY1001\nname: sponsored\ntitle: Sponsored\nmessage: \"Sponsored label '{match}'\"\nseverity: error\ncategory: house\ndescription: House style.\nkind: phrase\nmatch: whole-line\nphrases: [Gesponsord]\n");
        temp.Write("a.txt", "Title\n\nText.\n\nGesponsord\n");

        var run = CliRunner.Run(temp.Path, "a.txt", "--rules", "my-rules", "--no-builtin");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("a.txt(5,1,5,11): error MY1001: Sponsored label 'Gesponsord' [sponsored]", run.Output);
    }

    [Fact]
    public void Missing_path_exits_2()
    {
        var run = CliRunner.RunInRepository("lint", "seeds/no-such-article.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file or folder: seeds/no-such-article.txt", run.Error);
    }

    [Fact]
    public void Unknown_option_or_format_exits_2()
    {
        Assert.Equal(2, CliRunner.RunInRepository("lint", "seeds", "--format", "xml").ExitCode);
        Assert.Equal(2, CliRunner.RunInRepository("lint", "seeds", "--colour").ExitCode);
    }

    [Fact]
    public void Globs_and_folders_find_articles()
    {
        var glob = CliRunner.RunInRepository("lint", "seeds/*.md");
        var folder = CliRunner.RunInRepository("lint", "seeds");

        Assert.EndsWith("in 1 of 2 files." + Environment.NewLine, glob.Output);
        Assert.Contains("seeds/en-library-hours.md(", glob.Output);
        Assert.Contains(" of 17 files.", folder.Output);
    }

    [GeneratedRegex(@"^seeds/000_da2ecfbc249d304b\.txt\((?<line>\d+),\d+,\d+,\d+\): \w+ CL\d+: .* \[(?<name>[a-z-]+)\](?: \((?:safe|unsafe) fix\))?\r?$")]
    private static partial Regex CanonicalLine();
}

/// <summary>Every kind of mistake in a user's rule pack stops the run with exit code 2 and file:line:col.</summary>
public sealed class RulePackErrorTests
{
    private const string Valid = "id: MY3001\nname: my-rule\ntitle: t\nmessage: m\nseverity: error\ncategory: house\ndescription: d\nkind: phrase\nphrases: [x]\n";

    [Theory]
    [InlineData("unknown-key", Valid + "phrase: [y]\n", "my-rules/MY3001-my-rule.yaml:10:1: error CL0101: Unknown key 'phrase' in a phrase rule. Did you mean 'phrases'?")]
    [InlineData("unknown-kind", "id: MY3001\nname: my-rule\ntitle: t\nmessage: m\nseverity: error\ncategory: house\ndescription: d\nkind: phrasal\nphrases: [x]\n", "my-rules/MY3001-my-rule.yaml:8:7: error CL0105: Unknown rule kind 'phrasal'; the kinds are phrase, pattern, substitution, duplicate-headline, repetition, section, fragments, language-mismatch, page-shape, shared-line, duplicate-document, metric. Did you mean 'phrase'?")]
    [InlineData("invalid-regex", "id: MY3001\nname: my-rule\ntitle: t\nmessage: m\nseverity: error\ncategory: house\ndescription: d\nkind: pattern\npatterns: ['[unclosed']\n", "my-rules/MY3001-my-rule.yaml:9:12: error CL0104: Invalid regular expression '[unclosed': Invalid pattern '[unclosed' at offset 9. Unterminated [] set.")]
    [InlineData("severity-typo", "id: MY3001\nname: my-rule\ntitle: t\nmessage: m\nseverity: warn\ncategory: house\ndescription: d\nkind: phrase\nphrases: [x]\n", "my-rules/MY3001-my-rule.yaml:5:11: error CL0103: 'severity' must be one of 'error', 'warning', 'info', 'hidden'; found 'warn'. Did you mean 'warning'?")]
    [InlineData("category-typo", "id: MY3001\nname: my-rule\ntitle: t\nmessage: m\nseverity: error\ncategory: boilerplat\ndescription: d\nkind: phrase\nphrases: [x]\n", "my-rules/MY3001-my-rule.yaml:6:11: error CL0103: Unknown category 'boilerplat': a category of your own must not be this close to a built-in one (boilerplate, encoding, markup, structure). Did you mean 'boilerplate'?")]
    [InlineData("duplicate-id", "id: CL3001\nname: my-rule\ntitle: t\nmessage: m\nseverity: error\ncategory: house\ndescription: d\nkind: phrase\nphrases: [x]\n", "my-rules/MY3001-my-rule.yaml:1:5: error CL0106: Rule id 'CL3001' is already used by builtin:rules/boilerplate/CL3001-navigation-label.yaml:2:5.")]
    public void Rule_pack_error_exits_2_with_its_position(string what, string rule, string expected)
    {
        using var temp = new TempFolder();
        temp.Write("my-rules/MY3001-my-rule.yaml", rule);
        temp.Write("a.txt", "Title\n\nText.\n");

        var run = CliRunner.Run(temp.Path, "a.txt", "--rules", "my-rules");

        Assert.True(run.ExitCode == 2, what);
        Assert.Equal(expected, run.Error.Split(Environment.NewLine)[0]);
    }
}

/// <summary>Finding messages read as English whatever the languages they name.</summary>
public sealed class FindingMessageTests
{
    [Fact]
    public void A_line_in_another_language_is_named_without_a_wrong_article()
    {
        using var temp = new TempFolder();
        temp.Write("council.md", "---\ntitle: Council budget\nlang: en\n---\n\nThe council agreed the budget for next year after a long debate.\n\nThe vote was close.\n\nWir haben die Stadt und den Fluss gesehen\n");

        var run = CliRunner.Run(temp.Path, "council.md");

        Assert.Contains("council.md(10,1,10,42): info CL4004: Line in German in an article in English [language-mismatch]", run.Output);
    }
}
