namespace ContentLint.Corpus;

/// <summary>A document that is a copy or near-copy of an earlier one of the run.</summary>
/// <param name="Original">The earlier document, as reports name it (its path, and its record in a JSON Lines file).</param>
/// <param name="SharedLines">How many counted lines (<see cref="CorpusLine"/>) the two have in common.</param>
/// <param name="ShorterLines">How many counted lines the shorter of the two has: an extract of a page holds fewer than the page.</param>
internal sealed record DocumentCopy(string Original, int SharedLines, int ShorterLines);
