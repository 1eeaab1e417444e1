using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Configuration;

/// <summary>.contentlint.yaml over real folders, driven through the command line as users drive it.</summary>
public sealed class ConfigurationTests
{
    private const string JunkArticle = "Headline of the day\n\nA sentence of the article body.\n\nPopulair\n\nAnother sentence of the body.\n";

    private static string[] Findings(CliRun run) =>
        [.. run.Output.Split('\n').Where(l => l.Contains("): ", StringComparison.Ordinal)).Select(l => l.TrimEnd('\r'))];

    [Fact]
    public void A_sub_folder_config_turns_a_rule_off_there_while_the_root_config_raises_it_to_error_elsewhere()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\nrules:\n  navigation-label: error\n");
        temp.Write("news/a.txt", JunkArticle);
        temp.Write("archive/.contentlint.yaml", "rules:\n  CL3001: off\n");
        temp.Write("archive/b.txt", JunkArticle);

        var run = CliRunner.Run(temp.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["news/a.txt(5,1,5,9): error CL3001: Navigation label 'Populair' on its own line [navigation-label] (safe fix)"], Findings(run));
    }

    [Fact]
    public void Root_true_stops_the_search_for_configuration_above()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "rules:\n  navigation-label: off\n");
        temp.Write("site/.contentlint.yaml", "root: true\n");
        temp.Write("site/a.txt", JunkArticle);
        temp.Write("other/b.txt", JunkArticle);

        var run = CliRunner.Run(temp.Path, "site", "other");

        Assert.Equal(["site/a.txt(5,1,5,9): warning CL3001: Navigation label 'Populair' on its own line [navigation-label] (safe fix)"], Findings(run));
    }

    [Fact]
    public void Overrides_apply_to_their_globs_and_later_entries_win()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", """
            root: true
            overrides:
              - files: ["**/*.txt"]
                rules: { navigation-label: error }
              - files: ["drafts/**"]
                rules: { navigation-label: off }
            """);
        temp.Write("a.txt", JunkArticle);
        temp.Write("drafts/b.txt", JunkArticle);

        var run = CliRunner.Run(temp.Path);

        Assert.Equal(["a.txt(5,1,5,9): error CL3001: Navigation label 'Populair' on its own line [navigation-label] (safe fix)"], Findings(run));
    }

    [Fact]
    public void A_category_setting_yields_to_a_setting_of_one_rule()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\nrules:\n  navigation-label: info\n  category:boilerplate: error\n");
        temp.Write("a.txt", JunkArticle + "\nLees ook: Een ander artikel over iets heel anders\n");

        var run = CliRunner.Run(temp.Path, "a.txt");

        Assert.Equal(
            [
                "a.txt(5,1,5,9): info CL3001: Navigation label 'Populair' on its own line [navigation-label] (safe fix)",
                "a.txt(9,1,9,50): error CL3002: Teaser for another article: 'Lees ook: Een ander artikel over iets heel anders' [read-more-teaser] (safe fix)",
            ],
            Findings(run));
    }

    [Fact]
    public void Rule_options_from_configuration_change_what_the_rule_finds()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\nrules:\n  navigation-label:\n    severity: error\n    phrases: [Partnerbijdrage]\n");
        temp.Write("a.txt", JunkArticle + "\nPartnerbijdrage\n");

        var run = CliRunner.Run(temp.Path, "a.txt");

        Assert.Equal(["a.txt(9,1,9,16): error CL3001: Navigation label 'Partnerbijdrage' on its own line [navigation-label] (safe fix)"], Findings(run));
    }

    [Fact]
    public void Include_globs_choose_the_files_when_no_path_is_given_and_exclude_skips_files_even_when_named_saying_so()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\ninclude: [\"content/**/*.md\"]\nexclude: [\"content/drafts/**\"]\n");
        temp.Write("content/a.md", JunkArticle);
        temp.Write("content/drafts/b.md", JunkArticle);
        temp.Write("notes.txt", JunkArticle);

        var byInclude = CliRunner.Run(temp.Path);
        var named = CliRunner.Run(temp.Path, "content/drafts/b.md");

        Assert.Equal(["content/a.md(5,1,5,9): warning CL3001: Navigation label 'Populair' on its own line [navigation-label] (safe fix)"], Findings(byInclude));
        Assert.Equal(
            [
                "content/drafts/b.md(1,1,1,1): info CL0012: File skipped: excluded by 'content/drafts/**' in .contentlint.yaml [ignored-file]",
                "1 problem (1 info) in 1 of 1 file.",
            ],
            named.Output.TrimEnd().Split(Environment.NewLine));
        Assert.Equal(0, named.ExitCode);
    }

    [Fact]
    public void An_explicit_config_file_is_used_for_every_file()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\nrules:\n  navigation-label: off\n");
        temp.Write("strict.yaml", "rules:\n  navigation-label: error\n");
        temp.Write("a.txt", JunkArticle);

        var run = CliRunner.Run(temp.Path, "a.txt", "--config", "strict.yaml");

        Assert.Equal(1, run.ExitCode);
        Assert.Single(Findings(run));
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("fix")]
    [InlineData("baseline")]
    [InlineData("rules")]
    public void A_config_file_that_does_not_exist_exits_2_naming_it(string command)
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", JunkArticle);

        var run = CliRunner.Run(temp.Path, command, "--config", "missing.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("missing.yaml:1:1: error CL0107: The configuration file does not exist.", run.Error.Trim());
        Assert.False(File.Exists(Path.Combine(temp.Path, ".contentlint-baseline.json")));
    }

    [Fact]
    public void Languages_keep_rules_for_other_languages_from_running()
    {
        using var temp = new TempFolder();
        temp.Write("rules/XX3001-dutch-sponsor.yaml", "id: XX3001\nname: dutch-sponsor\ntitle: t\nmessage: m\nseverity: error\ncategory: house\ndescription: d\nlanguages: [nl]\nkind: phrase\nphrases: [gesponsord]\n");
        temp.Write(".contentlint.yaml", "root: true\nextends: [builtin:recommended, ./rules]\nlanguages: [en]\n");
        temp.Write("a.txt", "Title\n\nThis part is gesponsord by nobody.\n");

        temp.Write("any-language.yaml", "extends: [builtin:recommended, ./rules]\n");

        Assert.Equal(0, CliRunner.Run(temp.Path, "a.txt").ExitCode);
        Assert.Equal(1, CliRunner.Run(temp.Path, "a.txt", "--config", "any-language.yaml").ExitCode);
    }

    [Fact]
    public void Builtin_all_turns_on_rules_that_are_off_by_default()
    {
        using var temp = new TempFolder();
        temp.Write("rules/XX3002-quiet.yaml", "id: XX3002\nname: quiet\ntitle: t\nmessage: m\nseverity: error\ncategory: house\ndescription: d\nenabled: false\nkind: phrase\nphrases: [quiet]\n");
        temp.Write("a.txt", "Title\n\nA quiet sentence.\n");

        Assert.Equal(0, CliRunner.Run(temp.Path, "a.txt", "--rules", "rules").ExitCode);
        temp.Write(".contentlint.yaml", "root: true\nrules:\n  quiet: error\n");
        Assert.Equal(1, CliRunner.Run(temp.Path, "a.txt", "--rules", "rules").ExitCode);
    }

    [Theory]
    [InlineData("rules:\n  CL9999: error\n", ".contentlint.yaml:3:3: error CL0109: No rule has the id or name 'CL9999'.")]
    [InlineData("rules:\n  navigation-labels: error\n", ".contentlint.yaml:3:3: error CL0109: No rule has the id or name 'navigation-labels'. Did you mean 'navigation-label'?")]
    [InlineData("rules:\n  category:boilerplat: off\n", ".contentlint.yaml:3:3: error CL0109: No rule has the category 'category:boilerplat'. Did you mean 'category:boilerplate'?")]
    [InlineData("rules:\n  CL3001: eror\n", ".contentlint.yaml:3:11: error CL0103: A rule setting must be one of 'error', 'warning', 'info', 'hidden', 'off' or a mapping of options; found 'eror'. Did you mean 'error'?")]
    [InlineData("rulez:\n  CL3001: error\n", ".contentlint.yaml:2:1: error CL0101: Unknown key 'rulez' in a configuration file. Did you mean 'rules'?")]
    [InlineData("extends: [builtin:recomended]\n", ".contentlint.yaml:2:11: error CL0103: Unknown built-in pack 'builtin:recomended'; the packs are 'builtin:recommended' and 'builtin:all'. Did you mean 'builtin:recommended'?")]
    [InlineData("rules:\n  CL3001:\n    message: other\n", ".contentlint.yaml:4:5: error CL0101: Configuration cannot set 'message' of rule CL3001; it can set scope, max-length, max-findings, exceptions, languages, phrases, match, report, report-max-length, patterns, vocabulary, vocabularies, triggers, pattern-max-length, severity.")]
    [InlineData("rules:\n  CL4001:\n    similarity: 2\n", ".contentlint.yaml:4:17: error CL0103: 'similarity' must be a number from 0.5 to 1.")]
    [InlineData("rules:\n  CL3002:\n    exceptions: ['(unclosed']\n", ".contentlint.yaml:4:18: error CL0104: Invalid regular expression '(unclosed': Invalid pattern '(unclosed' at offset 9. Not enough )'s.")]
    // Overrides for files this run does not lint are checked all the same.
    [InlineData("overrides:\n  - files: ['drafts/**']\n    rules: {navigation-lable: off}\n", ".contentlint.yaml:4:13: error CL0109: No rule has the id or name 'navigation-lable'. Did you mean 'navigation-label'?")]
    [InlineData("overrides:\n  - files: ['drafts/**']\n    rules:\n      CL4001: {similarity: 2}\n", ".contentlint.yaml:5:28: error CL0103: 'similarity' must be a number from 0.5 to 1.")]
    // A misspelt key is one error naming the key it meant, not a second one about the missing key.
    [InlineData("overrides:\n  - files: ['*.md']\n    rulse: {CL3001: off}\n", ".contentlint.yaml:4:5: error CL0101: Unknown key 'rulse' in an override. Did you mean 'rules'?")]
    [InlineData("overrides:\n  - filse: ['*.md']\n    rules: {CL3001: off}\n", ".contentlint.yaml:3:5: error CL0101: Unknown key 'filse' in an override. Did you mean 'files'?")]
    public void Configuration_errors_exit_2_with_file_line_and_column_one_error_per_mistake(string config, string expectedError)
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\n" + config);
        temp.Write("a.txt", JunkArticle);

        var run = CliRunner.Run(temp.Path, "a.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([expectedError], run.Error.Split(Environment.NewLine).Where(line => line.Contains(": error CL", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_jsonl_mapping_names_the_fields_of_records_and_the_nearest_configuration_wins()
    {
        using var temp = new TempFolder();
        var record = "{\"meta\": {\"url\": \"https://example.org/a\"}, \"headline\": \"Bridge opens\", \"body\": \"Bridge opens\\n\\nThe bridge opened today.\\n\\n## You May Also Like\"}\n";
        temp.Write(".contentlint.yaml", "root: true\njsonl:\n  text: body\n  title: headline\n  id: meta.url\n  format: markdown\n");
        temp.Write("corpus.jsonl", record);
        temp.Write("plain/.contentlint.yaml", "jsonl:\n  text: content\n");
        temp.Write("plain/corpus.jsonl", record);

        var mapped = CliRunner.Run(temp.Path, "corpus.jsonl");
        var nearer = CliRunner.Run(temp.Path, "plain/corpus.jsonl");

        Assert.Equal(
            [
                "corpus.jsonl(1): error CL4001: Headline repeated as a body line [duplicate-headline] in record 'https://example.org/a' at body(1,1,1,13) (safe fix)",
                "corpus.jsonl(1): error CL3003: Related-content widget heading '## You May Also Like' [related-content-widget] in record 'https://example.org/a' at body(5,1,5,21) (safe fix)",
            ],
            mapped.Output.Split(Environment.NewLine).Where(l => l.StartsWith("corpus.jsonl", StringComparison.Ordinal)));
        Assert.Contains("error CL0005", nearer.Output);
        Assert.Contains("'content'", nearer.Output);
    }

    [Fact]
    public void An_unknown_key_in_the_jsonl_mapping_is_an_error_with_its_position()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\njsonl:\n  txt: body\n");
        temp.Write("a.jsonl", "{\"text\": \"Title\"}\n");

        var run = CliRunner.Run(temp.Path, "a.jsonl");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(".contentlint.yaml:3:3: error CL0101: Unknown key 'txt' in the jsonl mapping. Did you mean 'text'?", run.Error);
    }

    [Fact]
    public void Init_writes_a_starter_config_that_loads_and_lints()
    {
        using var temp = new TempFolder();
        temp.Write("a.md", JunkArticle);

        var init = CliRunner.Run(temp.Path, "init");
        var again = CliRunner.Run(temp.Path, "init");
        var lint = CliRunner.Run(temp.Path);

        Assert.Equal(0, init.ExitCode);
        Assert.True(File.Exists(Path.Combine(temp.Path, ".contentlint.yaml")));
        Assert.Equal(2, again.ExitCode);
        Assert.Equal(["a.md(5,1,5,9): warning CL3001: Navigation label 'Populair' on its own line [navigation-label] (safe fix)"], Findings(lint));
    }
}
