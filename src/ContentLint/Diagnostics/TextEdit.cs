using ContentLint.Text;

namespace ContentLint.Diagnostics;

/// <summary>Replace the characters of <paramref name="Span"/> in the original text with <paramref name="NewText"/>.</summary>
/// <param name="Span">What to replace, in the unmodified text; empty for an insertion.</param>
/// <param name="NewText">The replacement; empty for a deletion.</param>
public sealed record TextEdit(TextRange Span, string NewText)
{
    /// <summary>An edit that deletes <paramref name="span"/>.</summary>
    public static TextEdit Delete(TextRange span) => new(span, "");
}

/// <summary>A way to repair a finding: text edits over the unmodified document that never overlap each other.</summary>
/// <param name="Title">What the fix does, for people: "Delete the line", "Replace with 'é'".</param>
/// <param name="Edits">The edits, sorted by position.</param>
public sealed record Fix(string Title, IReadOnlyList<TextEdit> Edits);
