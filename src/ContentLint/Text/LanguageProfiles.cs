using System.Collections.Frozen;

namespace ContentLint.Text;

/// <summary>
/// Small stop-word profiles for the languages the built-in rules know, enough to tell which language a line or an
/// article is in without a downloaded model: function words are frequent, short and distinctive.
/// </summary>
internal static class LanguageProfiles
{
    private static readonly Dictionary<string, string> Words = new()
    {
        ["en"] = "the a an and or of to in on at for with by from is are was were be been being this that these those it its you your we our they their he she his her him them not no but as if so more most all also may might can could will would should like about what which who whom how when where why here there up out now just only than then into over after before has have had do does did my me us one some any other such very own same",
        ["nl"] = "de het een en of van in op te dat die is zijn was waren met voor niet aan er om ook als bij maar door uit naar dan nog wel ze zij hij je jij u we wij ik mijn haar hun dit deze wat wie hoe waar wordt worden werd heeft hebben had kan kunnen zal zou over meer geen al na tot onder tegen ons onze jullie lees toch echter omdat",
        ["de"] = "der die das den dem des ein eine einen einem einer und oder in im an ist sind war waren mit von zu zum zur für auf nicht auch als bei aber wie was wer wo dass es er sie wir ich du ihr sein seine ihre hat haben hatte wird werden wurde kann können noch nach aus über mehr kein keine nur schon sich dieser diese dieses am vom einen unter gegen durch sehr",
        ["fr"] = "le la les un une des du de et ou en dans est sont était avec pour par sur pas ne plus aussi comme mais qui que où ce cette ces il elle ils elles nous vous je son sa ses leur leurs ont avait sera être avoir au aux se lui tout tous très",
        ["es"] = "el la los las un una unos unas y o de del en es son era con para por sobre no más también como pero que quien donde este esta estos estas ese esa él ella ellos nosotros usted su sus ha han había será ser al se lo le muy ya te puede",
        ["it"] = "il lo la i gli le un uno una e o di del della dei delle in nel nella è sono era con per su non più anche come ma che chi dove questo questa quello lui lei loro noi voi suo sua ha hanno aveva sarà essere al alla si ci molto già",
        ["pt"] = "o a os as um uma uns umas e ou de do da dos das em no na nos nas é são era com para por sobre não mais também como mas que quem onde este esta isso ele ela eles nós você seu sua seus tem têm foi será ser ao à se muito já pelo pela",
    };

    /// <summary>The languages, in a fixed order: bit <c>i</c> of a word's mask is language <c>i</c>.</summary>
    private static readonly string[] Codes = [.. Words.Keys];

    /// <summary>Every stop word with the languages it belongs to, looked up without allocating by span.</summary>
    private static readonly SpanLookup<byte> Masks = new(Words
        .SelectMany((profile, index) => profile.Value.Split(' ').Select(word => (Word: word, Bit: (byte)(1 << Array.IndexOf(Codes, profile.Key)))))
        .GroupBy(w => w.Word, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(g => g.Key, g => (byte)g.Aggregate(0, (mask, w) => mask | w.Bit), StringComparer.OrdinalIgnoreCase));

    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["en"] = "English", ["nl"] = "Dutch", ["de"] = "German", ["fr"] = "French", ["es"] = "Spanish", ["it"] = "Italian", ["pt"] = "Portuguese",
    }.ToFrozenDictionary();

    /// <summary>The ISO 639-1 codes of the languages with a profile.</summary>
    public static IReadOnlyCollection<string> Languages => Codes;

    /// <summary>The English name of a language with a profile, else its code.</summary>
    public static string NameOf(string code) => Names.GetValueOrDefault(code, code);

    /// <summary>
    /// Counts stop words per language into <paramref name="counts"/> (indexed like <see cref="Languages"/>) and returns
    /// the number of words, stopping early once more than <paramref name="maxWords"/> words were seen. A word is a
    /// run of letters and digits; runs with digits ("291a", "4G") are words but never stop words.
    /// </summary>
    internal static int CountInto(ReadOnlySpan<char> text, Span<int> counts, int maxWords)
    {
        var words = 0;
        var start = -1;
        var hasDigit = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                start = start < 0 ? i : start;
                hasDigit |= char.IsAsciiDigit(c);
                continue;
            }

            if (start < 0)
            {
                continue;
            }

            if (++words > maxWords)
            {
                return words;
            }

            if (!hasDigit && Masks.TryGetValue(text[start..i], out var mask))
            {
                for (var language = 0; mask != 0; language++, mask >>= 1)
                {
                    counts[language] += mask & 1;
                }
            }

            start = -1;
            hasDigit = false;
        }

        return words;
    }

    /// <summary>
    /// The language of <paramref name="text"/>, or null when it is not clear: at least <paramref name="minHits"/>
    /// stop words of the winner, and at least 1.5 times as many as the runner-up.
    /// </summary>
    public static string? Detect(ReadOnlySpan<char> text, int minHits)
    {
        Span<int> counts = stackalloc int[Codes.Length];
        CountInto(text, counts, int.MaxValue);
        return Winner(counts, minHits);
    }

    /// <summary>The language with the most stop words, when it has at least <paramref name="minHits"/> and 1.5 times the runner-up's.</summary>
    internal static string? Winner(ReadOnlySpan<int> counts, int minHits)
    {
        int best = -1, second = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            if (best < 0 || counts[i] > counts[best])
            {
                second = best < 0 ? 0 : counts[best];
                best = i;
            }
            else if (counts[i] > second)
            {
                second = counts[i];
            }
        }

        return counts[best] >= minHits && counts[best] >= second * 1.5 ? Codes[best] : null;
    }

    /// <summary>The position of <paramref name="code"/> in <see cref="Languages"/>, or -1.</summary>
    internal static int IndexOf(string code) => Array.IndexOf(Codes, code);
}
