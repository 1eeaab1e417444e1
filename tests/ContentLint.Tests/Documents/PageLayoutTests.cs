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
    public void Text_in_a_script_without_spaces_between_words_is_classed_by_its_length_and_sentence_punctuation()
    {
        var layout = Analyze("""
            冬もフェリーが運航
            川を渡るフェリーは、港湾局が火曜日に発表したところによると、開業以来初めて冬の間も運航を続ける。春の試験運航では、乗客の大半が早朝に川を渡る他の手段を持たない通勤者であることが分かった。
            港湾局は三月に最初の数字が出た段階で、冬の運航を見直す予定だと説明している。
            ニュース
            スポーツ
            """);

        Assert.NotNull(layout);
        Assert.Equal([LineClass.Good, LineClass.NearGood, LineClass.Short, LineClass.Short], layout.Lines.Select(l => l.OwnClass));
        Assert.Equal((0, 1), (layout.CoreStart, layout.CoreEnd));
    }

    [Fact]
    public void Only_numbers_followed_by_their_unit_in_a_run_of_three_are_a_run_of_counts()
    {
        var layout = PageLayout.Analyze(Document.Parse("""
            Poll
            412 votes
            %96 votes
            57 votes
            Politics (15)
            Sport (8)
            Culture (23)
            2
            3
            4
            """, new DocumentOptions { Language = "en" }), Settings)!;

        Assert.Equal([true, true, true, false, false, false, false, false, false], layout.Lines.Select(l => l.InCountRun));
    }

    [Fact]
    public void A_stated_language_wins_over_the_list_that_covers_the_text_best()
    {
        var text = "Title\nThe council met on Monday and the mayor said that the plan for the new bridge would be ready in the spring of next year.\n";

        var stated = PageLayout.Analyze(Document.Parse(text, new DocumentOptions { Language = "de" }), Settings)!;
        var detected = Analyze(text)!;

        Assert.True(stated.Lines[0].StopWords < detected.Lines[0].StopWords, "German stop words should be fewer than English ones in an English line.");
    }

    [Fact]
    public void The_core_is_the_prose_under_the_repeated_headline_even_when_a_footer_holds_more_prose()
    {
        var layout = Analyze("""
            Harbour ferry to run through the winter | Riverside Courier
            Most read
            Council backs cycle lanes
            Harbour ferry to run through the winter
            The harbour ferry will keep running through the winter for the first time since it was launched, the port authority said on Tuesday, after a trial in the spring.
            The extra sailings will be paid for by the county and by a small rise in the fare, which goes up by twenty cents from the first of November this year.
            Contact us
            Privacy policy
            Terms of use
            Sitemap
            Archive
            Careers
            Advertise
            Accessibility
            Cookie settings
            The information provided on this website, including the blogs, the community pages and all other content, was intended for a general audience and is not advice of any kind.
            Results vary depending on your starting point, your goals and the effort you put in, and nothing on this website is a promise of any particular result for you or for anyone else.
            Consult your physician and follow all of the safety instructions before you begin any exercise programme or use any supplement, especially if you are pregnant or have a condition.
            """)!;

        Assert.Equal((3, 4), (layout.CoreStart, layout.CoreEnd));
    }

    [Fact]
    public void The_core_runs_on_over_the_articles_own_list_of_amounts_and_steps()
    {
        var layout = Analyze("""
            Winter soup for a cold week
            This is the soup we make every week from November to March, when the market has little else than roots and the evenings are long and cold enough for something warm.
            It keeps for three days in the fridge and freezes well, so it is worth making a large pot of it on a Sunday afternoon and eating it through the week.
            Ingredients
            2 onions, finely chopped
            500 g of carrots
            1 litre of vegetable stock
            Method
            Cook the onions in the butter for 10 minutes until they are soft.
            Serving
            Most read
            Council backs cycle lanes
            School roof repairs delayed
            Bakery wins regional prize
            Contact us
            Privacy policy
            """)!;

        Assert.Equal((0, 7), (layout.CoreStart, layout.CoreEnd));
    }
    [Fact]
    public void A_small_page_that_opens_with_its_menu_is_a_page_dump_and_an_article_with_lists_after_its_prose_is_not()
    {
        const string Prose = "The harbour ferry will keep running through the winter for the first time since it was launched, the port authority said on Tuesday, after a trial in the spring showed that most of its passengers were commuters.";
        var menu = string.Join("\n", "Home", "Local", "Region", "Business", "Sport", "Culture", "Weather", "Podcasts");
        var links = string.Join("\n", "Most read", "Council backs cycle lanes", "School roof repairs delayed", "Bakery wins regional prize", "Contact us", "Advertise", "Careers", "Privacy policy");
        var lists = string.Join("\n", "Pros", "Fresh every morning", "Local ingredients", "Cons", "Hard to get to", "Overall rating", "Good value", "Friendly staff");

        var page = Analyze($"Harbour ferry\n{menu}\n{Prose}\n{Prose}\n{links}\n")!;
        var article = Analyze($"Harbour ferry\n{Prose}\n{Prose}\n{lists}\n{lists}\n")!;

        Assert.True(page.IsPageDump);
        Assert.False(article.IsPageDump);
    }

    [Fact]
    public void A_line_the_page_prints_twice_outside_its_prose_is_template_and_anchors_no_core()
    {
        const string Prose = "The harbour ferry will keep running through the winter for the first time since it was launched, the port authority said on Tuesday, after a trial in the spring showed that most of its passengers were commuters.";
        const string Fare = "The extra sailings will be paid for by the county and by a small rise in the fare, which goes up by twenty cents from the first of November, and the operator will add a heated waiting room.";
        const string Promise = "We send you the morning's local news in one short email before eight o'clock.";
        var layout = Analyze($"Harbour ferry\nHome\nLocal\nRegion\nBusiness\nSport\n{Prose}\n{Fare}\nMost read\nCouncil backs cycle lanes\n{Promise}\nContact us\nAdvertise\n{Promise}\nSitemap\n")!;

        var promises = layout.Lines.Select((line, i) => (line, i)).Where(x => x.line.Length == Promise.Length).Select(x => x.i).ToList();
        Assert.Equal(2, promises.Count);
        Assert.All(promises, i => Assert.False(layout.InCore(i)));
        Assert.All(promises, i => Assert.True(layout.IsRepeatedOutsideCore(i)));
        Assert.False(layout.IsRepeatedOutsideCore(layout.CoreStart));
    }
}
