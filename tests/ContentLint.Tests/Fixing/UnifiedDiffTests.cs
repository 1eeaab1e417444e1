using ContentLint.Fixing;

namespace ContentLint.Tests.Fixing;

public sealed class UnifiedDiffTests
{
    [Fact]
    public void Equal_texts_give_an_empty_diff()
    {
        Assert.Equal("", UnifiedDiff.Create("same\n", "same\n", "a/x", "b/x"));
    }

    [Fact]
    public void A_deleted_line_shows_with_three_lines_of_context()
    {
        var diff = UnifiedDiff.Create("1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\n6\n7\n8\n", "a/x.txt", "b/x.txt");

        Assert.Equal("--- a/x.txt\n+++ b/x.txt\n@@ -2,7 +2,6 @@\n 2\n 3\n 4\n-5\n 6\n 7\n 8\n", diff);
    }

    [Fact]
    public void Distant_changes_get_separate_hunks_and_close_ones_share_one()
    {
        var lines = Enumerable.Range(1, 20).Select(i => i + "\n").ToList();
        var changed = lines.Where(l => l is not ("2\n" or "4\n" or "18\n")).ToList();

        var diff = UnifiedDiff.Create(string.Concat(lines), string.Concat(changed), "a", "b");

        Assert.Equal(["@@ -1,7 +1,5 @@", "@@ -15,6 +13,5 @@"], diff.Split('\n').Where(l => l.StartsWith("@@", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_last_line_without_a_line_break_is_marked()
    {
        var diff = UnifiedDiff.Create("keep\njunk", "keep", "a", "b");

        Assert.Equal("--- a\n+++ b\n@@ -1,2 +1 @@\n-keep\n-junk\n\\ No newline at end of file\n+keep\n\\ No newline at end of file\n", diff);
    }

    [Fact]
    public void Crlf_lines_are_written_with_their_own_line_breaks()
    {
        var diff = UnifiedDiff.Create("a\r\nb\r\n", "a\r\n", "a", "b");

        Assert.Equal("--- a\n+++ b\n@@ -1,2 +1 @@\n a\r\n-b\r\n", diff);
    }

    [Fact]
    public void Everything_deleted_is_a_hunk_from_line_zero()
    {
        var diff = UnifiedDiff.Create("junk\n", "", "a", "b");

        Assert.Equal("--- a\n+++ b\n@@ -1 +0,0 @@\n-junk\n", diff);
    }

    [Fact]
    public void Texts_too_different_to_search_still_give_a_correct_diff()
    {
        var before = string.Concat(Enumerable.Range(0, 3000).Select(i => $"old {i}\n"));
        var after = string.Concat(Enumerable.Range(0, 3000).Select(i => $"new {i}\n"));

        var diff = UnifiedDiff.Create(before, after, "a", "b");

        var body = diff.Split('\n').Skip(3).Where(l => l.Length > 0).ToList();
        Assert.Equal("@@ -1,3000 +1,3000 @@", diff.Split('\n')[2]);
        Assert.Equal(before.Split('\n', StringSplitOptions.RemoveEmptyEntries), body.Where(l => l[0] == '-').Select(l => l[1..]));
        Assert.Equal(after.Split('\n', StringSplitOptions.RemoveEmptyEntries), body.Where(l => l[0] == '+').Select(l => l[1..]));
    }
}
