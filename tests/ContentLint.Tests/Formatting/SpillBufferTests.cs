using ContentLint.Formatting;

namespace ContentLint.Tests.Formatting;

public sealed class SpillBufferTests
{
    [Fact]
    public void Text_past_the_memory_limit_comes_back_whole_and_in_order_each_time_it_is_moved()
    {
        // 40,000 lines of about 60 characters: well past the 1 MiB held in memory, with characters UTF-8 needs several bytes for.
        var lines = Enumerable.Range(0, 40_000).Select(i => $"line {i}: Mehr zum Thema — 続きを読む 🙂 {new string('x', i % 17)}\n").ToList();
        using var buffer = new SpillBuffer();
        using var first = new StringWriter();
        using var second = new StringWriter();

        lines.ForEach(buffer.Write);
        buffer.MoveTo(first);
        buffer.Write("after the first move\n");
        buffer.MoveTo(second);

        Assert.Equal(string.Concat(lines), first.ToString());
        Assert.Equal("after the first move\n", second.ToString());
    }

    [Fact]
    public void A_small_text_is_moved_once()
    {
        using var buffer = new SpillBuffer();
        using var first = new StringWriter();
        using var second = new StringWriter();

        buffer.Write("<testcase />\n");
        buffer.MoveTo(first);
        buffer.MoveTo(second);

        Assert.Equal(("<testcase />\n", ""), (first.ToString(), second.ToString()));
    }
}
