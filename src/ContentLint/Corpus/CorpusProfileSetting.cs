using ContentLint.Configuration;

namespace ContentLint.Corpus;

/// <summary>The stored corpus profile a configuration names (<c>corpus-profile</c>).</summary>
/// <param name="Path">The profile's full path.</param>
/// <param name="Location">Where configuration names it: the position of the error when it cannot be read.</param>
internal sealed record CorpusProfileSetting(string Path, SourceLocation Location);
