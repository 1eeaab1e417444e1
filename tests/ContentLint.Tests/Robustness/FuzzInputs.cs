using System.Globalization;
using System.Text;
using ContentLint.Tests.Fixing;
using ContentLint.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace ContentLint.Tests.Robustness;

/// <summary>
/// One fuzz case: the bytes of an article file, and (for generated Unicode) the exact string they came from, which may
/// hold what no encoding can store (lone surrogates) and is linted and fixed as a string too.
/// </summary>
public sealed record FuzzArticle(string How, byte[] Bytes, string? Text = null)
{
    public override string ToString() => $"{How}, {Bytes.Length} bytes:{Environment.NewLine}{FuzzInputs.Show(Text ?? Encoding.UTF8.GetString(Bytes))}";
}

/// <summary>The lines of a JSON Lines corpus, well-formed records and broken lines mixed.</summary>
public sealed record FuzzCorpus(string[] Lines, string LineBreak)
{
    public byte[] Bytes => Encoding.UTF8.GetBytes(string.Join(LineBreak, Lines));

    public override string ToString() => FuzzInputs.Show(string.Join(LineBreak, Lines));
}

/// <summary>
/// What the fuzz properties feed the pipeline: random bytes, random Unicode full of the characters that break text
/// handling, and the seed articles mutated the ways files get damaged.
/// </summary>
public static class FuzzInputs
{
    /// <summary>The seed articles' bytes, read once.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Seeds { get; } =
        [.. Directory.GetFiles(Path.Combine(Repository.Root, "seeds")).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))];

    /// <summary>Characters and short strings that break naive text code.</summary>
    public static readonly string[] NastyPieces =
    [
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "\uD83D\uDE00", "\uD83D", // lone and swapped surrogates, a real pair
        "\u0301", "e\u0301", "\u0308\u0308\u0308\u0308", "\u20DD", "\u0489", // combining marks, stacked
        "\uFFFD", "\uFFFE", "\uFFFF", "\uFEFF", "\u0000", "\u0001", "\u0007", "\u0008", "\u000B", "\u000C", "\u001B[31m", "\u007F", "\u0085", "\u009B",
        "\u200B", "\u200C", "\u200D", "\u2060", "\u00AD", // zero-width and soft hyphen
        "\u200E", "\u200F", "\u202A", "\u202B", "\u202E", "\u2066", "\u2067", "\u2069", "שלום", "مرحبا", // bidi marks, RTL words
        "\u2028", "\u2029", "\r", "\n", "\r\n", "\n\r", "\r\r\n", "\t", " ", "\u00A0", "\u3000",
        "Ã©", "â€™", "Ã¼", "&amp;", "&nbsp;", "&#8217;", "<div>", "</p>", "<br/>", "<script>alert(1)</script>",
        "---\n", "---\ntitle: \"x\"\nlang: nl\n---\n", "```\n", "~~~", "<!--", "-->", "<!-- contentlint-disable -->", "<!-- contentlint-disable-next-line CL3003 -->",
        "<!-- contentlint-enable CL3003 -->", "[link](http://example.com)", "![img](", "# ", "> ", "* ", "1. ", "|", "\\", "\"", "'", "%", "::", ",", "{", "}",
        "{match}", "{0}", "$1", "(a+)+$", "\u00E9\u0301", "ǅ", "ß", "İ", "ﬁ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "中文标题", "日本語", "한국어",
    ];

    /// <summary>Bytes that matter to decoding: byte-order marks, invalid and overlong UTF-8, UTF-16 halves.</summary>
    private static readonly byte[][] NastyBytes =
    [
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x00], [0x00, 0x00], [0xC3], [0xC3, 0x28], [0xA9], [0xE2, 0x80], [0xE2, 0x80, 0x99],
        [0xF0, 0x9F, 0x98], [0xF0, 0x9F, 0x98, 0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xFE], [0x80], [0xBF],
        [0x0D], [0x0A], [0x0D, 0x0A], [0x1A], [0x7F],
    ];

    /// <summary>A line of text a rule cares about: a sentence, a junk block, a headline.</summary>
    private static Gen<string> Wordy { get; } = Gen.Frequency(
        (4, Gen.Elements(GeneratedArticles.Sentences)),
        (4, Gen.Elements(GeneratedArticles.JunkBlocks).Select(block => string.Join("\n", block))),
        (1, Gen.Elements(GeneratedArticles.Titles)),
        (1, Gen.Elements(GeneratedArticles.CommentThread)));

    /// <summary>Any character at all, surrogates and unassigned code points included.</summary>
    private static Gen<string> AnyChar { get; } = Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString());

    private static Gen<string> LongLine { get; } =
        from sentence in Gen.Elements(GeneratedArticles.Sentences)
        from times in Gen.Choose(50, 1_500)
        select string.Concat(Enumerable.Repeat(sentence + " ", times));

    private static Gen<string> UnicodePiece { get; } = Gen.Frequency(
        (6, Gen.Elements(NastyPieces)),
        (4, Wordy),
        (3, AnyChar),
        (2, Gen.Elements("\n", "\r\n", "\r", "\n\n", "\r\r")));

    /// <summary>Random Unicode text, stored in one of the encodings the reader accepts.</summary>
    public static Gen<FuzzArticle> Unicode { get; } =
        from pieces in Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(UnicodePiece, n))
        from longLine in Gen.Frequency((1, LongLine), (150, Gen.Constant("")))
        from at in Gen.Choose(0, 60)
        from lineEnds in Gen.Elements("as generated", "CR only", "CRLF")
        from encoding in Gen.Elements("utf-8", "utf-8 BOM", "utf-16le BOM", "utf-16be BOM")
        select MakeUnicode(pieces, longLine, at, lineEnds, encoding);

    /// <summary>Random bytes: uniform noise, or noise built from text and bytes that matter to decoding.</summary>
    public static Gen<FuzzArticle> RandomBytes { get; } = Gen.Frequency(
        (2, Gen.Choose(0, 384).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n)).Select(bytes => new FuzzArticle("uniform bytes", bytes))),
        (3, Gen.Choose(0, 24).SelectMany(n => Gen.ArrayOf(BytePiece, n)).Select(pieces => new FuzzArticle("byte pieces", [.. pieces.SelectMany(p => p)]))));

    private static Gen<byte[]> BytePiece { get; } = Gen.Frequency(
        (4, Gen.Elements(NastyBytes)),
        (4, Wordy.Select(Encoding.UTF8.GetBytes)),
        (2, Gen.Elements(NastyPieces).Select(Encoding.UTF8.GetBytes)),
        (1, Wordy.Select(Encoding.Unicode.GetBytes)),
        (1, Gen.Choose(0, 255).Select(b => new[] { (byte)b })));

    /// <summary>A seed article damaged by one to six mutations.</summary>
    public static Gen<FuzzArticle> MutatedSeed { get; } =
        from seed in Gen.Elements(Seeds.ToArray())
        from mutations in Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(Mutation, n))
        select new FuzzArticle(
            seed.Name + ": " + string.Join(", ", mutations.Select(m => m.Name)),
            mutations.Aggregate(seed.Bytes, (bytes, mutation) => mutation.Apply(bytes)));

    private sealed record NamedMutation(string Name, Func<byte[], byte[]> Apply);

    private static Gen<NamedMutation> Mutation { get; } = Gen.Frequency(
        (3, from position in Gen.Choose(0, int.MaxValue) from bit in Gen.Choose(0, 7)
            select new NamedMutation("flip a bit", bytes => FlipBit(bytes, position, bit))),
        (3, from position in Gen.Choose(0, int.MaxValue) from line in Gen.Frequency((3, Wordy), (2, UnicodePiece), (1, Gen.Elements(NastyBytes).Select(b => Encoding.Latin1.GetString(b))))
            select new NamedMutation("insert a junk line", bytes => InsertLine(bytes, position, line))),
        (2, from position in Gen.Choose(0, int.MaxValue)
            select new NamedMutation("truncate", bytes => bytes.Length == 0 ? bytes : bytes[..(position % bytes.Length)])),
        (2, from position in Gen.Choose(0, int.MaxValue) from times in Gen.Choose(1, 3)
            select new NamedMutation("duplicate a line", bytes => DuplicateLine(bytes, position, times))),
        (2, Gen.Constant(new NamedMutation("toggle CRLF", ToggleCrlf))),
        (2, Gen.Constant(new NamedMutation("toggle the BOM", ToggleBom))),
        (1, from position in Gen.Choose(0, int.MaxValue) from noise in Gen.Elements(NastyBytes)
            select new NamedMutation("insert bytes", bytes => Insert(bytes, position % (bytes.Length + 1), noise))),
        (1, from start in Gen.Choose(0, int.MaxValue) from length in Gen.Choose(1, 400)
            select new NamedMutation("delete a range", bytes => DeleteRange(bytes, start, length))),
        (1, Gen.Constant(new NamedMutation("as UTF-16", bytes => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(bytes))]))));

    /// <summary>A JSON Lines corpus: records whose text is random Unicode or a damaged seed, and broken lines.</summary>
    public static Gen<FuzzCorpus> Corpus { get; } =
        from lines in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(CorpusLine, n))
        from lineBreak in Gen.Elements("\n", "\r\n")
        select new FuzzCorpus(lines, lineBreak);

    private static Gen<string> CorpusLine { get; } = Gen.Frequency(
        (6, from text in Gen.Frequency((1, Unicode.Select(a => a.Text!)), (1, MutatedSeed.Select(a => Encoding.UTF8.GetString(a.Bytes))))
            from title in Gen.Frequency((2, Gen.Elements(GeneratedArticles.Titles)), (1, UnicodePiece), (1, Gen.Constant<string>(null!)))
            from language in Gen.Elements("en", "nl", "de", "", "xx", "zh-Hant", null)
            from id in Gen.Frequency((3, Gen.Choose(0, 9999).Select(i => "\"" + i.ToString(CultureInfo.InvariantCulture) + "\"")), (1, Gen.Choose(0, 99).Select(i => i.ToString(CultureInfo.InvariantCulture))), (1, UnicodePiece.Select(Quote)), (1, Gen.Constant("null")))
            from escapeAll in Gen.Frequency((1, Gen.Constant(true)), (5, Gen.Constant(false)))
            select Record(text, title, language, id, escapeAll)),
        (1, Gen.Elements("", "   ", "{", "[]", "null", "42", "\"text\"", "{\"text\": 5}", "{\"text\": null}", "{\"body\": \"x\"}", "{\"text\": \"a\"", "{\"text\": \"\\uD800\"}", "{\"text\": \"\\u0000\\uDFFF\\ud83d\\ude00\"}", "{\"text\":\"a\",\"text\":\"b\"}", "\uFEFF{\"text\": \"x\"}", "{\"text\": \"\\x\"}")),
        (1, Gen.ArrayOf(UnicodePiece, 8).Select(pieces => string.Concat(pieces).Replace("\n", " ", StringComparison.Ordinal))));

    /// <summary>The text with its line breaks and invisible characters made visible, for failure messages.</summary>
    public static string Show(string text)
    {
        var shown = new StringBuilder();
        foreach (var c in text.Length > 4_000 ? text[..4_000] + "..." : text)
        {
            _ = c switch
            {
                '\n' => shown.Append("\\n").Append(Environment.NewLine),
                '\r' => shown.Append("\\r"),
                _ when char.IsControl(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format => shown.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => shown.Append(c),
            };
        }

        return shown.ToString();
    }

    private static FuzzArticle MakeUnicode(string[] pieces, string longLine, int at, string lineEnds, string encoding)
    {
        var list = pieces.ToList();
        if (longLine.Length > 0)
        {
            list.Insert(at % (list.Count + 1), longLine);
        }

        var text = string.Concat(list);
        text = lineEnds switch
        {
            "CR only" => text.Replace("\r\n", "\r", StringComparison.Ordinal).Replace('\n', '\r'),
            "CRLF" => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal),
            _ => text,
        };
        byte[] bytes = encoding switch
        {
            "utf-8 BOM" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            "utf-16le BOM" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            "utf-16be BOM" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => Encoding.UTF8.GetBytes(text),
        };
        return new FuzzArticle($"Unicode, {lineEnds} line ends, {encoding}", bytes, text);
    }

    private static byte[] FlipBit(byte[] bytes, int position, int bit)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var copy = (byte[])bytes.Clone();
        copy[position % copy.Length] ^= (byte)(1 << bit);
        return copy;
    }

    /// <summary>The offsets just after each LF, and 0: where a line can go.</summary>
    private static List<int> LineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static byte[] InsertLine(byte[] bytes, int position, string line)
    {
        var starts = LineStarts(bytes);
        return Insert(bytes, starts[position % starts.Count], Encoding.UTF8.GetBytes(line + "\n"));
    }

    private static byte[] DuplicateLine(byte[] bytes, int position, int times)
    {
        var starts = LineStarts(bytes);
        var index = position % starts.Count;
        var start = starts[index];
        var end = index + 1 < starts.Count ? starts[index + 1] : bytes.Length;
        var line = bytes[start..end];
        return Insert(bytes, end, [.. Enumerable.Repeat(line, times).SelectMany(l => l)]);
    }

    private static byte[] ToggleCrlf(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        return Encoding.Latin1.GetBytes(text.Contains("\r\n", StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal)
            : text.Replace("\n", "\r\n", StringComparison.Ordinal));
    }

    private static byte[] ToggleBom(byte[] bytes) =>
        bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : [0xEF, 0xBB, 0xBF, .. bytes];

    private static byte[] Insert(byte[] bytes, int at, byte[] inserted) => [.. bytes.AsSpan(0, at), .. inserted, .. bytes.AsSpan(at)];

    private static byte[] DeleteRange(byte[] bytes, int start, int length)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var from = start % bytes.Length;
        var to = Math.Min(bytes.Length, from + length);
        return [.. bytes.AsSpan(0, from), .. bytes.AsSpan(to)];
    }

    private static string Record(string text, string? title, string? language, string id, bool escapeAll)
    {
        var fields = new List<string> { "\"id\": " + id, "\"text\": " + Quote(text, escapeAll) };
        if (title is not null)
        {
            fields.Add("\"title\": " + Quote(title, escapeAll));
        }

        if (language is not null)
        {
            fields.Add("\"lang\": " + Quote(language));
        }

        return "{" + string.Join(", ", fields) + "}";
    }

    /// <summary>A JSON string literal; lone surrogates are written as <c>\uXXXX</c> escapes, which JSON allows.</summary>
    private static string Quote(string text) => Quote(text, escapeAll: false);

    private static string Quote(string text, bool escapeAll)
    {
        var json = new StringBuilder("\"");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (c is '"' or '\\')
            {
                json.Append('\\').Append(c);
            }
            else if (escapeAll || c < 0x20 || (char.IsSurrogate(c) && !pair))
            {
                json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else if (pair)
            {
                json.Append(c).Append(text[++i]);
            }
            else
            {
                json.Append(c);
            }
        }

        return json.Append('"').ToString();
    }
}
