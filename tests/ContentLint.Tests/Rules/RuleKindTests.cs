using ContentLint.Configuration;
using ContentLint.Documents;
using ContentLint.Rules;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Rules;

/// <summary>Kind options and scopes that the built-in rules' examples do not exercise.</summary>
public sealed class RuleKindTests
{
    private static Linter LinterFor(string kindAndOptions, string message = "Found '{match}'") =>
        new LinterBuilder().AddRule(RuleLoader.LoadText(
            $"id: XX1001\nname: under-test\ntitle: t\nmessage: \"{message}\"\nseverity: warning\ncategory: test\ndescription: d\n{kindAndOptions}\n",
            "under-test.yaml")).Build();

    private static List<string> Messages(Linter linter, string text, DocumentOptions? options = null) =>
        [.. linter.Lint(text, options).Select(d => $"{d.Location.Start.Line}: {d.Message}")];

    [Fact]
    public void Title_scope_looks_only_at_the_title()
    {
        var linter = LinterFor("kind: pattern\nscope: title\npatterns: ['\\|[\\w\\s]+$']");

        Assert.Equal(["1: Found '| Daily Herald'"], Messages(linter, "Storm closes schools | Daily Herald\n\nStorm closes schools | across the region.\n"));
    }

    [Fact]
    public void Title_scope_finds_a_front_matter_title_at_its_value()
    {
        var linter = LinterFor("kind: phrase\nscope: title\nphrases: [Daily Herald]");

        var finding = Assert.Single(linter.Lint("---\ntitle: Storm | Daily Herald\n---\nBody.\n", new DocumentOptions { Path = "a.md" }));
        Assert.Equal((2, 16), (finding.Location.Start.Line, finding.Location.Start.Column));
    }

    [Fact]
    public void Paragraph_scope_matches_a_whole_paragraph()
    {
        var linter = LinterFor("kind: phrase\nscope: paragraph\nmatch: whole-line\nphrases: ['Share this: Facebook Twitter Email']");

        Assert.Equal(["3: Found 'Share this: Facebook Twitter Email'"], Messages(linter, "Title\n\nShare this:\nFacebook\nTwitter\nEmail\n\nBody text.\n"));
    }

    [Fact]
    public void First_and_last_lines_scopes_limit_where_a_rule_looks()
    {
        var first = LinterFor("kind: phrase\nscope: {first-lines: 1}\nmatch: whole-line\nphrases: [Advertisement]");
        var last = LinterFor("kind: phrase\nscope: {last-lines: 1}\nmatch: whole-line\nphrases: [Advertisement]");
        const string Text = "Title\n\nAdvertisement\n\nBody.\n\nAdvertisement\n\nEnd.\n";

        Assert.Equal(["3: Found 'Advertisement'"], Messages(first, Text));
        Assert.Empty(Messages(last, Text));
        Assert.Equal(["5: Found 'Advertisement'"], Messages(last, "Title\n\nBody.\n\nAdvertisement\n"));
    }

    [Fact]
    public void A_scope_the_kind_does_not_support_is_an_error()
    {
        var error = Assert.Throws<ConfigurationException>(() => LinterFor("kind: section\nscope: paragraph\nmarkers: [Comments]")).Errors.Single();

        Assert.Equal("A section rule cannot have 'scope: paragraph'; it works on line, first-lines, last-lines.", error.Message);
        Assert.Equal(9, error.Location.Line);
    }

