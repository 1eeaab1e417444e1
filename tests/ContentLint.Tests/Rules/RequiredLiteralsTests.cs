using System.Text.RegularExpressions;
using ContentLint.Checks;

namespace ContentLint.Tests.Rules;

/// <summary>
/// The literals read from a pattern, one of which the input holds wherever it matches: what lets a rule skip a line
/// without running its regex. Where the reading cannot be sure, it must give none (no gate), never wrong ones.
/// </summary>
public sealed class RequiredLiteralsTests
{
    [Theory]
    [InlineData(@"^\W*(?:click|tap)\s+button\b.*$", RegexOptions.None, "button")] // one word beats two
    [InlineData(@"^\W*(?:click|tap)\s+here\b.*$", RegexOptions.None, "click|tap")] // a function word ("here") is in every other line
    [InlineData(@"Dieser\s+Artikel\s+ist\s+nur\s+für\s+Abonnenten", RegexOptions.None, "Abonnenten")] // not "Dieser", a German function word as long
    [InlineData(@"\bcontent\s+subscription\b", RegexOptions.None, "subscription")] // rarer the longer, up to eight characters
    [InlineData(@"^\W*(?:click|tap)\s+\w+\b.*$", RegexOptions.None, "click|tap")]
    [InlineData(@"\bphotos?\s+by\b", RegexOptions.None, "photo")]
    [InlineData(@"(?i:related|see\s+also)\s*:", RegexOptions.None, "related|see")] // two function words ("see" is Estonian): the first
    [InlineData(@"Getty\s+Images", RegexOptions.None, "Images")] // the longer literal
    [InlineData(@"(?:photo)?\s*credit?s", RegexOptions.None, "credis|credits")]
    [InlineData(@"\bCredit:\s*\S", RegexOptions.None, "Credit:")]
    [InlineData(@"[.!?]\s+Foto\s*:", RegexOptions.None, "Foto")]
    [InlineData(@"&(?:amp|nbsp|quot);", RegexOptions.None, "&amp;|&nbsp;|&quot;")]
    [InlineData(@"a\x41\u00e9\.b{1}c", RegexOptions.None, "aAé.bc")]
    [InlineData(@"(?<=\.)\s*©\s*\p{Lu}", RegexOptions.None, "©")]
    [InlineData(@"Zum\s+Thema(?=:)", RegexOptions.None, "Thema")]
    [InlineData(@"^\W*(?=.*\b(?:next|older)\b)(?:(?:next|older|\d+)\W*){2,9}$", RegexOptions.None, "next|older")] // a lookahead's words
    [InlineData(@"(?<=Foto:\s*)\p{Lu}\w+", RegexOptions.None, "Foto:")]
    [InlineData(@"^(?!.*\bnext\b)\d+\s+pages", RegexOptions.None, "pages")] // a negative one's are not required
    public void Finds_the_literals_every_match_holds(string pattern, RegexOptions options, string expected)
    {
        var literals = RequiredLiterals.Of(pattern, options);
        Assert.NotNull(literals);
        Assert.Equal(expected.Split('|').Order(StringComparer.Ordinal), literals.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(@"^\W*\p{Lu}[^.!?]{1,80}$", RegexOptions.None)] // nothing spelt out
    [InlineData(@"(?:photo|\d+)\s+by", RegexOptions.None)] // "by" is too short, and one branch has no literal
    [InlineData(@"&(?:amp|#\d+);", RegexOptions.None)] // "&#" and ";" are too short to be a gate
    [InlineData(@"(?x) photo \s+ by", RegexOptions.None)] // white space means nothing: not read
    [InlineData("photo by", RegexOptions.IgnorePatternWhitespace)]
    [InlineData(@"(?(cond)photo|image)", RegexOptions.None)] // a conditional: not read
    [InlineData(@"[a-z-[aeiou]]photo", RegexOptions.None)] // a class subtraction: not read
    [InlineData(@"(\w+)\s+\1", RegexOptions.None)] // a back-reference matches what its group did
    public void Gives_none_where_it_cannot_be_sure(string pattern, RegexOptions options) =>
        Assert.Null(RequiredLiterals.Of(pattern, options));

    [Fact]
    public void A_case_insensitive_literal_is_spelled_both_ways_where_the_regex_folds_wider_than_ordinal_comparison()
    {
        // "\u212Aeep" (Kelvin sign) matches "keep" case-insensitively, but no ordinal search for "keep" finds it.
        Assert.Equal(["keep", "\u212Aeep"], RequiredLiterals.Of("(?i)keep", RegexOptions.None)!);
        Assert.Equal(["keep", "\u212Aeep"], RequiredLiterals.Of("keep", RegexOptions.IgnoreCase)!);
        Assert.Equal(["keep"], RequiredLiterals.Of("keep", RegexOptions.None)!);
        Assert.Equal(["xkeep"], RequiredLiterals.Of("(?i:x)keep", RegexOptions.None)!);
        Assert.Equal(["kasse", "\u212Aasse"], RequiredLiterals.Read("[kK]asse", RegexOptions.IgnoreCase));
        Assert.Contains(RequiredLiterals.Of("keep", RegexOptions.IgnoreCase)!, literal => "\u212AEEP".Contains(literal, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_letters_that_end_a_case_insensitive_literal_are_all_those_the_two_comparisons_disagree_on()
    {
        // Every character with a case mapping (or the target of one), against every character: which ones the
        // case-insensitive regex equates that ordinal case-insensitive comparison does not.
        var all = new string([.. Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => !char.IsSurrogate(c))]);
        var cased = all.Where(c => char.ToUpperInvariant(c) != c || char.ToLowerInvariant(c) != c)
            .SelectMany(c => new[] { c, char.ToUpperInvariant(c), char.ToLowerInvariant(c) })
            .Distinct();
        var disagreeing = new SortedSet<char>();
        foreach (var c in cased)
        {
            foreach (Match match in new Regex(Regex.Escape(c.ToString()), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).Matches(all))
            {
                if (!string.Equals(match.Value, c.ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    disagreeing.Add(c);
                    disagreeing.Add(match.Value[0]);
                }
            }
        }

        Assert.Equal(disagreeing, new SortedSet<char>(RequiredLiterals.UnsafeUnderIgnoreCase));
    }

    [Fact]
    public void The_spellings_of_a_letter_the_comparisons_disagree_on_find_everything_the_regex_equates_with_it()
    {
        var all = new string([.. Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => !char.IsSurrogate(c))]);
        foreach (var c in RequiredLiterals.UnsafeUnderIgnoreCase)
        {
            var spellings = RequiredLiterals.Spellings(c);
            foreach (Match match in new Regex(Regex.Escape(c.ToString()), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).Matches(all))
            {
                Assert.Contains(spellings, s => string.Equals(s, match.Value, StringComparison.OrdinalIgnoreCase));
            }
        }
    }

    [Fact]
    public void The_literals_of_every_gated_built_in_pattern_come_from_the_build_and_equal_a_fresh_reading()
    {
        var rules = ContentLint.Rules.BuiltInRules.Rules;
        var gated = rules.SelectMany(rule => rule.GatedPatterns).ToList();
        Assert.Contains(rules.OfType<PhraseCheck>(), rule => rule.GatedPatterns.Count > 0);
        Assert.NotEmpty(gated);
        foreach (var pattern in gated)
        {
            Assert.True(RequiredLiterals.TryPrecomputed(pattern.ToString(), pattern.Options, out var precomputed), $"Not in the table: {pattern}. Run 'dotnet run --project src/ContentLint.DocGen'.");
            Assert.Equal(RequiredLiterals.Read(pattern.ToString(), pattern.Options), precomputed);
        }

        Assert.Contains(gated, pattern => RequiredLiterals.Of(pattern.ToString(), pattern.Options) is null);
    }

    [Fact]
    public void A_pattern_outside_the_built_in_pack_is_read_when_its_rule_is_loaded()
    {
        Assert.False(RequiredLiterals.TryPrecomputed(@"\bnot\s+a\s+built-in\s+pattern\b", RegexOptions.None, out _));
        Assert.Equal(["built-in"], RequiredLiterals.Of(@"\bnot\s+a\s+built-in\s+pattern\b", RegexOptions.None)!);
    }

    [Fact]
    public void Every_example_a_built_in_pattern_matches_holds_one_of_the_literals_read_from_it()
    {
        // The rule examples exercise the patterns on real junk: each example a pattern matches must hold one of the
        // pattern's literals (inside the match, or where a lookaround looked), or a gate would skip it.
        var checkedMatches = 0;
        foreach (var rule in ContentLint.Rules.BuiltInRules.Rules.OfType<YamlRule>())
        {
            foreach (var pattern in rule.Patterns)
            {
                if (RequiredLiterals.Of(pattern.ToString(), pattern.Options) is not { } literals)
                {
                    continue;
                }

                foreach (var example in rule.Definition.Examples.Select(e => e.MarkedText.Replace("[|", "", StringComparison.Ordinal).Replace("|]", "", StringComparison.Ordinal)))
                {
                    for (var match = pattern.Backtracking.Match(example); match.Success; match = match.NextMatch())
                    {
                        if (match.Length == 0)
                        {
                            continue;
                        }

                        Assert.True(literals.Any(l => example.Contains(l, StringComparison.OrdinalIgnoreCase)), $"{rule.Descriptor.Id}: '{match.Value}' matches {pattern} in an example that holds none of {string.Join(", ", literals)}");
                        checkedMatches++;
                    }
                }
            }
        }

        Assert.True(checkedMatches > 100, $"Only {checkedMatches} example matches checked.");
    }
}
