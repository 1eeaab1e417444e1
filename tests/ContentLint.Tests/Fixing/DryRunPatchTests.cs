using System.Diagnostics;
using System.Text;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Fixing;

/// <summary>
/// Issue 15: the <c>--dry-run</c> patch applies with <c>git apply</c> for every encoding <c>fix</c> writes, and gives
/// exactly the bytes <c>fix</c> writes: checked with git itself.
/// </summary>
public sealed class DryRunPatchTests
{
    private const string Junked = "Headline of the day\r\n\r\nCafé body text of the article.\r\n\r\nPopulair\r\n\r\nMore body text.\r\n";

    public static TheoryData<string, byte[]> Files => new()
    {
        { "utf8.txt", Encoding.UTF8.GetBytes(Junked.ReplaceLineEndings("\n")) },
        { "utf8-bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Junked)] },
        { "windows-1252.txt", Encoding.Latin1.GetBytes(Junked.Replace("body", "\u00e9t\u00e9", StringComparison.Ordinal)) },
        { "utf16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Junked)] },
        { "utf16-be.txt", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Junked)] },
        { "name with \\ and \" in it.txt", Encoding.UTF8.GetBytes(Junked) },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void The_dry_run_patch_applies_with_git_and_gives_the_bytes_fix_writes(string name, byte[] bytes)
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, name);
        File.WriteAllBytes(path, bytes);
        Git(temp.Path, "init", "-q");

        var dryRun = CliRunner.Run(temp.Path, "fix", "--dry-run", name);
        File.WriteAllText(Path.Combine(temp.Path, "..patch"), dryRun.Output);
        Git(temp.Path, "apply", "..patch");
        var patched = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes);
        CliRunner.Run(temp.Path, "fix", name);

        Assert.NotEqual(bytes, patched);
        Assert.Equal(File.ReadAllBytes(path), patched);
    }

    private static void Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
    }
}