    [Theory]
    [InlineData("", "Comment thread of 2 lines")]
    [InlineData("\nmax-gap: 2", "Comment thread of 8 lines")]
    public void A_section_with_a_gap_takes_in_the_lines_a_line_with_evidence_closes(string gap, string message)
    {
        var linter = LinterFor($"kind: section\npatterns: ['^\\d+ comments$']\neach-line: ['^\\w+ says:$', '^Reply$']{gap}", "Comment thread of {lines} lines");
        const string Text = "Title\n\nThe council will vote on the plan next month.\n2 comments\nAnn says:\nGreat article, thanks for writing it.\nReply\nBob says:\nI disagree with most of it.\nThe numbers are wrong.\nReply\nThe council meets again in May.\n";

        var finding = Assert.Single(linter.Lint(Text));

        Assert.Equal(message, finding.Message);
        Assert.EndsWith(gap.Length == 0 ? "Ann says:" : "The numbers are wrong.\nReply", Text[finding.Span.Start..finding.Span.End], StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_gap_is_taken_in_only_when_a_closing_line_ends_it_which_shows_evidence_itself()
    {
        var linter = LinterFor("kind: section\npatterns: ['^\\d+ comments$']\neach-line: ['^\\w+ says:$', '^\\d+ May$']\nmax-gap: 1\ngap-closers: ['^Reply$']\nmax-closed-gap: 3", "Comment thread of {lines} lines");
        const string Thread = "2 comments\nAnn says:\nGreat article.\nThe numbers are right.\nThanks for writing it.\nReply\n";
        const string Article = "Title\n\nThe council will vote on the plan next month.\n";

        var closed = Assert.Single(linter.Lint(Article + Thread + "The council meets again in May.\n"));
        var unclosed = Assert.Single(linter.Lint(Article + "2 comments\nAnn says:\nGreat article.\nThe council meets on Monday.\nIt will vote then.\n12 May\n"));

        Assert.Equal("Comment thread of 6 lines", closed.Message);
        Assert.Equal("Comment thread of 2 lines", unclosed.Message);
    }

    [Fact]
    public void Gap_closers_need_their_longest_gap_and_lines_with_evidence()
    {
        var error = Assert.Throws<ConfigurationException>(() => LinterFor("kind: section\nmarkers: [Comments]\neach-line: ['^Reply$']\ngap-closers: ['^Reply$']")).Errors.Single();

        Assert.Equal("'gap-closers' and 'max-closed-gap' go together, with 'each-line'.", error.Message);
    }

    [Fact]
    public void A_section_gap_needs_lines_with_evidence()
    {
        var error = Assert.Throws<ConfigurationException>(() => LinterFor("kind: section\nmarkers: [Comments]\nmax-gap: 2")).Errors.Single();

        Assert.Equal("'max-gap' needs 'each-line': the lines with evidence that close each gap.", error.Message);
    }

    [Fact]
    public void Regex_substitution_fills_groups_into_the_replacement_and_offers_it_as_a_fix()
    {
        var linter = LinterFor("kind: substitution\nregex: true\nswaps:\n  '&#(\\d+);': '[$1]'\n  '&amp;': '&'", "'{match}' should be '{replacement}'");

        var findings = linter.Lint("Fish &amp; chips &#38; more", new DocumentOptions { FirstLineIsTitle = false });

        Assert.Equal(["'&amp;' should be '&'", "'&#38;' should be '[38]'"], findings.Select(f => f.Message));
        Assert.Equal("[38]", findings[1].Fix!.Edits.Single().NewText);
    }

    [Fact]
    public void Regex_substitution_fills_named_groups_into_the_message()
    {
        var linter = LinterFor("kind: substitution\nregex: true\nswaps:\n  '&#(?<code>\\d+);': '[${code}]'", "Entity number {code} becomes '{replacement}'");

        var finding = Assert.Single(linter.Lint("Fish &#38; chips", new DocumentOptions { FirstLineIsTitle = false }));

        Assert.Equal("Entity number 38 becomes '[38]'", finding.Message);
    }

    [Fact]
    public void Literal_substitution_prefers_the_longest_key_and_never_overlaps()
    {
        var linter = LinterFor("kind: substitution\nswaps:\n  'Ã': 'X'\n  'Ã©': 'é'", "{replacement}");

        Assert.Equal(["é", "X"], linter.Lint("cafÃ© Ã", new DocumentOptions { FirstLineIsTitle = false }).Select(f => f.Message));
    }

    [Fact]
    public void Repetition_of_paragraphs_reports_each_repeat_with_the_first_line()
    {
        var linter = LinterFor("kind: repetition\nscope: paragraph\nmin-length: 10", "Repeats line {first}");

        Assert.Equal(["8: Repeats line 3"], Messages(linter, "Title\n\nSign up for our newsletter\nevery Friday.\n\nBody.\n\nSign up for our newsletter\nevery Friday.\n"));
    }

    [Theory]
    [InlineData("measure: word-count\nmin: 5", "Title\n\nToo short here.\n", "3: word-count 3")]
    [InlineData("measure: unpunctuated-line-share\nmax: 0.5", "Title\n\nHome\nNews\nSport\nA real sentence.\n", "3: unpunctuated-line-share 0.75")]
    [InlineData("measure: non-letter-share\nmax: 0.3", "Title\n\nTickets: 12:30 | 14:45 | 19:00\n", "3: non-letter-share 0.72")]
    [InlineData("measure: mean-line-length\nmin: 20", "Title\n\nHome\nNews\n", "3: mean-line-length 4")]
    public void Metrics_report_units_outside_their_thresholds(string options, string text, string expected)
    {
        var linter = LinterFor("kind: metric\n" + options, "{measure} {value}");

        Assert.Equal([expected], Messages(linter, text));
    }

    [Fact]
    public void A_metric_needs_a_threshold()
    {
        var error = Assert.Throws<ConfigurationException>(() => LinterFor("kind: metric\nmeasure: word-count")).Errors.Single();

        Assert.Equal("A metric rule needs 'min', 'max' or both.", error.Message);
    }

    [Fact]
    public void Pattern_replacement_becomes_a_replace_fix_and_named_groups_fill_the_message()
    {
        var linter = LinterFor("kind: pattern\npatterns: ['(?<word>\\w+)\\u00AD(?<rest>\\w+)']\nreplacement: '${word}${rest}'\nfix: replace", "Soft hyphen in '{word}…{rest}'");

        var finding = Assert.Single(linter.Lint("a long ex\u00ADample", new DocumentOptions { FirstLineIsTitle = false }));

        Assert.Equal("Soft hyphen in 'ex…ample'", finding.Message);
        Assert.Equal("example", finding.Fix!.Edits.Single().NewText);
    }

    [Fact]
    public void Pattern_trigger_characters_skip_a_document_that_holds_none_of_them()
    {
        // The pattern could match either text: the characters alone decide which document it runs on.
        var linter = LinterFor("kind: pattern\npatterns: ['Sale']\ntrigger-characters: '€£¥'");

        Assert.Empty(linter.Lint("Title\n\nSale today only.\n"));
        Assert.Single(linter.Lint("Title\n\nSale today only: 5 €.\n"));
    }

    [Theory]
    [InlineData("trigger-characters: 'я-а'", "'trigger-characters': the range 'я-а' ends before it starts.")]
    [InlineData("trigger-characters: ''", "'trigger-characters' must hold at least one character.")]
    public void Pattern_trigger_characters_must_name_characters(string option, string message)
    {
        var error = Assert.Throws<ConfigurationException>(() => LinterFor("kind: pattern\npatterns: ['x']\n" + option)).Errors.Single();

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Pattern_prefilters_skip_a_line_where_none_finds_anything()
    {
        // The pattern could match on both lines: the prefilter alone decides where it runs.
        var linter = LinterFor("kind: pattern\nvocabulary: [Sale, Offer]\npatterns: ['\\b\\w*{vocabulary}']\nprefilters: ['(?<=\\p{Ll}){vocabulary}']");

        var finding = Assert.Single(linter.Lint("Title\n\nSale today only.\n\nThe summerSale ends today.\n"));

        Assert.Equal("Found 'summerSale'", finding.Message);
    }

    [Fact]
    public void A_bad_prefilter_is_reported_at_its_line()
    {
        var error = Assert.Throws<ConfigurationException>(() => LinterFor("kind: pattern\npatterns: ['x']\nprefilters: ['(x']")).Errors.Single();

        Assert.StartsWith("Invalid regular expression '(x'", error.Message);
        Assert.Equal((10, 14), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Phrase_patterns_find_a_family_of_wordings_as_the_whole_short_line()
    {
        var linter = LinterFor("kind: phrase\nreport: line\nphrases: [Follow us on Twitter]\ntriggers: [folg]\nvocabularies: {follow-us: [folgt uns, folge uns]}\npatterns: ['^\\W*{vocabulary:follow-us}\\W*$']");

        Assert.Equal(
            ["3: Found 'Folgt uns!'", "7: Found 'Follow us on Twitter'", "9: Found 'FOLGE UNS'"],
            Messages(linter, "Title\n\nFolgt uns!\n\nDie Polizei folgt uns seit Tagen.\n\nFollow us on Twitter and Facebook.\n\nFOLGE UNS\n"));
    }

    [Fact]
    public void Phrase_patterns_run_only_on_short_lines_that_hold_a_trigger()
    {
        var linter = LinterFor("kind: phrase\nphrases: [Abonnieren Sie unseren Newsletter]\ntriggers: [instagram]\npattern-max-length: 40\npatterns: ['^Folgt uns\\b.*']");
        var longLine = "Folgt uns auf Instagram, wo wir jeden Tag neue Bilder aus der Stadt zeigen.";

        Assert.Equal(["5: Found 'Folgt uns auf Instagram'"], Messages(linter, $"Title\n\nFolgt uns!\n\nFolgt uns auf Instagram\n\n{longLine}\n"));
    }

    [Fact]
    public void Phrase_patterns_without_triggers_run_on_the_units_that_hold_a_literal_read_from_them()
    {
        var linter = LinterFor("kind: phrase\nphrases: [Abonnieren Sie unseren Newsletter]\npatterns: ['^(?:Folgt|Folge) (?:uns|mir)\\b.*']");

        Assert.Equal(["3: Found 'Folgt uns auf Instagram'", "5: Found 'Folge mir'"], Messages(linter, "Title\n\nFolgt uns auf Instagram\n\nFolge mir\n\nWir folgen uns\n"));
    }

    [Theory]
    [InlineData("phrases: [x]\ntriggers: [folg]\npatterns: ['Folgt uns']", "starts with '^'", 11, 12)]
    [InlineData("phrases: [x]\npatterns: ['^Folgt uns', '^\\w+$']", "give the rule 'triggers'", 10, 26)]
    [InlineData("phrases: [x]\ntriggers: [folg]", "applies only to a phrase rule with 'patterns'", 10, 11)]
    [InlineData("phrases: [x]\npattern-max-length: 80", "applies only to a phrase rule with 'patterns'", 10, 21)]
    public void Phrase_patterns_are_checked_where_they_are_written(string options, string message, int line, int column)
    {
        var error = Assert.Throws<ConfigurationException>(() => LinterFor($"kind: phrase\n{options}")).Errors.Single();

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
    }

    [Theory]
    [InlineData("kind: phrase\nphrases: [Populair]", "Title\n\nPopulair in Utrecht\n", "Populair in")]
    [InlineData("kind: pattern\npatterns: ['^Lees ook: .+']", "Title\n\nLees ook: Correcties\n", "^Lees ook: Correcties")]
    [InlineData("kind: substitution\nswaps: {'Ã©': 'é'}", "Title\n\nCafÃ© Noir\n", "CafÃ©")]
    [InlineData("kind: duplicate-headline", "Bridge opens\n\nBridge opens\n", "^Bridge")]
    [InlineData("kind: repetition\nmin-length: 10", "Title\n\nSign up for the newsletter\n\nSign up for the newsletter\n", "newsletter")]
    [InlineData("kind: section\nmarkers: [Reacties]", "Title\n\nBody.\n\nReacties\n\nJan: mooi\n", "^Reacties")]
    [InlineData("kind: fragments", "Title\n\nTags: Politics. Europe. Trade. Tariffs.\n", "^Tags:")]
    [InlineData("kind: language-mismatch", "Titel\n\nHet kabinet wil de regels voor de huizenmarkt versoepelen, maar de oppositie is er niet blij mee.\n\nWhat do you think about this?\n", "think")]
    [InlineData("kind: metric\nscope: line\nmeasure: word-count\nmax: 2", "Title\n\nThree words here.\n", "here")]
    [InlineData("kind: page-shape\ninput: extractor-output", "Title\n\nThe council met on Monday to discuss the budget.\nThe mayor said that the plan would be ready in May.\nThe opposition asked for a vote on the proposal.\nIt will be held before the end of the month.\nThe budget will then go to the regional authority.\nA decision is expected in the autumn.\nThe council meets again next week, when the members will vote on the plan.\nCouncil\nBudget\nMayor\n", "Budget")]
    public void Exceptions_apply_to_every_kind(string kindAndOptions, string text, string exception)
    {
        var without = LinterFor(kindAndOptions);
        var with = LinterFor($"{kindAndOptions}\nexceptions: ['{exception}']");

        Assert.NotEmpty(without.Lint(text));
        Assert.Empty(with.Lint(text));
    }

    [Theory]
    [InlineData("kind: shared-line", "Nordhafen region")]
    [InlineData("kind: duplicate-document", "Home")]
    public void Exceptions_apply_to_the_corpus_kinds(string kindAndOptions, string exception)
    {
        // Three pages of one site, the first of them twice.
        var pages = new[]
        {
            ("a.txt", SitePages.Page("Bridge", SitePages.Article("bridge"))),
            ("b.txt", SitePages.Page("Bridge", SitePages.Article("bridge"))),
            ("c.txt", SitePages.Page("School", SitePages.Article("school"))),
            ("d.txt", SitePages.Page("Pool", SitePages.Article("swimming pool"))),
        };
        var builder = new ContentLint.Corpus.CorpusEvidenceBuilder();
        foreach (var (path, text) in pages)
        {
            builder.Add(Document.Parse(text, new DocumentOptions { Path = path }));
        }

        var evidence = builder.Build();
        var without = LinterFor(kindAndOptions).WithCorpus(profile: null, evidence);
        var with = LinterFor($"{kindAndOptions}\nexceptions: ['{exception}']").WithCorpus(profile: null, evidence);

        var b = new DocumentOptions { Path = "b.txt" };
        Assert.Contains(without.Lint(pages[1].Item2, b), f => f.Message.Contains(exception.TrimStart('^'), StringComparison.Ordinal) || f.IsWholeDocument);
        Assert.DoesNotContain(with.Lint(pages[1].Item2, b), f => f.Message.Contains(exception.TrimStart('^'), StringComparison.Ordinal) || f.IsWholeDocument);
    }

    [Fact]
    public void Every_kind_is_covered_by_the_exceptions_test()
    {
        var covered = new[] { nameof(Exceptions_apply_to_every_kind), nameof(Exceptions_apply_to_the_corpus_kinds) }
            .Select(name => typeof(RuleKindTests).GetMethod(name)!)
            .SelectMany(method => method.GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>())
            .Select(data => ((string)data.GetData(null!).Single()[0]).Split('\n')[0]["kind: ".Length..]);

        Assert.Equal(RuleKinds.All.Select(k => k.Name).Order(StringComparer.Ordinal), covered.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_phrase_in_single_quotation_marks_is_quoted_but_an_apostrophe_opens_and_closes_nothing()
    {
        var linter = LinterFor("kind: phrase\nreport: line\nphrases: [We use cookies]");

        Assert.Equal(
            ["7: Found 'We use cookies'", "9: Found 'We use cookies'"],
            Messages(linter, "Title\n\nMost banners say 'We use cookies to improve your experience' and few readers go on.\n\nOn nearly every site it reads ‘We use cookies’, and nobody reads on.\n\nDon't worry: We use cookies on Peter's site only.\n\nL'équipe: We use cookies, that's all.\n"));
    }

    [Theory]
    [InlineData("Subscribe now to read on, the editor said.")]
    [InlineData("Subscribe now, säger chefredaktören.")]
    [InlineData("\"Subscribe now!\" – mówi rzecznik.")]
    [InlineData("On the paper's front page it says: Subscribe now to read on.")]
    [InlineData("– Subscribe now to read on, he told the readers.")]
    [InlineData("– Subscribe now to read on.")]
    public void A_line_that_reports_a_notice_as_speech_is_left_alone_by_phrase_and_pattern_rules(string line)
    {
        var phrase = LinterFor("kind: phrase\nreport: line\nphrases: [Subscribe now]");
        var pattern = LinterFor("kind: pattern\nreport: line\npatterns: ['Subscribe now']");
        var text = $"Title\n\nSubscribe now to read on.\n\n{line}\n";

        Assert.Equal(["3: Found 'Subscribe now'"], Messages(phrase, text));
        Assert.Equal(["3: Found 'Subscribe now'"], Messages(pattern, text));
    }
}
