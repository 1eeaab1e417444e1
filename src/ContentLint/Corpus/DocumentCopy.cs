namespace ContentLint.Corpus;

/// <summary>A document that is a copy or near-copy of an earlier one of the run.</summary>
/// <param name="Original">The earlier document, as reports name it (its path, and its record in a JSON Lines file).</param>
/// <param name="SharedLongLines">How many long lines (prose) the two have in common.</param>
/// <param name="ShorterLongLines">How many long lines the shorter of the two has: an extract of a page holds fewer than the page.</param>
public sealed record DocumentCopy(string Original, int SharedLongLines, int ShorterLongLines);
