using System.Collections.Immutable;
using ContentLint.Diagnostics;

namespace ContentLint;

/// <summary>What became of one record when a JSON Lines stream or file was fixed.</summary>
public enum RecordFixOutcome
{
    /// <summary>Nothing to fix: the record was written back byte for byte.</summary>
    Unchanged,

    /// <summary>Its text field was fixed; every other byte of its line was written back as it was.</summary>
    Fixed,

    /// <summary>Left out of the output: after fixing it still had a finding at the severity <see cref="FixRunOptions.DropDocumentsWith"/> names.</summary>
    Dropped,

    /// <summary>
    /// It could not be read or fixed safely (not a JSON object with a string text field, invalid UTF-8, over the size
    /// limit): written back byte for byte, never dropped, and reported by its findings.
    /// </summary>
    PassedThrough,
}

/// <summary>What fixing one record of a JSON Lines corpus did.</summary>
/// <param name="Path">The file (or stream) as reports show it.</param>
/// <param name="Record">Where the record is: its line and id.</param>
/// <param name="Outcome">What became of it.</param>
public sealed record RecordFix(string Path, RecordLocation Record, RecordFixOutcome Outcome)
{
    /// <summary>How many findings' fixes were applied.</summary>
    public int Applied { get; init; }

    /// <summary>The findings the record has in the output: those of the fixed text (of a dropped record: what made it go).</summary>
    public ImmutableArray<Finding> Remaining { get; init; } = [];

    /// <summary>True when fixable findings remained after the last allowed pass (see <see cref="Fixing.FixResult.ReachedPassLimit"/>).</summary>
    public bool ReachedPassLimit { get; init; }
}
