using System.Collections.Immutable;
using ContentLint.Diagnostics;
using ContentLint.Files;

namespace ContentLint;

/// <summary>One document of a run to lint, or an item without one that ends its file.</summary>
/// <param name="Input">The file.</param>
/// <param name="Source">The document; null for the item that ends the file, and for one still to be read (<paramref name="ReadLater"/>).</param>
/// <param name="Kept">The document's findings when the cache holds them: it is not linted again.</param>
/// <param name="KeyToKeep">The key the document's findings are kept under once linted; null when they are not kept.</param>
/// <param name="ReadLater">
/// Reads a file that is one article into the document to lint, on the thread that lints it: reading, decoding and
/// parsing then run in parallel like the rules, instead of one file after another ahead of them.
/// </param>
internal readonly record struct RunDocument(RunInput Input, SourceDocument? Source, ImmutableArray<Finding>? Kept = null, UInt128? KeyToKeep = null, Func<RunDocument>? ReadLater = null)
{
    /// <summary>True for the item that ends its file.</summary>
    public bool EndsFile => Source is null && ReadLater is null;
}
