namespace ContentLint;

/// <summary>How far a run has got, reported after each document and each file (a fix run: after each file).</summary>
/// <param name="FilesDone">The files finished.</param>
/// <param name="TotalFiles">The files the run has.</param>
/// <param name="Documents">The documents linted: one per article, one per JSON Lines record (a fix run: files).</param>
/// <param name="Findings">The findings so far, before any baseline hides some (a fix run: the fixes applied).</param>
public readonly record struct LintProgress(int FilesDone, int TotalFiles, long Documents, long Findings);
