using System.Text.Json;
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

    /// <summary>
    /// VS Code's <c>$msCompile</c> pattern (src/vs/workbench/contrib/tasks/common/problemMatcher.ts): as it was for
    /// years, and as it is now (location optional, a project prefix allowed). Its file location is absolute.
    /// </summary>
    [Theory]
    [InlineData(@"^(?:\s*\d+>)?(\S.*)\((\d+|\d+,\d+|\d+,\d+,\d+,\d+)\)\s*:\s+((?:fatal +)?error|warning|info)\s+(\w+\d+)\s*:\s*(.*)$", 3)]
    [InlineData(@"^\s*(?:\s*\d+>)?(\S.*?)(?:\((\d+|\d+,\d+|\d+,\d+,\d+,\d+)\))?\s*:\s+(?:(\S+)\s+)?((?:fatal +)?error|warning|info)\s+(\w+\d+)?\s*:\s*(.*)$", 4)]
    public void The_vs_code_task_gives_ms_compile_every_finding_with_its_absolute_file_and_location(string msCompile, int severityGroup)
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");
        var tasks = JsonDocument.Parse(Regex.Match(readme, "<!-- vscode-tasks -->\n```json\n(?<body>.*?)```", RegexOptions.Singleline).Groups["body"].Value);
        var task = tasks.RootElement.GetProperty("tasks")[0];
        Assert.Equal("$msCompile", task.GetProperty("problemMatcher").GetString());
        string[] args = [.. task.GetProperty("args").EnumerateArray().Select(arg => arg.GetString()!), "seeds"];
        var pattern = new Regex(msCompile, RegexOptions.ECMAScript);

        // A terminal, as VS Code's task terminal is: --color never must keep escape codes out of the matcher's way.
        var run = CliRunner.Run(Repository.Root, console => console with { OutputIsTerminal = true }, args);

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var problems = lines.Select(line => pattern.Match(line)).Where(match => match.Success).ToList();
        Assert.Equal(lines.Length - 1, problems.Count);
        Assert.DoesNotMatch(pattern, lines[^1]);
        Assert.All(problems, problem => Assert.True(Path.IsPathFullyQualified(problem.Groups[1].Value) && File.Exists(problem.Groups[1].Value), problem.Value));
        var first = problems[0];
        Assert.Equal(
            (Path.Combine(Repository.Root, "seeds", "000_da2ecfbc249d304b.txt"), "3,1,3,90", "error", "CL4001"),
            (first.Groups[1].Value, first.Groups[2].Value, first.Groups[severityGroup].Value, first.Groups[severityGroup + 1].Value));
    }

    [Fact]
    public void The_ci_recipes_install_the_tool_with_the_commands_ci_runs()
    {
        // .ci/install-check runs the block marked "install-check: ci"; the recipes' YAML cannot run here, so their
        // install lines must be those, in that order.
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");
        var tested = Regex.Match(readme, "<!-- install-check: ci -->\n```sh\n(?<body>.*?)```", RegexOptions.Singleline).Groups["body"].Value
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var recipes = readme[readme.IndexOf("## CI recipes", StringComparison.Ordinal)..readme.IndexOf("## `dotnet build`", StringComparison.Ordinal)];
        var github = recipes[..recipes.IndexOf("# .gitlab-ci.yml", StringComparison.Ordinal)];
        var gitlab = recipes[recipes.IndexOf("# .gitlab-ci.yml", StringComparison.Ordinal)..];

        Assert.Equal(4, tested.Length);
        Assert.Equal(tested, github.Split('\n').Select(line => line.Trim()).Where(tested.Contains));
        Assert.Equal(tested, gitlab.Split('\n').Select(line => line.Trim().TrimStart('-', ' ')).Where(tested.Contains));
        Assert.DoesNotContain("- run: dotnet tool install --global ContentLint.Tool\n", recipes);
    }

    [GeneratedRegex(@"<!-- example-(?<what>file|output):(?<arg>[^>]*)-->\n```\w*\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex MarkedBlock();
}
