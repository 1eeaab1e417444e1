using ContentLint.Benchmarks.Corpus;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Commands;

/// <summary><c>--jobs N</c> lints files in parallel; the report must not depend on N.</summary>
public sealed class JobsTests
{
    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Report_is_identical_whatever_the_number_of_jobs(string format)
    {
        using var temp = new TempFolder();
        CorpusWriter.WriteMarkdown(new CorpusGenerator(), 60, Path.Combine(temp.Path, "corpus"));

        var one = CliRunner.Run(temp.Path, "lint", "corpus", "--format", format, "--jobs", "1");
        var four = CliRunner.Run(temp.Path, "lint", "corpus", "--format", format, "--jobs", "4");
        var byDefault = CliRunner.Run(temp.Path, "lint", "corpus", "--format", format);

        Assert.Equal(1, one.ExitCode);
        Assert.Contains("corpus/000/0000000-nl.md", one.Output);
        Assert.Equal(one, four);
        Assert.Equal(one, byDefault);
    }

    [Fact]
    public void Seeds_give_the_same_findings_on_one_job_and_on_many()
    {
        var one = CliRunner.RunInRepository("lint", "seeds", "-j", "1");
        var many = CliRunner.RunInRepository("lint", "seeds", "-j", "8");

        Assert.Equal(one, many);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("many")]
    public void Jobs_below_one_or_not_a_number_exit_2(string jobs)
    {
        var run = CliRunner.RunInRepository("lint", "seeds", "--jobs", jobs);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--jobs", run.Error);
    }
}
