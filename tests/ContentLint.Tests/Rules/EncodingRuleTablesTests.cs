using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ContentLint.Documents;
using ContentLint.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Tests.Rules;

/// <summary>
/// Two encoding rules stay out of the way of the swap table of another: CL1006 (control characters) of the
/// mojibake CL1001 repairs, and CL1007 (undecoded references) of the references CL1004 decodes. Their patterns carry
/// what they skip as data written from those tables, so these tests tie them to the tables as they stand. CL1001's
/// table itself is generated here from the encodings that garble the text.
/// </summary>
public sealed partial class EncodingRuleTablesTests
{
    [Theory]
    [InlineData("encoding/CL1001-mojibake.yaml", "CL1006")]
    [InlineData("encoding/CL1004-html-entity.yaml", "CL1007")]
    public void No_key_of_a_swap_table_is_reported_by_the_rule_that_leaves_it_to_that_table(string swapRule, string otherRule)
    {
        var keys = SwapKeys(swapRule);

        var reported = keys.Where(key => BuiltInPack.Linter.Lint($"Title\n\nA {key} b.\n", new DocumentOptions { Path = "a.txt" }).Any(d => d.Id == otherRule));

        Assert.NotEmpty(keys);
        Assert.Empty(reported);
    }

    [Fact]
    public void The_character_reference_pattern_is_the_one_generated_from_the_html_entity_swap_table()
    {
        var keys = SwapKeys("encoding/CL1004-html-entity.yaml");
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.RulesFolder, "encoding/CL1007-character-reference.yaml"))));
        var patterns = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("patterns")];

        var generated = CharacterReferencePattern(keys);

        Assert.True(((YamlScalarNode)patterns.Children.Single()).Value == generated, $"CL1007's pattern is stale; generated from CL1004's swaps it is:\n  - '{generated}'");
    }

    /// <summary>
    /// CL1007's pattern: any decimal, hexadecimal or named reference except the ones CL1004's swap table decodes,
    /// each list longest first so the exclusion reads as a table (hexadecimal digits compared without case).
    /// </summary>
    private static string CharacterReferencePattern(IReadOnlyList<string> swapKeys)
    {
        static string Alternatives(IEnumerable<string> items) =>
            string.Join('|', items.Distinct(StringComparer.Ordinal).OrderByDescending(i => i.Length).ThenBy(i => i, StringComparer.Ordinal));

        var decimals = swapKeys.Where(k => DecimalReference().IsMatch(k)).Select(k => k[2..^1]);
        var hexadecimals = swapKeys.Where(k => HexadecimalReference().IsMatch(k)).Select(k => k[3..^1].ToLowerInvariant());
        var named = swapKeys.Where(k => NamedReference().IsMatch(k)).Select(k => k[1..^1]);
        return $@"&(?:#(?!(?:{Alternatives(decimals)});)\d{{2,7}}|#X[0-9a-fA-F]{{2,6}}|#x(?!(?i:{Alternatives(hexadecimals)});)[0-9a-fA-F]{{2,6}}|(?!(?:{Alternatives(named)});)[a-zA-Z][a-zA-Z\d]{{1,7}});";
    }

    [Fact]
    public void The_mojibake_swap_table_is_the_one_generated_from_utf8_read_as_windows_1252_and_latin_1()
    {
        var rule = File.ReadAllText(Path.Combine(Repository.RulesFolder, "encoding/CL1001-mojibake.yaml")).ReplaceLineEndings("\n");
        var from = rule.IndexOf("\nswaps:\n", StringComparison.Ordinal) + "\nswaps:\n".Length;
        var checkedIn = rule[from..rule.IndexOf("\nexamples:\n", from, StringComparison.Ordinal)] + "\n";

        var generated = MojibakeSwaps();

        Assert.True(checkedIn == generated, $"CL1001's swap table is stale; generated it is:\n{generated}");
    }

    /// <summary>
    /// CL1001's swaps: each covered character's UTF-8 bytes read as Windows-1252 (a byte it leaves undefined survives as
    /// the C1 control of the same number) and as Latin-1, mapped back to the character; invisible format characters and
    /// separators map to nothing. Covered: the Latin-1 letters and symbols, the general punctuation block, €, ™ and №,
    /// whole. Of Latin Extended-A every form with a C1 control after its lead letter (Ä or Å followed by a control is
    /// never text), but its other forms only for the letters of the Central European, Western and Turkish Windows code
    /// pages (1250, 1252, 1254): Å² and Å³ are ångström units, not garbled Ų and ų. Romanian's comma-below letters
    /// (ș ț) too. And the closing quote whose third byte, undefined in Windows-1252, was dropped.
    /// </summary>
    private static string MojibakeSwaps()
    {
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFD"))!;
        var codePageLetters = new[] { 1250, 1252, 1254 }
            .SelectMany(codePage => CodePagesEncodingProvider.Instance.GetEncoding(codePage)!.GetString([.. Enumerable.Range(0x80, 0x80).Select(b => (byte)b)]))
            .ToHashSet();
        static bool IsControl(char c) => c is >= '\u0080' and <= '\u009F';
        string AsWindows1252(byte[] bytes) => string.Concat(bytes.Select(b => windows1252.GetString([b]) is var c && c == "\uFFFD" ? ((char)b).ToString() : c));
        IEnumerable<string> Forms(char c)
        {
            var bytes = Encoding.UTF8.GetBytes(c.ToString());
            return new[] { AsWindows1252(bytes), Encoding.Latin1.GetString(bytes) }.Distinct(StringComparer.Ordinal);
        }

        static IEnumerable<char> Range(char first, char last) => Enumerable.Range(first, last - first + 1).Select(c => (char)c);
        var sections = new (string Comment, IEnumerable<(string Form, char Character)> Swaps)[]
        {
            ("Latin-1 letters and symbols (UTF-8 lead byte C2/C3 read as Â/Ã)",
                Range('\u00A0', '\u00FF').SelectMany(c => Forms(c).Select(form => (form, c)))),
            ("Latin Extended-A: every form with a C1 control, the other forms of the code pages' letters (lead byte C4/C5 read as Ä/Å)",
                Range('\u0100', '\u017F').SelectMany(c => Forms(c).Where(form => form.Any(IsControl) || codePageLetters.Contains(c)).Select(form => (form, c)))),
            ("Romanian comma-below letters (lead byte C8 read as È)",
                Range('\u0218', '\u021B').SelectMany(c => Forms(c).Select(form => (form, c)))),
            ("Punctuation, spaces and symbols U+2000-U+203F, €, ™, № (three bytes, lead E2 read as â)",
                Range('\u2000', '\u203F').Concat("€™№").SelectMany(c => Forms(c).Select(form => (form, c)))),
            ("The closing quote's third byte (0x9D) has no Windows-1252 character and is often dropped.",
                [("â€", '”')]),
        };

        static bool IsInvisible(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
        static string Quoted(string text) => "\"" + string.Concat(text.Select(c =>
            IsControl(c) || IsInvisible(c) || (char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator && c != ' ') ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";
        var table = new StringBuilder();
        table.Append("  # Generated by EncodingRuleTablesTests (tests/ContentLint.Tests/Rules): each character's UTF-8 bytes read as\n")
            .Append("  # Windows-1252 and as Latin-1 (where a byte has no Windows-1252 character, or the reader was Latin-1, it survives as\n")
            .Append("  # a C1 control character such as U+0080). Invisible format characters and separators are repaired by deletion.\n");
        foreach (var (comment, swaps) in sections)
        {
            table.Append("  # ").Append(comment).Append('\n');
            foreach (var (form, character) in swaps)
            {
                table.Append("  ").Append(Quoted(form)).Append(": ").Append(Quoted(IsInvisible(character) ? "" : character.ToString())).Append('\n');
            }
        }

        return table.ToString();
    }

    private static List<string> SwapKeys(string swapRule)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.RulesFolder, swapRule))));
        var swaps = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("swaps")];
        return swaps.Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value!).ToList();
    }

    [GeneratedRegex(@"^&#[0-9]+;$")]
    private static partial Regex DecimalReference();

    [GeneratedRegex(@"^&#[xX][0-9a-fA-F]+;$")]
    private static partial Regex HexadecimalReference();

    [GeneratedRegex(@"^&[A-Za-z][A-Za-z0-9]*;$")]
    private static partial Regex NamedReference();
}
