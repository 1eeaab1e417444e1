using System.Text.Json;
using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Fixing;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Fixing;

/// <summary>
/// <c>fix</c> removes only what a finding shows evidence for: a section inferred from its marker is an unsafe fix,
/// applied only with <c>--unsafe</c>, never grows over the article, and no fix changes the Markdown structure around it.
/// </summary>
public sealed class SafeFixTests
{
    private const string Article =
        "City approves new budget\n"
        + "12 Comments\n"
        + "The council approved the budget on Wednesday after a session that ran for eleven hours.\n"
        + "\n"
        + "```\n"
        + "budget = 140\n"
        + "```\n"
        + "\n"
        + "Council members who opposed the plan said it relied too heavily on one-time money.\n";

    private static readonly Fixer UnsafeFixer = new(BuiltInPack.Linter, new FixOptions { Unsafe = true });

    [Theory]
    [InlineData("a.md")]
    [InlineData("a.txt")]
    public void CL3008_a_comment_count_under_the_headline_is_removed_alone_and_the_article_stays(string name)
    {
        var expected = Article.Replace("12 Comments\n", "", StringComparison.Ordinal);

        Assert.Equal(expected, BuiltInPack.Fixer.Fix(Article, new DocumentOptions { Path = name }).Text);
        Assert.Equal(expected, UnsafeFixer.Fix(Article, new DocumentOptions { Path = name }).Text);
    }

    [Fact]
    public void CL3008_the_comments_after_a_count_are_an_unsafe_fix()
    {
        const string Text = "The council will vote on the plan next month.\n\n3 Comments\n\nMark on 12 May: Finally some sense.\n\nAnn on 12 May: Too little, too late.\n";

        var finding = Assert.Single(BuiltInPack.Linter.Lint(Text), f => f.Id == "CL3008");

        Assert.Equal(FixApplicability.Unsafe, finding.Fix!.Applicability);
        Assert.Equal(Text, BuiltInPack.Fixer.Fix(Text).Text);
        Assert.Equal("The council will vote on the plan next month.\n", UnsafeFixer.Fix(Text).Text);
    }

    [Theory]
    [InlineData("Why did the vote fail?\nThe plan needed nine votes and got only seven, after two members changed their minds late.\n")]
    [InlineData("What happens next\nThe plan goes back to the committee, which meets again in the spring to draw up a new version.\n")]
    [InlineData("The plan has three parts:\nNew buses for the outer districts\nMore trams at night\nCheaper tickets for students\n")]
    public void CL3028_a_widget_heading_inserted_before_a_question_a_sub_heading_or_a_list_is_removed_byte_for_byte(string rest)
    {
        foreach (var heading in new[] { "You May Also Like", "Related", "Trending", "Most Read" })
        {
            var clean = "Headline of the day\n\nThe council will vote on the plan next month.\n\n" + rest;
            var junked = clean.Replace("\n\n" + rest, "\n\n" + heading + "\n\n" + rest, StringComparison.Ordinal);
            if (rest.StartsWith("The plan has", StringComparison.Ordinal))
            {
                // Between the line that introduces the list and the list.
                junked = clean.Replace(":\n", ":\n" + heading + "\n", StringComparison.Ordinal);
            }

            Assert.Equal(clean, BuiltInPack.Fixer.Fix(junked).Text);
            Assert.Equal(clean, UnsafeFixer.Fix(junked).Text);
        }
    }

