using System.Text.RegularExpressions;
using ContentLint.Checks;
using ContentLint.Rules;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Rules;

/// <summary>The built-in pack runs on regexes compiled at build time, and they find what the rule files say.</summary>
public sealed class PrecompiledPatternsTests
{
    internal static IEnumerable<(string Rule, string Pattern, RegexOptions Options)> BuiltInPatterns() =>
        BuiltInRules.Rules.SelectMany(rule => PrecompiledPatterns.Of(rule).Select(p => (rule.Descriptor.Id, p.Pattern, p.Options)));

    [Fact]
    public void Every_regular_expression_of_the_built_in_pack_is_precompiled_for_native_builds()
    {
        var missing = BuiltInPatterns().Where(p => PrecompiledPatterns.Find(p.Pattern, p.Options, dynamicCodeSupported: false) is null).Select(p => $"{p.Rule}: {p.Pattern}").ToList();

        Assert.True(missing.Count == 0, $"Not precompiled: {string.Join("; ", missing)}. Run 'dotnet run --project src/ContentLint.DocGen'.");
    }

    [Fact]
    public void Every_regular_expression_of_the_built_in_pack_is_precompiled_but_the_longest_where_a_just_in_time_compiler_runs()
    {
        var wrong = BuiltInPatterns()
            .Where(p => (PrecompiledPatterns.Find(p.Pattern, p.Options) is not null) != PrecompiledPatterns.IsWorthPrecompiling(p.Pattern))
            .Select(p => $"{p.Rule}: {p.Pattern}")
            .ToList();

        Assert.True(wrong.Count == 0, $"Precompiled when too long, or not when short enough: {string.Join("; ", wrong)}. Run 'dotnet run --project src/ContentLint.DocGen'.");
        Assert.All(BuiltInRules.Rules.SelectMany(rule => rule.Patterns), pattern => Assert.Equal(PrecompiledPatterns.IsWorthPrecompiling(pattern.ToString()), pattern.IsPrecompiled));
        Assert.Contains(BuiltInPatterns(), p => !PrecompiledPatterns.IsWorthPrecompiling(p.Pattern));
    }

    [Fact]
    public void Precompiled_regular_expressions_find_what_the_interpreter_finds_in_the_seeds_and_the_real_corpus()
    {
        var texts = Directory.EnumerateFiles(Repository.SeedsFolder)
            .Concat(Directory.EnumerateFiles(Path.Combine(Repository.Root, "tests", "corpus", "real-dev", "articles")))
            .Select(File.ReadAllText)
            .ToList();
        // The longest ones too, which only Native AOT builds use.
        foreach (var (rule, pattern, options) in BuiltInPatterns().Distinct())
        {
            var precompiled = PrecompiledPatterns.Find(pattern, options, dynamicCodeSupported: false)!();
            var interpreted = new Regex(pattern, RuleRegex.BaseOptions | options);
            foreach (var text in texts)
            {
                Assert.True(
                    Matches(precompiled, text).SequenceEqual(Matches(interpreted, text)),
                    $"{rule}: the precompiled /{pattern}/ finds other matches than the interpreter.");
            }
        }
    }

    [Fact]
    public void A_pattern_written_by_a_user_is_built_at_run_time()
    {
        var pattern = RulePattern.Checked(@"\bnot (a|the) built-in pattern\b", RegexOptions.IgnoreCase);

        Assert.False(pattern.IsPrecompiled);
        Assert.True(pattern.IsMatch("This is NOT a built-in pattern."));
    }

    private static IEnumerable<(int Index, int Length)> Matches(Regex regex, string text) =>
        regex.Matches(text).Select(m => (m.Index, m.Length));
}
