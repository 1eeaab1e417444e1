using System.Text;
using ContentLint.Files;
using ContentLint.Fixing;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Files;

public sealed class SafeFileWriterTests
{
    private const string Junked = "Headline of the day\n\nBody text.\n\nPopulair\n\nMore body text.\n";
    private const string Fixed = "Headline of the day\n\nBody text.\n\nMore body text.\n";

    [Fact]
    public void A_write_that_fails_after_the_temporary_file_is_written_leaves_the_original_intact()
    {
        using var temp = new TempFolder();
        var path = temp.Write("article.txt", Junked);
        var before = File.ReadAllBytes(path);
        string? contentBeforeRename = null;
        var failing = new FaultyFileSystem(WriteStep.Replace, FaultKind.InputOutput)
        {
            BeforeStep = (step, written) => contentBeforeRename = step == WriteStep.Replace ? File.ReadAllText(written!) : contentBeforeRename,
        };

        var fix = FileFix.Create(BuiltInPack.Fixer, path);
        var exception = Assert.Throws<IOException>(() => fix.Write(new SafeFileWriter(failing)));

        Assert.Contains("Simulated failure renaming", exception.Message, StringComparison.Ordinal);
        // The new content was complete on disk when the rename started; only the rename was left, and it failed.
        Assert.Equal(Fixed, contentBeforeRename);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.NotNull(failing.Temporary);
        Assert.False(File.Exists(failing.Temporary), "The temporary file was left behind.");
        Assert.Equal(["article.txt"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_fixed_file_is_replaced_and_keeps_its_permissions()
    {
        using var temp = new TempFolder();
        var path = temp.Write("article.txt", Junked);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        }

        Assert.True(FileFix.Create(BuiltInPack.Fixer, path).Write());

        Assert.Equal(Fixed, File.ReadAllText(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
        }

        Assert.Equal(["article.txt"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_file_with_nothing_to_fix_is_not_touched()
    {
        using var temp = new TempFolder();
        var path = temp.Write("article.txt", Fixed);
        var stamp = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, stamp);

        var fix = FileFix.Create(BuiltInPack.Fixer, path);

        Assert.False(fix.IsChanged);
        Assert.False(fix.Write());
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void A_symbolic_link_stays_a_link_and_its_target_is_fixed()
    {
        using var temp = new TempFolder();
        var target = temp.Write("real/article.txt", Junked);
        var link = Path.Combine(temp.Path, "link.txt");
        File.CreateSymbolicLink(link, target);

        FileFix.Create(BuiltInPack.Fixer, link).Write();

        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(Fixed, File.ReadAllText(target));
    }

    [Fact]
    public void A_file_changed_since_it_was_read_is_left_alone()
    {
        using var temp = new TempFolder();
        var path = temp.Write("article.txt", Junked);
        var fix = FileFix.Create(BuiltInPack.Fixer, path);
        File.AppendAllText(path, "A paragraph an editor saved meanwhile.\n");

        Assert.Throws<IOException>(() => fix.Write());

        Assert.Equal(Junked + "A paragraph an editor saved meanwhile.\n", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void A_read_only_file_is_not_replaced()
    {
        using var temp = new TempFolder();
        var path = temp.Write("article.txt", Junked);
        File.SetAttributes(path, FileAttributes.ReadOnly);

        Assert.Throws<UnauthorizedAccessException>(() => FileFix.Create(BuiltInPack.Fixer, path).Write());

        Assert.Equal(Junked, File.ReadAllText(path));
        File.SetAttributes(path, FileAttributes.Normal);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void The_encoding_and_byte_order_mark_are_kept(string encoding)
    {
        var (preamble, coding) = encoding switch
        {
            "utf-8-bom" => (new byte[] { 0xEF, 0xBB, 0xBF }, Encoding.UTF8),
            "utf-16le" => ([0xFF, 0xFE], Encoding.Unicode),
            "utf-16be" => ([0xFE, 0xFF], Encoding.BigEndianUnicode),
            _ => ([], Encoding.UTF8),
        };
        using var temp = new TempFolder();
        var path = temp.Write("article.txt", [.. preamble, .. coding.GetBytes(Junked.Replace("Body", "Böd€", StringComparison.Ordinal))]);

        FileFix.Create(BuiltInPack.Fixer, path).Write();

        Assert.Equal([.. preamble, .. coding.GetBytes(Fixed.Replace("Body", "Böd€", StringComparison.Ordinal))], File.ReadAllBytes(path));
    }

    [Fact]
    public void A_file_that_is_not_valid_utf8_is_not_rewritten()
    {
        using var temp = new TempFolder();
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Headline of the day\n\nBody "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" text.\n\nPopulair\n")];
        var path = temp.Write("article.txt", bytes);

        var fix = FileFix.Create(BuiltInPack.Fixer, path);

        Assert.NotNull(fix.Problem);
        Assert.Contains("not valid UTF-8", fix.Problem, StringComparison.Ordinal);
        Assert.False(fix.IsChanged);
        Assert.Equal(["CL0008", "CL1005", "CL3001"], fix.Result.Remaining.Select(d => d.Id));
        Assert.Throws<InvalidOperationException>(() => fix.Write());
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void An_unreadable_file_gives_its_finding_and_no_fix()
    {
        using var temp = new TempFolder();

        var fix = FileFix.Create(BuiltInPack.Fixer, Path.Combine(temp.Path, "missing.txt"), "missing.txt");

        Assert.NotNull(fix.Problem);
        Assert.Equal(["CL0001"], fix.Result.Remaining.Select(d => d.Id));
    }
}
