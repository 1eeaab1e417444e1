namespace ContentLint.Text;

/// <summary>
/// A range as users see it. <see cref="End"/> is exclusive: its column is the one just past the last
/// character, as in SARIF regions and MSBuild-style <c>file(line,col,endLine,endCol)</c> locations.
/// </summary>
/// <param name="Start">The position of the first character.</param>
/// <param name="End">The position just past the last character.</param>
public readonly record struct LineColumnSpan(LineColumn Start, LineColumn End);
