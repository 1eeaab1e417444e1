using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>--jobs N</c>: lints files on up to N threads. Linters are immutable and thread-safe, so one instance serves
/// every thread; results are put back in path order, so the report is the same whatever N is.
/// </summary>
internal static class ParallelLinting
{
    /// <summary>The <c>--jobs</c> option: a whole number of at least 1, by default the number of cores.</summary>
    public static Option<int> CreateOption()
    {
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Lint up to N files at a time (default: the number of cores). The output does not depend on it.",
            HelpName = "N",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        jobs.Validators.Add(result =>
        {
            // A value that is not a number is reported by the parser itself; this catches 0 and negatives.
            if (result.Tokens is [{ } token] && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n < 1)
            {
                result.AddError("--jobs must be 1 or more.");
            }
        });
        return jobs;
    }

    /// <summary>Runs <paramref name="lintFile"/> on every file, on up to <paramref name="jobs"/> threads; results sorted by path.</summary>
    public static ImmutableArray<FileResult> LintAll(IReadOnlyList<string> files, Func<string, FileResult> lintFile, int jobs)
    {
        var results = new FileResult[files.Count];
        if (jobs <= 1 || files.Count <= 1)
        {
            for (var i = 0; i < files.Count; i++)
            {
                results[i] = lintFile(files[i]);
            }
        }
        else
        {
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i => results[i] = lintFile(files[i]));
        }

        // A stable sort of a fixed input order: identical for every number of jobs.
        return [.. results.OrderBy(result => result.Path, StringComparer.Ordinal)];
    }
}
