using System.Text.RegularExpressions;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests;

/// <summary>
/// CONTRIBUTING.md stays true: the tool commands it gives succeed, and the files it names exist (its DocGen check is
/// <see cref="Rules.DocumentationTests"/>'s).
/// </summary>
public sealed partial class ContributingTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(Repository.Root, "CONTRIBUTING.md")).ReplaceLineEndings("\n");

    [Fact]
    public void Every_file_and_folder_it_names_exists()
    {
        var named = RepositoryPath().Matches(Text).Select(m => m.Groups["path"].Value)
            .Where(p => !Placeholder().IsMatch(p))
            .Distinct()
            .ToList();

        Assert.True(named.Count >= 20, $"Only {named.Count} paths found: the pattern no longer reads the file.");
        var missing = named.Where(p => !File.Exists(Path.Combine(Repository.Root, p)) && !Directory.Exists(Path.Combine(Repository.Root, p))).ToList();
        Assert.True(missing.Count == 0, $"CONTRIBUTING.md names what does not exist: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Its_contentlint_commands_succeed()
    {
        var commands = ToolCommand().Matches(Text).Select(m => m.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

        Assert.NotEmpty(commands);
        foreach (var args in commands)
        {
            var run = CliRunner.RunInRepository(args);
            Assert.True(run.ExitCode == 0, $"contentlint {string.Join(' ', args)} exited {run.ExitCode}:\n{run.Output}{run.Error}");
        }
    }

    /// <summary>A path in backticks under one of the repository's top folders.</summary>
    [GeneratedRegex(@"`(?<path>(?:src|rules|tests|seeds)/[\w./-]*)`")]
    private static partial Regex RepositoryPath();

    /// <summary>The upper-case words that stand for a name of the reader's choosing.</summary>
    [GeneratedRegex(@"\b(?:CATEGORY|ID|NAME|FORMAT)\b")]
    private static partial Regex Placeholder();

    /// <summary>A command line in a shell block that runs the tool from the clone.</summary>
    [GeneratedRegex(@"^[ ]*dotnet run --project src/ContentLint\.Cli -- (?<args>[^#\n]+?)\s*$", RegexOptions.Multiline)]
    private static partial Regex ToolCommand();
}
