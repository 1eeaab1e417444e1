using System.CommandLine;
using System.Globalization;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>--jobs N</c>: lint on up to N threads. Linters are immutable and thread-safe, so one instance serves every
/// thread; findings are reported in document order, so the report is the same whatever N is.
/// </summary>
internal static class JobsOption
{
    /// <summary>The <c>--jobs</c> option: a whole number of at least 1, by default the number of cores.</summary>
    public static Option<int> Create()
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
}
