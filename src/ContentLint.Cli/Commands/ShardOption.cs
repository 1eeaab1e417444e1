using System.CommandLine;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>--shard K/N</c>: lint the K-th of N deterministic parts of the run (K from 0), so that N workers of a scheduler's
/// job array together cover every document once; <c>contentlint merge</c> puts their reports together.
/// </summary>
internal static class ShardOption
{
    public static Option<string?> Create()
    {
        var shard = new Option<string?>("--shard")
        {
            Description = "Lint only part K of N (K from 0 to N-1): files divided by a hash of their path, one JSON Lines or Parquet file by record number. 'contentlint merge' combines the parts' reports.",
            HelpName = "K/N",
        };
        shard.Validators.Add(result =>
        {
            if (result.Tokens is [{ } token])
            {
                try
                {
                    Shard.Parse(token.Value);
                }
                catch (FormatException e)
                {
                    result.AddError("--shard: " + e.Message);
                }
            }
        });
        return shard;
    }

    /// <summary>The shard the validated option names; null when it was not given.</summary>
    public static Shard? Parse(string? value) => value is null ? null : Shard.Parse(value);
}
