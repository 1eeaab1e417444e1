using ContentLint.Text;

namespace ContentLint.Documents;

/// <summary>A block of consecutive non-blank body lines.</summary>
/// <param name="FirstLine">The 1-based number of the first line.</param>
/// <param name="LastLine">The 1-based number of the last line.</param>
/// <param name="Span">From the first character of the first line to the last character of the last line.</param>
public readonly record struct Paragraph(int FirstLine, int LastLine, TextRange Span);
