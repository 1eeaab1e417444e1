namespace ContentLint.Configuration;

/// <summary>Something wrong in a rule or configuration file, with its <c>CL0xxx</c> id and position.</summary>
/// <param name="Id">The engine id of the problem, such as <c>CL0101</c> for an unknown key.</param>
/// <param name="Location">Where the problem is.</param>
/// <param name="Message">What is wrong and, where it helps, what would be right.</param>
public sealed record ConfigurationError(string Id, SourceLocation Location, string Message)
{
    /// <summary>The form every output uses: <c>path:line:col: error CL0101: message</c>.</summary>
    public override string ToString() => $"{Location}: error {Id}: {Message}";
}
