using System.Text.RegularExpressions;
using ContentLint.Checks;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Rules;

/// <summary>
/// A pattern that cost real time in a long run may move to the non-backtracking engine; that engine must find
/// exactly what the backtracking one finds, or a long run reports other findings than a short one.
/// </summary>
public sealed class RulePatternTests
{
    public static TheoryData<string> Patterns => new()
    {
        "\u200B|\u2060|\uFEFF|\u00AD",
        @"\b(?:read more|weiterlesen|lire la suite)\b",
        @"(?i)^you may also like$",
        @"\p{Lu}{2,}\s+\d+",
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void The_non_backtracking_engine_finds_what_the_backtracking_engine_finds_past_a_hundred_thousand_characters(string pattern)
    {
        // The first match far into the text: the engine with a match timeout once also reported the character
        // before it (a space before the zero-width space that followed the first 100,000 characters).
        var junk = " \u200B\u200Bread more\nyou may also like\nDE 42 lire la suite\u00AD";
        var text = new string('a', 100_003) + junk + new string('a', 50_000) + junk;
        var nonBacktracking = RulePattern.BuildNonBacktracking(pattern, RegexOptions.Multiline);
        Assert.NotNull(nonBacktracking);
        var backtracking = new Regex(pattern, RuleRegex.BaseOptions | RegexOptions.Multiline, RuleRegex.MatchTimeout);

        Assert.NotEmpty(Matches(backtracking, text, 0, text.Length));
        Assert.Equal(Matches(backtracking, text, 0, text.Length), Matches(nonBacktracking, text, 0, text.Length));
        Assert.Equal(Matches(backtracking, text, 1_000, text.Length - 1_007), Matches(nonBacktracking, text, 1_000, text.Length - 1_007));
    }

    [Fact]
    public void The_non_backtracking_engine_finds_what_the_backtracking_engine_finds_for_every_built_in_pattern_on_the_real_articles()
    {
        // One long text, so that most matches lie far from its start.
        var text = string.Join("\n\n", Directory.EnumerateFiles(Path.Combine(Repository.Root, "tests", "corpus", "real-dev", "articles")).Order().Select(File.ReadAllText));
        var compared = 0;
        foreach (var (rule, pattern, options) in PrecompiledPatternsTests.BuiltInPatterns().Distinct())
        {
            if (RulePattern.BuildNonBacktracking(pattern, options) is not { } nonBacktracking)
            {
                continue;
            }

            var backtracking = new Regex(pattern, RuleRegex.BaseOptions | options, RuleRegex.MatchTimeout);
            Assert.True(
                Matches(nonBacktracking, text, 0, text.Length).SequenceEqual(Matches(backtracking, text, 0, text.Length)),
                $"{rule}: /{pattern}/ finds other matches on the non-backtracking engine.");
            compared++;
        }

        Assert.True(compared > 100, $"Only {compared} patterns run on the non-backtracking engine.");
    }

    private static List<string> Matches(Regex regex, string text, int beginning, int length)
    {
        var found = new List<string>();
        for (var match = regex.Match(text, beginning, length); match.Success; match = match.NextMatch())
        {
            found.Add($"{match.Index}:{match.Value}");
        }

        return found;
    }
}
