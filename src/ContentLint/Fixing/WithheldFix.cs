using ContentLint.Diagnostics;

namespace ContentLint.Fixing;

/// <summary>A finding whose fix was not applied because it would change the document's structure around it.</summary>
/// <param name="Finding">The finding, positioned in the fixed text.</param>
/// <param name="Reason">Why the fix was withheld, for people: "deleting it would change the Markdown structure around it: …".</param>
public sealed record WithheldFix(Finding Finding, string Reason);
