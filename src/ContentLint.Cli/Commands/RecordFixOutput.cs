using System.Globalization;
using ContentLint.Diagnostics;
using ContentLint.Formatting;

namespace ContentLint.Cli.Commands;

/// <summary>
/// What <c>contentlint fix</c> says about a JSON Lines filter run, on standard error (standard output carries the
/// records): each record that was passed through unfixed, with the finding that says why, as it comes; then the
/// totals, and the counts of what remains. Only counts are kept, so memory does not grow with the corpus.
/// </summary>
internal sealed class RecordFixOutput(CommandOutput console)
{
    private readonly ReportCounter remaining = new();
    private long records, fixedRecords, fixedProblems, dropped, passedThrough;

    public void Write(RecordFix record)
    {
        records++;
        fixedProblems += record.Applied;
        switch (record.Outcome)
        {
            case RecordFixOutcome.Fixed:
                fixedRecords++;
                break;
            case RecordFixOutcome.Dropped:
                dropped++;
                return;
            case RecordFixOutcome.PassedThrough:
                passedThrough++;
                foreach (var finding in record.Remaining.Where(f => f.Descriptor.Category == "engine"))
                {
                    console.Error.WriteLine($"{TextEscaping.Escape(finding.ToString())} (passed through unchanged)");
                }

                break;
        }

        if (record.ReachedPassLimit)
        {
            console.Error.WriteLine($"contentlint: {TextEscaping.Escape(record.Path)}({record.Record.Line}): fixes did not settle after the last pass; run 'contentlint fix' again to go on.");
        }

        remaining.Add(record.Remaining);
    }

    /// <summary>Writes the totals and returns the counts of what remains in the records written.</summary>
    public ReportSummary Complete()
    {
        var summary = remaining.Summary;
        console.Error.WriteLine($"Fixed {Count(fixedProblems, "problem")} in {fixedRecords.ToString(CultureInfo.InvariantCulture)} of {Count(records, "record")}; {Count(dropped, "record")} dropped, {Count(passedThrough, "record")} passed through unchanged.");
        var left = summary.ToString();
        console.Error.WriteLine("Left after fixing: " + char.ToLowerInvariant(left[0]) + left[1..]);
        return summary;
    }

    private static string Count(long count, string word) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? word : word + "s");

    /// <summary>Counts shown findings per severity over one file (the stream), as a report's summary counts them.</summary>
    private sealed class ReportCounter
    {
        private int errors, warnings, infos;

        public ReportSummary Summary => new(1, errors + warnings + infos > 0 ? 1 : 0, errors, warnings, infos);

        public void Add(IEnumerable<Finding> findings)
        {
            foreach (var finding in findings)
            {
                switch (finding.Severity)
                {
                    case Severity.Error: errors++; break;
                    case Severity.Warning: warnings++; break;
                    case Severity.Info: infos++; break;
                }
            }
        }
    }
}
