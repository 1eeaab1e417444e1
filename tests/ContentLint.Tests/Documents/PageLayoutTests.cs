using ContentLint.Documents;

namespace ContentLint.Tests.Documents;

/// <summary>The page-shape analysis behind CL4011 and CL4012: which stop words it counts, and where it gives up.</summary>
public sealed class PageLayoutTests
{
    private static readonly PageShapeSettings Settings = new(70, 200, 0.30, 0.32, 8, 30);

    private static PageLayout? Analyze(string text) => PageLayout.Analyze(Document.Parse(text), Settings);

    [Fact]
    public void A_language_without_a_detection_profile_is_measured_with_its_own_stop_words()
    {
        var layout = Analyze("""
            Färjan går hela vintern
            Färjan över älven kommer att gå hela vintern för första gången, meddelade hamnförvaltningen på tisdagen, efter ett försök i våras som visade att de flesta av passagerarna är pendlare som inte har något annat sätt att ta sig över älven tidigt på morgonen.
            Nyheter
            Sport
            """);

        Assert.NotNull(layout);
        Assert.Equal([LineClass.Good, LineClass.Bad, LineClass.Bad], layout.Lines.Select(l => l.Class));
        Assert.Equal((0, 0), (layout.CoreStart, layout.CoreEnd));
    }

    [Fact]
    public void Text_in_a_script_without_spaces_between_words_is_not_measured()
    {
        var layout = Analyze("""
            冬もフェリーが運航
            川を渡るフェリーは、港湾局が火曜日に発表したところによると、開業以来初めて冬の間も運航を続ける。春の試験運航では、乗客の大半が早朝に川を渡る他の手段を持たない通勤者であることが分かった。
            ニュース
            スポーツ
            """);

        Assert.Null(layout);
    }

    [Fact]
    public void A_stated_language_wins_over_the_list_that_covers_the_text_best()
    {
        var text = "Title\nThe council met on Monday and the mayor said that the plan for the new bridge would be ready in the spring of next year.\n";

        var stated = PageLayout.Analyze(Document.Parse(text, new DocumentOptions { Language = "de" }), Settings)!;
        var detected = Analyze(text)!;

        Assert.True(stated.Lines[0].StopWords < detected.Lines[0].StopWords, "German stop words should be fewer than English ones in an English line.");
    }
}
