using ContentLint.Cli;
using ContentLint.Files;
using ContentLint.Fixing;
using ContentLint.Tests.Files;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Robustness;

/// <summary>
/// Issue 8, item 5: an I/O failure at any step of <c>fix</c>'s atomic write leaves the original byte for byte as it
/// was, leaves no temporary file behind, and is reported as a failed file (exit code 2), never a crash.
/// </summary>
public sealed class FixUnderFaultsTests
{
    private const string Junked = "Headline of the day\r\n\r\nBody text.\r\n\r\nPopulair\r\n\r\nMore body text.\r\n";
    private const string Fixed = "Headline of the day\r\n\r\nBody text.\r\n\r\nMore body text.\r\n";

    /// <summary>Every step of the write, failing with each kind of fault.</summary>
    public static TheoryData<WriteStep, FaultKind> EveryStepAndFault
    {
        get
        {
            var data = new TheoryData<WriteStep, FaultKind>();
            foreach (var step in Enum.GetValues<WriteStep>())
            {
                foreach (var kind in Enum.GetValues<FaultKind>())
                {
                    data.Add(step, kind);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(EveryStepAndFault))]
    public void A_failure_at_any_step_of_the_write_leaves_the_original_intact_and_no_temporary_file(WriteStep step, FaultKind kind)
    {
        using var temp = new TempFolder();
        var path = WriteArticle(temp);
        var before = File.ReadAllBytes(path);
        var faulty = new FaultyFileSystem(step, kind);
        var fix = FileFix.Create(BuiltInPack.Fixer, path);

        var exception = Record.Exception(() => fix.Write(new SafeFileWriter(faulty)));

        Assert.True(exception is IOException or UnauthorizedAccessException, $"Expected an I/O failure, got {exception?.GetType().Name ?? "none"}.");
        Assert.StartsWith("Simulated failure", exception!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("deleting", exception.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.NotNull(faulty.Temporary);
        Assert.Equal(["article.txt"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Theory]
    [MemberData(nameof(EveryStepAndFault))]
    public void Fix_reports_a_failure_at_any_step_of_the_write_and_exits_2(WriteStep step, FaultKind kind)
    {
        using var temp = new TempFolder();
        var path = WriteArticle(temp);
        var before = File.ReadAllBytes(path);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CommandOutput(output, error, temp.Path) { Session = options => options with { FileWriter = new SafeFileWriter(new FaultyFileSystem(step, kind)) } };

        var exitCode = ContentLint.Cli.CommandLine.Run(["fix", "article.txt"], console);

        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Contains("contentlint: article.txt was not fixed (the file is unchanged): Simulated failure", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(["article.txt"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
        // What the file still has is what the report lists: the junk label that could not be removed.
        Assert.Contains("article.txt(5,1,5,9): ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Fixed 0 problems in 0 of 1 file.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_temporary_file_that_cannot_be_deleted_stays_but_the_original_is_intact_and_the_real_failure_is_reported()
    {
        using var temp = new TempFolder();
        var path = WriteArticle(temp);
        var before = File.ReadAllBytes(path);
        var faulty = new FaultyFileSystem(WriteStep.Cleanup, FaultKind.InputOutput, cleanupFailures: int.MaxValue);

        var exception = Assert.Throws<IOException>(() => FileFix.Create(BuiltInPack.Fixer, path).Write(new SafeFileWriter(faulty)));

        Assert.StartsWith("Simulated failure renaming over the original", exception.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        // The leftover is a hidden file with the writer's suffix, which no folder or glob lookup picks up as an article.
        Assert.Equal(Fixed, File.ReadAllText(faulty.Temporary!));
        Assert.StartsWith(".article.txt.", Path.GetFileName(faulty.Temporary), StringComparison.Ordinal);
        Assert.EndsWith(".contentlint-tmp", faulty.Temporary, StringComparison.Ordinal);
        Assert.Equal(["article.txt"], ArticleFinder.Find(["."], temp.Path).Files.Select(Path.GetFileName));
    }

    private static string WriteArticle(TempFolder temp) => temp.Write("article.txt", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Junked)]);
}
