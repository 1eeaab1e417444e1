using ContentLint.Cli.LanguageServer.Protocol;
using DiffPlex;
using DiffPlex.Chunkers;

namespace ContentLint.Cli.LanguageServer;

/// <summary>
/// The edits that turn a document's text into a new one, a run of changed lines each: a fix-all touches a few places
/// in an article, and replacing only those keeps the editor's cursor, marks and folds on the lines in between.
/// </summary>
internal static class TextDiffEdits
{
    /// <summary>The edits from <paramref name="before"/>'s text to <paramref name="after"/>, in positions of the text before.</summary>
    public static IReadOnlyList<LspTextEdit> Between(DocumentSnapshot before, string after)
    {
        // Lines with their line breaks, so a line that loses its break (the new last line) is a change too.
        var diff = Differ.Instance.CreateDiffs(before.Text, after, ignoreWhiteSpace: false, ignoreCase: false, LineEndingsPreservingChunker.Instance);
        var oldStarts = Starts(diff.PiecesOld);
        var newStarts = Starts(diff.PiecesNew);
        return [.. diff.DiffBlocks.Select(block => new LspTextEdit(
            before.Lines.RangeOf(oldStarts[block.DeleteStartA], oldStarts[block.DeleteStartA + block.DeleteCountA]),
            after[newStarts[block.InsertStartB]..newStarts[block.InsertStartB + block.InsertCountB]]))];
    }

    /// <summary>Where each piece starts, and the total length after the last.</summary>
    private static int[] Starts(IReadOnlyList<string> pieces)
    {
        var starts = new int[pieces.Count + 1];
        for (var i = 0; i < pieces.Count; i++)
        {
            starts[i + 1] = starts[i] + pieces[i].Length;
        }

        return starts;
    }
}
