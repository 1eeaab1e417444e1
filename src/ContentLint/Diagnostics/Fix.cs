
namespace ContentLint.Diagnostics;

/// <summary>A way to repair a finding: text edits over the unmodified document that never overlap each other.</summary>
/// <param name="Title">What the fix does, for people: "Delete the line", "Replace with 'é'".</param>
/// <param name="Edits">The edits, sorted by position.</param>
public sealed record Fix(string Title, IReadOnlyList<TextEdit> Edits);
