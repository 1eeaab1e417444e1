using ContentLint.Documents;
using ContentLint.Fixing;
using ContentLint.Rules;
using ContentLint.Text;
using FsCheck.Xunit;

namespace ContentLint.Tests.Fixing;

// The fixer's safety promises, each checked on 5,000 generated articles (FsCheck). One class per property, so
// xunit runs them side by side.

/// <summary>What the properties share: the fixer and the number of documents per property.</summary>
internal static class FixProperty
{
    public const int Documents = 5_000;

    /// <summary>
    /// The built-in rules that offer a fix: the fixed text depends on nothing else, and leaving out the rules without
    /// one (whose findings never change a line) keeps 20,000 documents fast and makes "lines without a finding"
    /// stricter, not weaker.
    /// </summary>
    /// <remarks>Unsafe fixes too: the generated junk includes comment threads, whose comments only an unsafe fix removes.</remarks>
    public static Fixer Fixer { get; } = new(
        BuiltInRules.Rules
            .Where(rule => rule.Definition.Fix is not null)
            .Aggregate(new LinterBuilder(), (builder, rule) => builder.AddRule(rule))
            .Build(),
        new FixOptions { Unsafe = true });
}

public sealed class FixIsIdempotentProperty
{
    [Property(MaxTest = FixProperty.Documents, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Fixing_twice_gives_the_same_text_as_fixing_once(MessyArticle article)
    {
        var once = FixProperty.Fixer.Fix(article.Text);
        var twice = FixProperty.Fixer.Fix(once.Text);

        Assert.False(once.ReachedPassLimit, "The fixes did not settle within the pass limit.");
        Assert.Equal(once.Text, twice.Text);
        Assert.Empty(twice.Applied);
    }
}

public sealed class FixRestoresCleanArticleProperty
{
    /// <remarks>
    /// Byte equality also proves the generator's clean articles are clean: anything fixable in them would be
    /// removed too. The encoding (UTF-8, UTF-8 with BOM, UTF-16 with BOM), line breaks (LF, CRLF) and final newline
    /// vary with the article.
    /// </remarks>
    [Property(MaxTest = FixProperty.Documents, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Junk_inserted_at_paragraph_boundaries_is_removed_byte_for_byte(RestorableArticle article)
    {
        var fix = FileFix.FromBytes(FixProperty.Fixer, article.JunkBytes, "article.txt");

        Assert.Null(fix.Problem);
        Assert.Equal(article.CleanBytes, fix.GetNewBytes());
        Assert.Equal(article.JunkBlocks > 0, fix.IsChanged);
    }
}

public sealed class FixKeepsUnflaggedLinesProperty
{
    [Property(MaxTest = FixProperty.Documents, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Lines_without_a_finding_are_never_changed(MessyArticle article)
    {
        var result = FixProperty.Fixer.Fix(article.Text);

        var source = ContentText.From(article.Text);
        var flagged = result.Found
            .SelectMany(d => Enumerable.Range(d.Location.Start.Line, d.Location.End.Line - d.Location.Start.Line + 1))
            .ToHashSet();
        // Every non-blank line without a finding is still there, unchanged and in order ...
        var untouched = source.Lines.Where(line => !flagged.Contains(line.Number) && !Document.IsBlank(source.Slice(line))).Select(line => source.Slice(line).ToString());
        var fixedSource = ContentText.From(result.Text);
        var kept = result.Text.Length == 0 ? [] : fixedSource.Lines.Where(line => !Document.IsBlank(fixedSource.Slice(line))).Select(line => fixedSource.Slice(line).ToString());
        Assert.Equal(untouched, kept);
        // ... and every line of the fixed text is a line of the original, line break included (the last line may
        // lose its line break when the original's last line, which had none, was deleted): nothing is rewritten.
        Assert.True(
            IsSubsequence(LinesWithBreaks(result.Text, dropLastBreak: true), LinesWithBreaks(article.Text, dropLastBreak: false)),
            "The fixed text has a line the original does not have at that place.");
    }

    private static List<string> LinesWithBreaks(string text, bool dropLastBreak)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var source = ContentText.From(text);
        var lines = source.Lines.Select(line => text.Substring(line.Start, line.Length + line.LineBreakLength)).ToList();
        if (dropLastBreak)
        {
            lines[^1] = source.Slice(source.Lines[^1]).ToString();
        }

        return lines;
    }

    /// <summary>True when <paramref name="part"/>'s lines appear in <paramref name="whole"/> in order; the last may lack its line break.</summary>
    private static bool IsSubsequence(List<string> part, List<string> whole)
    {
        var j = 0;
        for (var i = 0; i < part.Count; i++)
        {
            var last = i == part.Count - 1;
            while (j < whole.Count && !(whole[j] == part[i] || (last && whole[j].TrimEnd('\r', '\n') == part[i])))
            {
                j++;
            }

            if (j == whole.Count)
            {
                return false;
            }

            j++;
        }

        return true;
    }
}

public sealed class FixKeepsCrlfAndBomProperty
{
    [Property(MaxTest = FixProperty.Documents, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Crlf_line_breaks_and_the_byte_order_mark_survive(RestorableArticle article)
    {
        var bytes = GeneratedArticles.Encode(article.WithJunk.ReplaceLineEndings("\r\n"), StoredEncoding.Utf8WithBom);

        var fixedBytes = FileFix.FromBytes(FixProperty.Fixer, bytes, "article.txt").GetNewBytes();

        Assert.Equal([0xEF, 0xBB, 0xBF], fixedBytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(fixedBytes, 3, fixedBytes.Length - 3);
        Assert.DoesNotContain(text.Split("\r\n"), line => line.Contains('\n', StringComparison.Ordinal) || line.Contains('\r', StringComparison.Ordinal));
        Assert.Equal(article.Clean.ReplaceLineEndings("\r\n"), text);
    }
}