    [Fact]
    public void CL3028_a_teaser_list_under_a_widget_heading_is_an_unsafe_fix_and_reports_say_so()
    {
        const string Text = "The council will vote on the plan next month.\nYou May Also Like\nWhy the city's buses are always late\nThe plan to turn old offices into homes\n";
        using var temp = new TempFolder();
        temp.Write("a.txt", "Headline\n" + Text);

        var text = CliRunner.Run(temp.Path, "a.txt");
        var json = CliRunner.Run(temp.Path, "a.txt", "--format", "json");
        var sarif = CliRunner.Run(temp.Path, "a.txt", "--format", "sarif");
        var fix = CliRunner.Run(temp.Path, "fix", "a.txt");

        Assert.Contains("[related-widget-list] (unsafe fix)", text.Output, StringComparison.Ordinal);
        Assert.Contains("[related-content-widget] (safe fix)", text.Output, StringComparison.Ordinal);
        var findings = JsonDocument.Parse(json.Output).RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal("unsafe", findings.Single(f => f.GetProperty("id").GetString() == "CL3028").GetProperty("fix").GetProperty("applicability").GetString());
        var results = JsonDocument.Parse(sarif.Output).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal("unsafe", results.Single(r => r.GetProperty("ruleId").GetString() == "CL3028").GetProperty("fixes")[0].GetProperty("properties").GetProperty("applicability").GetString());
        Assert.Equal("Headline\nThe council will vote on the plan next month.\nWhy the city's buses are always late\nThe plan to turn old offices into homes\n", File.ReadAllText(Path.Combine(temp.Path, "a.txt")));
        Assert.Contains("1 problem found has an unsafe fix, not applied", fix.Error, StringComparison.Ordinal);

        temp.Write("a.txt", "Headline\n" + Text);
        var applied = CliRunner.Run(temp.Path, "fix", "--unsafe", "a.txt");

        Assert.Equal("Headline\nThe council will vote on the plan next month.\n", File.ReadAllText(Path.Combine(temp.Path, "a.txt")));
        Assert.Equal(0, applied.ExitCode);
    }

    [Theory]
    [InlineData("a.md", "<details>\n<summary>Why the buses are late</summary>\nThe plan to turn offices into homes\n</details>\n")]
    [InlineData("a.md", "```\nWhy the buses are late\nThe plan to turn offices into homes\n```\n")]
    [InlineData("a.md", "## Why the buses are late\nThe plan to turn offices into homes\n")]
    [InlineData("a.txt", "```\nWhy the buses are late\nThe plan to turn offices into homes\n```\n")]
    public void A_section_never_extends_over_code_html_or_headings(string name, string rest)
    {
        var clean = "Text of the article.\n" + rest;
        var junked = "Text of the article.\nYou May Also Like\n" + rest;

        Assert.DoesNotContain(BuiltInPack.Linter.Lint(junked, new DocumentOptions { Path = name }), f => f.Id == "CL3028");
        Assert.Equal(clean, UnsafeFixer.Fix(junked, new DocumentOptions { Path = name }).Text);
    }

    [Theory]
    [InlineData("\u200D")]
    [InlineData("\u200C")]
    [InlineData("\u00AD")]
    public void A_junk_line_goes_with_the_invisible_characters_on_it_and_the_next_line_keeps_its_own(string invisible)
    {
        // Deleting only the visible part left "\u200DWhat happens next": a byte added to the next line.
        var fixer = new Fixer(BuiltInPack.Linter, new FixOptions { Rules = new HashSet<string> { "follow-prompt" } });
        const string Article = "Headline\n\nThe council approved the budget on Tuesday after a long debate.\n\n";
        var next = invisible + "What happens next\n\nThe plan goes to the state for approval.\n";

        var fixedText = fixer.Fix(Article + invisible + "Follow us on Facebook" + invisible + "\n" + next, new DocumentOptions { Path = "a.txt" }).Text;

        Assert.Equal(Article + next, fixedText);
    }

    [Fact]
    public void A_fence_reads_as_in_the_file_whatever_invisible_character_stands_in_it()
    {
        // "\u200B```" shows a fence inside a code block; read without the zero-width space it closed the block.
        const string Text = "Headline\n\nThe council approved the budget.\n\n```text\nprint(1)\n\u200B```\nFollow us on Facebook\n```\n\nMore text of the article.\n";

        Assert.DoesNotContain(BuiltInPack.Linter.Lint(Text, new DocumentOptions { Path = "a.md" }), f => f.Id == "CL3013");
        Assert.Equal(Text, BuiltInPack.Fixer.Fix(Text, new DocumentOptions { Path = "a.md" }).Text);
    }

