using ContentLint.Checks;
using ContentLint.Text;

namespace ContentLint.Tests.Rules;

/// <summary>The trigger scan finds a word wherever an ordinal case-insensitive search would, in every script.</summary>
public sealed class TriggerIndexTests
{
    private static readonly TriggerSet[] Sets =
    [
        TriggerSet.Of(["©", "®"]),
        TriggerSet.Of(["ad", "AP", "tv"]),
        TriggerSet.Of(["photo", "Foto", "bild"]),
        TriggerSet.Of(["été", "ÉLAN", "über", "straße"]),
        TriggerSet.Of(["Фото", "читайте"]),
        TriggerSet.Of(["📷", "🎥 video", "𐐀𐐁"]),
        TriggerSet.Of(["ıi", "kelvin"]),
    ];

    /// <summary>Letters of every kind the sets hold, their other cases, look-alikes and neighbours.</summary>
    private const string Alphabet = "aAdDpPtTvVhHoOfFbBiIlLeéÉuUüÜsSßrRфФоОтТчЧиИйЙ©®ıİkKKn 📷🎥𐐀𐐁𐐨𐐩\n";

    [Fact]
    public void Finds_each_word_where_an_ordinal_case_insensitive_search_does()
    {
        var index = TriggerIndex.Of(Sets);
        var random = new Random(20261206);
        var compared = 0;
        for (var sample = 0; sample < 400; sample++)
        {
            var text = sample < Sets.Length
                ? string.Join(" ", Sets[sample].Literals.Select(w => w.ToUpperInvariant()))
                : RandomText(random, 5 + (sample % 60));
            var found = index.Scan(text);
            foreach (var set in Sets)
            {
                for (var start = 0; start < text.Length; start++)
                {
                    var unit = new TextRange(start, 1);
                    Assert.True(
                        HasHitAt(set, text, start) == found.Any(set, unit),
                        $"'{text}' at {start}: expected {HasHitAt(set, text, start)} for [{string.Join(", ", set.Literals)}]");
                    compared++;
                }

                Assert.Equal(Enumerable.Range(0, text.Length).Any(i => HasHitAt(set, text, i)), found.Any(set));
            }
        }

        Assert.True(compared > 10_000, $"Only {compared} positions compared.");
    }

    [Fact]
    public void Words_in_other_cases_and_at_the_ends_of_the_text_are_found()
    {
        var index = TriggerIndex.Of(Sets);

        Assert.True(index.Scan("FOTO").Any(Sets[2]));
        Assert.True(index.Scan("ÉTÉ").Any(Sets[3]));
        Assert.True(index.Scan("фото").Any(Sets[4]));
        Assert.True(index.Scan("x ap").Any(Sets[1], new TextRange(2, 2)));
        Assert.True(index.Scan("📷").Any(Sets[5]));
        Assert.True(index.Scan("𐐨𐐩").Any(Sets[5]));
        Assert.False(index.Scan("fot photograph").Any(Sets[2], new TextRange(0, 3)));
        Assert.False(index.Scan("no trigger here").Any(Sets[3]));
    }

    private static bool HasHitAt(TriggerSet set, string text, int start) =>
        set.Literals.Any(word => text.AsSpan(start).StartsWith(word, StringComparison.OrdinalIgnoreCase));

    private static string RandomText(Random random, int length)
    {
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(Alphabet);
        var pieces = new List<string>();
        while (elements.MoveNext())
        {
            pieces.Add((string)elements.Current);
        }

        var words = Sets.SelectMany(s => s.Literals).ToArray();
        var text = new System.Text.StringBuilder();
        while (text.Length < length)
        {
            // Mostly single letters, sometimes a whole word in a random case, so that hits are frequent.
            text.Append(random.Next(6) == 0
                ? (random.Next(2) == 0 ? words[random.Next(words.Length)].ToUpperInvariant() : words[random.Next(words.Length)])
                : pieces[random.Next(pieces.Count)]);
        }

        return text.ToString();
    }
}
