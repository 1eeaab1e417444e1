using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Robustness;

/// <summary>
/// Issue 8, item 5: several <c>contentlint fix</c> runs over the same folder at once (a pre-commit hook and an editor
/// save, two CI jobs on a shared checkout) leave every file exactly as one run would, never truncated or mixed.
/// </summary>
public sealed class ConcurrentFixTests
{
    private const int Runs = 6;

    [Fact]
    public async Task Parallel_fix_runs_over_one_folder_leave_every_file_as_a_single_run_does()
    {
        using var expected = CopyOfSeeds();
        var single = CliRunner.Run(expected.Path, "fix", "--unsafe", ".");
        Assert.Equal(0, single.ExitCode);
        var fixedFiles = Snapshot(expected.Path);
        using var shared = CopyOfSeeds();
        var originals = Snapshot(shared.Path);
        Assert.NotEqual(originals, fixedFiles);

        using var start = new Barrier(Runs);
        var runs = Enumerable.Range(0, Runs)
            .Select(_ => Task.Factory.StartNew(
                () =>
                {
                    start.SignalAndWait();
                    return CliRunner.Run(shared.Path, "fix", "--unsafe", ".");
                },
                TaskCreationOptions.LongRunning))
            .ToArray();
        // Every run either fixed a file or found it fixed already (unchanged since it was read, or already holding
        // the same fix); none failed or crashed.
        foreach (var run in await Task.WhenAll(runs))
        {
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Empty(run.Error);
        }

        Assert.Equal(fixedFiles, Snapshot(shared.Path));
    }

    /// <summary>Every file under the folder (temporary files included) with its bytes, by relative path.</summary>
    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(
            Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(file => Path.GetRelativePath(folder, file), file => Convert.ToHexString(File.ReadAllBytes(file))),
            StringComparer.Ordinal);

    private static TempFolder CopyOfSeeds()
    {
        var temp = new TempFolder();
        foreach (var seed in Directory.GetFiles(Path.Combine(Repository.Root, "seeds")))
        {
            File.Copy(seed, Path.Combine(temp.Path, Path.GetFileName(seed)));
        }

        return temp;
    }
}
