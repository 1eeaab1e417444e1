using ContentLint.Corpus;

namespace ContentLint.Tests.Corpus;

/// <summary>How the corpus evidence sees a line: what counts as the same line, and what is never counted.</summary>
public sealed class CorpusLineTests
{
    [Fact]
    public void Case_white_space_and_digits_do_not_make_lines_different()
    {
        Assert.Equal("posted 0 hours ago", CorpusLine.Normalize("  Posted 12   Hours\tago "));
        Assert.Equal(CorpusLine.Normalize("© 2019 Nordhafen Medien"), CorpusLine.Normalize("© 2024 NORDHAFEN  Medien"));
        Assert.NotEqual(CorpusLine.Normalize("Read more news"), CorpusLine.Normalize("Read more sports"));
    }

    [Fact]
    public void Soft_hyphens_and_zero_width_spaces_do_not_make_lines_different()
    {
        Assert.Equal("datenschutz und cookies", CorpusLine.Normalize("Da\u00ADten\u00ADschutz und Coo\u200Bkies"));
        Assert.Equal(CorpusLine.Hash("Datenschutz und Cookies"), CorpusLine.Hash("Daten\u00ADschutz und\u2060 Cookies\uFEFF"));
    }

    [Theory]
    [InlineData("Home")]
    [InlineData("___")]
    [InlineData("* * *")]
    [InlineData("— 2019 —")]
    [InlineData("")]
    public void Lines_of_one_word_or_punctuation_are_never_counted(string line)
    {
        Assert.Null(CorpusLine.Normalize(line));
    }

    [Fact]
    public void Two_words_are_a_line_that_counts()
    {
        Assert.Equal("read more", CorpusLine.Normalize("Read more"));
    }

    [Fact]
    public void Scripts_without_spaces_count_two_characters_as_a_word()
    {
        // Twenty characters of Japanese without a space are a sentence, not one word.
        Assert.NotNull(CorpusLine.Normalize("「脱獄」とは、機能制限を解除することです。"));
        Assert.Null(CorpusLine.Normalize("脱獄"));
    }
}
