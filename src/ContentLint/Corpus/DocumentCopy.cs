namespace ContentLint.Corpus;

/// <summary>A document that is a copy or near-copy of an earlier one of the run.</summary>
/// <param name="Original">The earlier document, as reports name it (its path, and its record in a JSON Lines file).</param>
/// <param name="SharedLongLines">How many of this document's long lines the original holds.</param>
/// <param name="LongLines">How many long lines this document has.</param>
public sealed record DocumentCopy(string Original, int SharedLongLines, int LongLines);