    [Theory]
    [InlineData("a.md", "You May Also Like")]
    [InlineData("a.md", "12 Comments")]
    [InlineData("a.md", "Leave a Reply")]
    [InlineData("a.txt", "You May Also Like")]
    [InlineData("a.txt", "12 Comments")]
    [InlineData("a.txt", "Leave a Reply")]
    public void A_fix_never_deletes_the_opening_details_and_summary_tags_and_leaves_the_closing_one(string name, string junk)
    {
        // Issue 15, case 3: the lines after a junk heading took "<details>" and "<summary>…" with them, "</details>" stayed.
        const string Details = "<details>\n<summary>Why the buses are late</summary>\nThe plan to turn offices into homes\n</details>\n\nMore text of the article.\n";
        var clean = "Text of the article.\n" + Details;
        var junked = "Text of the article.\n" + junk + "\n" + Details;
        using var temp = new TempFolder();
        var path = temp.Write(name, junked);

        var run = CliRunner.Run(temp.Path, "fix", "--unsafe", name);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(clean, File.ReadAllText(path));
    }

    [Theory]
    [InlineData("Intro paragraph of the article.\n\n> ```\n> code\n> Leave a Reply\n> ```\n\nMore text of the article.\n")]
    [InlineData("- item one\n\n      Leave a Reply\n      code in the item\n\n- item two\n")]
    [InlineData("> - quoted item\n>\n>       Leave a Reply\n")]
    public void Code_in_quotes_and_list_items_is_not_linted_and_not_fixed(string markdown)
    {
        var options = new DocumentOptions { Path = "a.md" };

        Assert.DoesNotContain(BuiltInPack.Linter.Lint(markdown, options), f => f.Id == "CL3006");
        Assert.Equal(markdown, UnsafeFixer.Fix(markdown, options).Text);
    }

    [Theory]
    [InlineData("Text of the article.\n\n<!-- a note\n--> Leave a Reply\n\nMore text of the article.\n", "-->")]
    [InlineData("Text of the article.\n\n<div class=\"x\">\n</div>\n", "<div")]
    [InlineData("Text of the article.\nYou May Also Like\n-----------------\n\nMore text of the article.\n", "setext")]
    [InlineData("Text of the article.\n\nYou May Also Like\n=================\n\nMore text of the article.\n", "setext")]
    public void A_fix_that_would_change_the_markdown_structure_is_withheld_and_says_so(string markdown, string reason)
    {
        var result = UnsafeFixer.Fix(markdown, new DocumentOptions { Path = "a.md" });

        Assert.Equal(markdown, result.Text);
        Assert.Contains(result.Withheld, withheld => withheld.Reason.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_deletion_that_would_let_an_indented_line_join_a_list_item_is_withheld()
    {
        const string Markdown = "- item one\n\nLeave a Reply\n\n  indented paragraph after the list\n";

        var result = UnsafeFixer.Fix(Markdown, new DocumentOptions { Path = "a.md" });

        Assert.Equal(Markdown, result.Text);
        Assert.Contains("would turn from a paragraph into a paragraph inside list item", Assert.Single(result.Withheld).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_says_on_standard_error_which_fix_it_withheld_and_why()
    {
        using var temp = new TempFolder();
        const string Markdown = "Text of the article.\n\n<!-- a note\n--> Leave a Reply\n\nMore text of the article.\n";
        temp.Write("a.md", Markdown);

        var run = CliRunner.Run(temp.Path, "fix", "a.md");

        Assert.Equal(Markdown, File.ReadAllText(Path.Combine(temp.Path, "a.md")));
        Assert.Contains("contentlint: a.md(4,1): the fix of CL3006 was withheld: it would delete the HTML markup '-->'", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Fix_on_json_lines_refuses_with_a_message_and_exits_1_when_findings_remain()
    {
        using var temp = new TempFolder();
        const string Corpus = "{\"id\":\"a1\",\"title\":\"Headline\",\"text\":\"Body text.\\n\\nLeave a Reply\"}\n";
        temp.Write("corpus.jsonl", Corpus);

        var run = CliRunner.Run(temp.Path, "fix", "corpus.jsonl");

        Assert.Equal(Corpus, File.ReadAllText(Path.Combine(temp.Path, "corpus.jsonl")));
        Assert.Contains("corpus.jsonl was not fixed: a JSON Lines file is not fixed in place; fix its records as a filter", run.Error, StringComparison.Ordinal);
        Assert.Contains("corpus.jsonl(1): error CL3006", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("No problems", run.Output, StringComparison.Ordinal);
        Assert.Equal(1, run.ExitCode);
    }
}
