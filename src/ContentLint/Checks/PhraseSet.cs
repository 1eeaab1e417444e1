using System.Text;
using System.Text.RegularExpressions;
using ContentLint.Text;

namespace ContentLint.Checks;

/// <summary>Where in a line a phrase must stand to count.</summary>
internal enum PhrasePosition
{
    /// <summary>Anywhere, as a whole word or words.</summary>
    Anywhere,

    /// <summary>The phrase is the whole unit (line, paragraph...), give or take surrounding punctuation, symbols and white space.</summary>
    WholeLine,

    /// <summary>The unit starts with the phrase as a label: followed by a separator (<c>:</c>, <c>|</c>, a dash) or nothing.</summary>
    Label,
}

/// <summary>
/// A list of literal phrases matched case-insensitively and on word boundaries; any run of white space in a phrase
/// (U+00A0 included) matches any run in the text.
/// </summary>
internal sealed class PhraseSet
{
    /// <summary>What may surround a whole-line phrase or precede a label: white space, punctuation, symbols, invisible format characters.</summary>
    private const string Edge = @"[\s\p{P}\p{S}\p{Cf}]*";

    private readonly Regex regex;
    private readonly PhrasePosition position;

    public PhraseSet(IEnumerable<string> phrases, PhrasePosition position)
    {
        this.position = position;
        var alternatives = string.Join("|", phrases
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(p => p.Length)
            .Select(ToPattern));
        var pattern = position switch
        {
            PhrasePosition.WholeLine => $"^{Edge}(?<m>{alternatives}){Edge}$",
            PhrasePosition.Label => $@"^{Edge}(?<m>{alternatives})\s*(?:[:|>»›\-–—]|$)",
            _ => $"(?<m>{alternatives})",
        };
        regex = new Regex(pattern, RuleRegex.BaseOptions | RegexOptions.IgnoreCase, RuleRegex.MatchTimeout);
    }

    /// <summary>
    /// The matches in <paramref name="unit"/> of <paramref name="text"/>: each phrase found anywhere, or — for whole
    /// units and labels, where the unit itself is the junk — the unit without its surrounding white space.
    /// </summary>
    public IEnumerable<TextSpan> Matches(string text, TextSpan unit)
    {
        for (var match = regex.Match(text, unit.Start, unit.Length); match.Success; match = match.NextMatch())
        {
            if (position == PhrasePosition.Anywhere)
            {
                var found = match.Groups["m"];
                yield return new TextSpan(found.Index, found.Length);
                continue;
            }

            var content = text.AsSpan(unit.Start, unit.Length);
            yield return new TextSpan(unit.Start + (content.Length - content.TrimStart().Length), content.Trim().Length);
            yield break;
        }
    }

    private static string ToPattern(string phrase)
    {
        var pattern = new StringBuilder();
        if (char.IsLetterOrDigit(phrase[0]))
        {
            pattern.Append(@"(?<![\p{L}\p{N}])");
        }

        var words = phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        pattern.AppendJoin(@"\s+", words.Select(Regex.Escape));
        if (char.IsLetterOrDigit(phrase[^1]))
        {
            pattern.Append(@"(?![\p{L}\p{N}])");
        }

        return pattern.ToString();
    }
}
