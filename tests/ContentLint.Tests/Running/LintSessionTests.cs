using ContentLint.Configuration;
using ContentLint.Formatting;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Running;

/// <summary>The library's whole run: what a host (the CLI, the MSBuild task, an app) gets from <see cref="LintSession"/>.</summary>
public sealed class LintSessionTests
{
    private const string Junk = "You May Also Like";

    [Fact]
    public async Task Results_come_per_file_in_path_order_with_each_files_configuration_whatever_the_jobs()
    {
        using var temp = new TempFolder();
        for (var i = 0; i < 30; i++)
        {
            // Bodies that differ in a word, not a number: the corpus rule sees "Body 1." and "Body 2." as one line.
            temp.Write($"articles/{i:00}.txt", $"Title {i}\n\nBody {new string((char)('a' + (i % 26)), 1 + (i / 26))}.\n\n{Junk}\n");
        }

        // The widget line is in every file, so the shared-line rule would report it where the widget rule is off.
        temp.Write("articles/quiet/.contentlint.yaml", "rules:\n  related-content-widget: off\n  shared-line: off\n");
        temp.Write("articles/quiet/x.txt", $"Title\n\nBody.\n\n{Junk}\n");

        var one = await Paths(new LintSession(new LintSessionOptions { WorkingDirectory = temp.Path, Jobs = 1 }));
        var four = await Paths(new LintSession(new LintSessionOptions { WorkingDirectory = temp.Path, Jobs = 4 }));

        Assert.Equal(one, four);
        Assert.Equal([.. one.Select(f => f.Path).Order(StringComparer.Ordinal)], one.Select(f => f.Path));
        Assert.Equal((31, "articles/quiet/x.txt", 0), (one.Count, one[^1].Path, one[^1].Findings));
        Assert.All(one.Take(30), file => Assert.Equal(1, file.Findings));
    }

    [Fact]
    public async Task Progress_counts_every_file_and_document_and_a_cancelled_run_stops()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", $"Title\n\nBody.\n\n{Junk}\n");
        temp.Write("b.jsonl", "{\"text\": \"One\\n\\nYou May Also Like\"}\n{\"text\": \"Two\"}\n");
        var session = new LintSession(new LintSessionOptions { WorkingDirectory = temp.Path });
        var reports = new List<LintProgress>();

        await foreach (var file in session.LintAsync(new SynchronousProgress(reports.Add)))
        {
            Assert.NotNull(file);
        }

        Assert.Equal(new LintProgress(2, 2, 3, 2), reports[^1]);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var file in session.LintAsync(cancellationToken: cancelled.Token))
            {
                Assert.Fail("A cancelled run gave a result.");
            }
        });
    }

    [Fact]
    public async Task Reports_are_written_in_any_format_as_the_run_goes_and_an_invalid_configuration_stops_it_before()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", $"Title\n\nBody.\n\n{Junk}\n");
        var session = new LintSession(new LintSessionOptions { WorkingDirectory = temp.Path });
        using var sarif = new StringWriter();
        using var text = new StringWriter();

        var summary = await session.WriteReportsAsync(
            [DiagnosticFormatters.Find("sarif")!.CreateWriter(sarif, session.CreateReportHeader()), DiagnosticFormatters.Find("text")!.CreateWriter(text, session.CreateReportHeader())]);
        temp.Write(".contentlint.yaml", "rules:\n  no-such-rule: error\n");
        var invalid = new LintSession(new LintSessionOptions { WorkingDirectory = temp.Path });

        Assert.True(summary.HasFindingsAtOrAbove(Diagnostics.Severity.Error));
        Assert.Contains("\"ruleId\": \"CL3003\"", sarif.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("1 problem (1 error) in 1 of 1 file." + Environment.NewLine, text.ToString(), StringComparison.Ordinal);
        var error = Assert.Throws<ConfigurationException>(() => invalid.Files);
        Assert.Contains("no-such-rule", error.Message, StringComparison.Ordinal);
    }

    private static async Task<List<(string Path, int Findings)>> Paths(LintSession session)
    {
        var files = new List<(string, int)>();
        await foreach (var file in session.LintAsync())
        {
            files.Add((file.Path, file.Diagnostics.Length));
        }

        return files;
    }

    /// <summary>Reports on the thread that reports, unlike <see cref="Progress{T}"/>, so the test sees every report in order.</summary>
    private sealed class SynchronousProgress(Action<LintProgress> report) : IProgress<LintProgress>
    {
        public void Report(LintProgress value) => report(value);
    }
}
