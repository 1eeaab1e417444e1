using System.Collections.Immutable;
using ContentLint.Baselines;
using ContentLint.Diagnostics;
using ContentLint.Files;
using ContentLint.Formatting;

namespace ContentLint.Cli.Commands;

/// <summary>
/// The lint loop shared by the commands that lint: every input, document by document (a JSON Lines file streams
/// record by record), with findings handed on in report order as they are found, so memory does not grow with the run.
/// Documents are linted in small batches in parallel; the order of what is handed on never depends on it.
/// </summary>
internal static class LintRun
{
    /// <summary>How many documents are read ahead and linted at the same time.</summary>
    private const int BatchSize = 64;

    /// <summary>Lints <paramref name="inputs"/> on up to <paramref name="jobs"/> threads into the <paramref name="targets"/> reports and returns the counts.</summary>
    public static ReportSummary Report(IReadOnlyList<LintInput> inputs, IReadOnlyList<ReportTarget> targets, BaselineFilter? baseline, CommandOutput console, int jobs)
    {
        var progress = console.Progress is { } terminal ? new RunProgress(terminal, inputs.Count) : null;
        var standardOutput = progress is null ? console.Out : new RunProgress.ClearingWriter(console.Out, progress);
        var rules = inputs.Select(i => i.Linter).Distinct().SelectMany(l => l.Rules).Select(r => r.Descriptor);
        var header = ReportHeader.For(rules, console.WorkingDirectory, inputs.Count);
        var (writers, files) = ReportOptions.Open(targets, standardOutput, console.WorkingDirectory, header);
        // True once the file being written has had its baseline notes: with its one document, in position order.
        // Files are handed on one at a time, begin to end, so one flag serves them all.
        var notesWritten = false;
        try
        {
            Lint(
                inputs,
                progress,
                jobs,
                beginFile: input =>
                {
                    notesWritten = false;
                    writers.ForEach(w => w.BeginFile(input.DisplayPath));
                },
                document: (input, source, diagnostics) =>
                {
                    var found = baseline is null ? diagnostics : baseline.Filter(input.FullPath, source.Document, diagnostics);
                    if (baseline is not null && source.Record is null)
                    {
                        notesWritten = true;
                        // A file that is one document is complete here: its stale-entry notes sort in with its findings
                        // (after the filter has run: it is what counts the entries off).
                        var kept = found.ToList();
                        found = [.. kept.Concat(baseline.Unmatched(input.FullPath, input.DisplayPath)).Order()];
                    }

                    foreach (var diagnostic in found)
                    {
                        writers.ForEach(w => w.Write(diagnostic));
                    }
                },
                endFile: input =>
                {
                    // Baseline entries that no longer match a JSON Lines corpus are notes at the end of the file.
                    foreach (var unmatched in notesWritten ? [] : baseline?.Unmatched(input.FullPath, input.DisplayPath) ?? [])
                    {
                        writers.ForEach(w => w.Write(unmatched));
                    }

                    writers.ForEach(w => w.EndFile());
                });
            writers.ForEach(w => w.Complete());
            foreach (var entry in baseline?.EntriesOfMissingFiles() ?? [])
            {
                console.Error.WriteLine($"contentlint: baseline entry for a file that no longer exists: {TextEscaping.Escape(entry.File)} {TextEscaping.Escape(entry.Rule)} ({entry.Count}); run 'contentlint baseline' to update the baseline.");
            }

            return writers[0].Summary;
        }
        finally
        {
            files.ForEach(f => f.Dispose());
        }
    }

    /// <summary>Lints <paramref name="inputs"/> and records every finding in <paramref name="builder"/>.</summary>
    public static void Record(IReadOnlyList<LintInput> inputs, BaselineBuilder builder, CommandOutput console)
    {
        var progress = console.Progress is { } terminal ? new RunProgress(terminal, inputs.Count) : null;
        Lint(inputs, progress, Environment.ProcessorCount, beginFile: _ => { }, document: (input, source, diagnostics) => builder.Add(input.FullPath, source.Document, diagnostics), endFile: _ => { });
    }

    /// <summary>
    /// Runs each input's linter over every document of the input and calls back in report order:
    /// <paramref name="beginFile"/>, <paramref name="document"/> for each of its documents, <paramref name="endFile"/>.
    /// </summary>
    private static void Lint(
        IReadOnlyList<LintInput> inputs,
        RunProgress? progress,
        int jobs,
        Action<LintInput> beginFile,
        Action<LintInput, SourceDocument, ImmutableArray<Finding>> document,
        Action<LintInput> endFile)
    {
        LintInput? current = null;
        foreach (var batch in Documents(inputs).Chunk(BatchSize))
        {
            var found = new ImmutableArray<Finding>[batch.Length];
            Parallel.For(0, batch.Length, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i => found[i] = batch[i].Source is { } source ? batch[i].Input.Linter.Lint(source) : []);
            for (var i = 0; i < batch.Length; i++)
            {
                var (input, source) = batch[i];
                if (!ReferenceEquals(input, current))
                {
                    current = input;
                    beginFile(input);
                }

                if (source is null)
                {
                    endFile(input);
                    progress?.FileDone();
                    continue;
                }

                document(input, source, found[i]);
                progress?.DocumentDone(found[i].Length);
            }
        }

        progress?.Clear();
    }

    /// <summary>Every document of every input, each input closed by an item without a document.</summary>
    private static IEnumerable<(LintInput Input, SourceDocument? Source)> Documents(IReadOnlyList<LintInput> inputs)
    {
        foreach (var input in inputs)
        {
            foreach (var source in input.Read())
            {
                yield return (input, source);
            }

            yield return (input, null);
        }
    }
}
