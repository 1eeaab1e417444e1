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
