namespace ContentLint.Baselines;

/// <summary>
/// One group of accepted findings: in <paramref name="File"/>, by rule <paramref name="Rule"/>, on text whose hash is
/// <paramref name="Hash"/>, <paramref name="Count"/> times. No line numbers: edits elsewhere in the file keep it.
/// </summary>
/// <param name="File">The file, relative to the baseline file's folder, with forward slashes.</param>
/// <param name="Rule">The rule id.</param>
/// <param name="Hash">The hash of the matched text (<see cref="Baseline.HashOf"/>).</param>
/// <param name="Count">How many such findings are accepted.</param>
public sealed record BaselineEntry(string File, string Rule, string Hash, int Count);
