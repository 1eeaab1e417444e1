using System.Text;
using ContentLint.Files;
using ContentLint.Formatting;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Robustness;

/// <summary>The crashes the fuzz properties found, each kept as the smallest example that showed it.</summary>
public sealed class FuzzRegressionTests
{
    [Fact]
    public void A_json_lines_record_with_an_escaped_lone_surrogate_is_reported_as_malformed_and_reading_goes_on()
    {
        var corpus = "{\"id\": \"a\", \"text\": \"broken \\ud800 text\"}\n{\"id\": \"b\", \"text\": \"Leave a Reply\", \"title\": \"\\udc00\"}\n{\"id\": \"c\", \"text\": \"fine \\ud83d\\ude00\"}\n";

        var records = JsonLinesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(corpus))).ToList();

        Assert.Equal([1, 2, 3], records.Select(r => r.Line));
        Assert.All(records.Take(2), r => Assert.Contains("lone surrogate", r.Error, StringComparison.Ordinal));
        Assert.Equal("fine \U0001F600", records[2].Text);
    }

    [Fact]
    public void A_record_id_with_a_line_break_stays_on_its_finding_line_in_the_text_report()
    {
        var corpus = "{\"id\": \"a\\r\\nb\", \"text\": \"Headline\\n\\nLeave a Reply\"}\n";
        var source = ArticleSource.ReadStream(new MemoryStream(Encoding.UTF8.GetBytes(corpus)), "corpus.jsonl", forceJsonLines: true).Single();
        var findings = BuiltInPack.Linter.Lint(source);
        using var output = new StringWriter();

        new TextFormatter().Format(new LintReport([new FileResult("corpus.jsonl", findings)], []), output);

        Assert.Equal(
            "corpus.jsonl(1): error CL3006: Comment form heading 'Leave a Reply' [comment-form-heading] in record 'a\\u000D\\u000Ab' at text(3,1,3,14) (safe fix)\n1 problem (1 error) in 1 of 1 file.\n",
            output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_very_long_first_line_is_compared_with_the_body_lines_without_hanging()
    {
        // Found by the JSON Lines property: a record whose title was a 150,000-character line. The edit distance is
        // quadratic, so before the fix this test ran for minutes; beyond headline length only identical lines count.
        var longLine = string.Concat(Enumerable.Repeat("The city council approved the budget early on Wednesday. ", 2_000));
        var otherLine = string.Concat(Enumerable.Repeat("Council members said the plan relied on one-time money. ", 2_000));

        var different = BuiltInPack.Linter.Lint(longLine + "\n\n" + otherLine + "\n");
        var repeated = BuiltInPack.Linter.Lint(longLine + "\n\n" + longLine + "\n\n" + otherLine + "\n");

        Assert.DoesNotContain(different, d => d.Id == "CL4001");
        Assert.Equal(3, Assert.Single(repeated, d => d.Id == "CL4001").Location.Start.Line);
    }
}
