namespace ContentLint.Tests.Infrastructure;

/// <summary>
/// Pages of one made-up news site, Nordhafen Media: every page wraps its article in the same menu, slogan and footer,
/// so a corpus of them has shared lines to find and an article under them to keep.
/// </summary>
internal static class SitePages
{
    /// <summary>The slogan line every page of the site repeats.</summary>
    public const string Slogan = "Your news portal for the Nordhafen region";

    /// <summary>A page of the site: its menu and slogan around an article of <paramref name="paragraphs"/>.</summary>
    public static string Page(string title, params string[] paragraphs) =>
        $"{title}\nHome\nNews\nSport\n{Slogan}\nSign up for our newsletter\n\n{string.Join("\n\n", paragraphs)}\n\n© 2026 Nordhafen Media, all rights reserved\n";

    /// <summary>Four paragraphs about <paramref name="topic"/>, different for each topic.</summary>
    public static string[] Article(string topic) =>
    [
        $"The council of Nordhafen decided on Tuesday evening that the {topic} will be rebuilt next year.",
        $"The work on the {topic} starts in March and should be finished before the summer holidays begin.",
        $"Residents who live near the {topic} can ask questions at an evening meeting in the town hall.",
        $"The city pays two thirds of the cost of the {topic}, and the province pays the rest of it.",
    ];
}
