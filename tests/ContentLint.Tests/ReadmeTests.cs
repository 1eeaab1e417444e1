using System.Text.RegularExpressions;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests;

/// <summary>
/// The README's examples are runnable: every block marked <c>&lt;!-- example-file: PATH --&gt;</c> is written to a
/// folder, and every block marked <c>&lt;!-- example-output: ARGS --&gt;</c> must be exactly what
/// <c>contentlint ARGS</c> prints there.
/// </summary>
public sealed partial class ReadmeTests
{
    [Fact]
    public void Readme_examples_print_what_the_readme_says()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");
        using var temp = new TempFolder();
        var blocks = MarkedBlock().Matches(readme);
        foreach (var block in blocks.Where(b => b.Groups["what"].Value == "file"))
        {
            temp.Write(block.Groups["arg"].Value.Trim(), block.Groups["body"].Value);
        }

        var outputs = blocks.Where(b => b.Groups["what"].Value == "output").ToList();
        Assert.NotEmpty(outputs);
        foreach (var block in outputs)
        {
            var args = block.Groups["arg"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var run = CliRunner.Run(temp.Path, args);
            Assert.Equal(block.Groups["body"].Value, run.Output.ReplaceLineEndings("\n"));
        }
    }

    [GeneratedRegex(@"<!-- example-(?<what>file|output):(?<arg>[^>]*)-->\n```\w*\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex MarkedBlock();
}
