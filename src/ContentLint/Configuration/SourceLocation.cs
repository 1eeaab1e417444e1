namespace ContentLint.Configuration;

/// <summary>A place in a rule or configuration file: the path as given and a 1-based line and column.</summary>
/// <param name="Path">The file.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    /// <summary>The <c>path:line:col</c> form editors and terminals turn into links.</summary>
    public override string ToString() => $"{Path}:{Line}:{Column}";
}
