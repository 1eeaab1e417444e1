using System.Text;
using ContentLint.Cli;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Commands;

public sealed class StdinTests
{
    private static CliRun RunWithInput(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CommandOutput(output, error, Repository.Root)
        {
            OpenStandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(input)),
        };
        var exitCode = ContentLint.Cli.CommandLine.Run(args, console);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void Stdin_is_linted_under_the_stdin_filename_whose_extension_chooses_the_format()
    {
        const string markdown = "---\ntitle: Budget\n---\n\nBody.\n\n    You May Also Like\n\nYou May Also Like\n";

        var run = RunWithInput(markdown, "--stdin", "--stdin-filename", "content/post.md");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("content/post.md(9,1,9,18): error CL3003:", run.Output);
        Assert.EndsWith("1 problem (1 error) in 1 of 1 file." + Environment.NewLine, run.Output);
    }

    [Fact]
    public void Stdin_without_a_name_is_reported_as_stdin()
    {
        var run = RunWithInput("Title\n\nYou May Also Like\n", "--stdin");

        Assert.StartsWith("<stdin>(3,1,3,18): error CL3003:", run.Output);
    }

    [Fact]
    public void Stdin_can_be_a_json_lines_stream()
    {
        var run = RunWithInput("{\"id\":\"a\",\"title\":\"T\",\"text\":\"Body.\\n\\nYou May Also Like\"}\n", "--stdin", "--stdin-filename", "feed.jsonl");

        Assert.StartsWith("feed.jsonl(1): error CL3003: Related-content widget heading 'You May Also Like' [related-content-widget] in record 'a' at text(3,1,3,18)", run.Output);
    }

    [Fact]
    public void Stdin_with_paths_or_a_filename_without_stdin_is_a_usage_error()
    {
        Assert.Equal(2, RunWithInput("x", "--stdin", "seeds").ExitCode);
        Assert.Equal(2, RunWithInput("x", "--stdin-filename", "a.md").ExitCode);
    }

    [Fact]
    public void Runs_in_tests_and_redirected_runs_draw_no_progress()
    {
        var run = CliRunner.RunInRepository("lint", "seeds");

        Assert.Equal("", run.Error);
        Assert.DoesNotContain('\r', run.Output);
    }

    [Fact]
    public void Progress_line_counts_files_documents_and_findings_and_is_erased_before_report_text()
    {
        using var terminal = new StringWriter();
        var progress = new RunProgress(terminal);
        using var report = new StringWriter();
        using var clearing = new RunProgress.ClearingWriter(report, progress);

        progress.Report(new LintProgress(FilesDone: 1, TotalFiles: 3, Documents: 1, Findings: 2));
        clearing.WriteLine("a finding");

        Assert.StartsWith("1/3 files, 1 documents (", progress.Describe());
        Assert.EndsWith("/s), 2 findings", progress.Describe());
        Assert.Equal("a finding" + Environment.NewLine, report.ToString());
    }
}
