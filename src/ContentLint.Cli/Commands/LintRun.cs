using ContentLint.Baselines;
using ContentLint.Diagnostics;
using ContentLint.Formatting;

namespace ContentLint.Cli.Commands;

/// <summary>
/// The lint loop shared by the commands that lint: every input, document by document (a JSON Lines file streams
/// record by record), with findings written to every report as they are found, so memory does not grow with the run.
/// </summary>
internal static class LintRun
{
    /// <summary>Lints <paramref name="inputs"/> into the <paramref name="targets"/> reports and returns the counts.</summary>
    public static ReportSummary Report(Linter linter, IReadOnlyList<LintInput> inputs, IReadOnlyList<ReportTarget> targets, BaselineFilter? baseline, CommandOutput console)
    {
        var progress = console.Progress is { } terminal ? new RunProgress(terminal, inputs.Count) : null;
        var standardOutput = progress is null ? console.Out : new RunProgress.ClearingWriter(console.Out, progress);
        var header = ReportHeader.For(linter.Rules.Select(r => r.Descriptor), console.WorkingDirectory, inputs.Count);
        var (writers, files) = ReportOptions.Open(targets, standardOutput, console.WorkingDirectory, header);
        try
        {
            foreach (var input in inputs)
            {
                writers.ForEach(w => w.BeginFile(input.DisplayPath));
                foreach (var source in input.Read())
                {
                    IEnumerable<Diagnostic> found = linter.Lint(source);
                    if (baseline is not null)
                    {
                        found = baseline.Filter(input.FullPath, source.Document, found);
                    }

                    var count = 0;
                    foreach (var diagnostic in found)
                    {
                        writers.ForEach(w => w.Write(diagnostic));
                        count++;
                    }

                    progress?.DocumentDone(count);
                }

                // Baseline entries that no longer match are notes at the end of their file.
                foreach (var unmatched in baseline?.Unmatched(input.FullPath, input.DisplayPath) ?? [])
                {
                    writers.ForEach(w => w.Write(unmatched));
                }

                writers.ForEach(w => w.EndFile());
                progress?.FileDone();
            }

            progress?.Clear();
            writers.ForEach(w => w.Complete());
            foreach (var entry in baseline?.EntriesOfMissingFiles() ?? [])
            {
                console.Error.WriteLine($"contentlint: baseline entry for a file that no longer exists: {entry.File} {entry.Rule} ({entry.Count}); run 'contentlint baseline' to update the baseline.");
            }

            return writers[0].Summary;
        }
        finally
        {
            files.ForEach(f => f.Dispose());
        }
    }

    /// <summary>Lints <paramref name="inputs"/> and records every finding in <paramref name="builder"/>.</summary>
    public static void Record(Linter linter, IReadOnlyList<LintInput> inputs, BaselineBuilder builder, CommandOutput console)
    {
        var progress = console.Progress is { } terminal ? new RunProgress(terminal, inputs.Count) : null;
        foreach (var input in inputs)
        {
            foreach (var source in input.Read())
            {
                var found = linter.Lint(source);
                builder.Add(input.FullPath, source.Document, found);
                progress?.DocumentDone(found.Length);
            }

            progress?.FileDone();
        }

        progress?.Clear();
    }
}
