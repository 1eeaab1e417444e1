using FsCheck;
using FsCheck.Fluent;

namespace ContentLint.Tests.Robustness;

// Issue 8, item 6: FsCheck feeds random bytes, random Unicode and damaged seed articles through read -> lint (plain
// text, Markdown, JSON Lines) -> fix -> every report format (FuzzPipeline), 10,000 cases in all by default. One
// class per property, so xunit runs them side by side; CONTENTLINT_FUZZ_CASES sets the cases per property for a
// longer run. A failure prints FsCheck's seed; pass it to Config.WithReplay to run the same cases again.

public sealed class FuzzRandomBytesProperty
{
    public const int Cases = 3_000;

    [Fact]
    public void Random_bytes_never_crash_and_give_valid_reports_and_idempotent_fixes() =>
        Prop.ForAll(FuzzInputs.RandomBytes.ToArbitrary(), FuzzPipeline.Run).Check(FuzzConfig.For(Cases));
}

public sealed class FuzzRandomUnicodeProperty
{
    public const int Cases = 3_700;

    [Fact]
    public void Random_unicode_with_lone_surrogates_marks_and_control_characters_never_crash() =>
        Prop.ForAll(FuzzInputs.Unicode.ToArbitrary(), FuzzPipeline.Run).Check(FuzzConfig.For(Cases));
}

public sealed class FuzzMutatedSeedsProperty
{
    public const int Cases = 2_500;

    [Fact]
    public void Damaged_seed_articles_never_crash_and_give_valid_reports_and_idempotent_fixes() =>
        Prop.ForAll(FuzzInputs.MutatedSeed.ToArbitrary(), FuzzPipeline.Run).Check(FuzzConfig.For(Cases));
}

public sealed class FuzzJsonLinesProperty
{
    public const int Cases = 800;

    [Fact]
    public void Json_lines_corpora_with_broken_records_never_crash() =>
        Prop.ForAll(FuzzInputs.Corpus.ToArbitrary(), FuzzPipeline.Run).Check(FuzzConfig.For(Cases));
}

internal static class FuzzConfig
{
    public static Config For(int cases) => Config.QuickThrowOnFailure.WithMaxTest(FuzzPipeline.Cases(cases)).WithQuietOnSuccess(true);
}
