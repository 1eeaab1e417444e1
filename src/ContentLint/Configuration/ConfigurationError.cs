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

/// <summary>Something wrong in a rule or configuration file, with its <c>CL0xxx</c> id and position.</summary>
/// <param name="Id">The engine id of the problem, such as <c>CL0101</c> for an unknown key.</param>
/// <param name="Location">Where the problem is.</param>
/// <param name="Message">What is wrong and, where it helps, what would be right.</param>
public sealed record ConfigurationError(string Id, SourceLocation Location, string Message)
{
    /// <summary>The form every output uses: <c>path:line:col: error CL0101: message</c>.</summary>
    public override string ToString() => $"{Location}: error {Id}: {Message}";
}

/// <summary>Thrown when rule or configuration files are invalid; carries every problem found, in file order.</summary>
public sealed class ConfigurationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public ConfigurationException(IReadOnlyList<ConfigurationError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("At least one error is required.", nameof(errors));
        }

        Errors = errors;
    }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<ConfigurationError> Errors { get; }
}

/// <summary>The ids of problems in rule and configuration files (the <c>CL01xx</c> range).</summary>
public static class ConfigurationErrorIds
{
    /// <summary>The file is not valid YAML, or holds a duplicate key.</summary>
    public const string YamlSyntax = "CL0100";

    /// <summary>A key that the format does not define.</summary>
    public const string UnknownKey = "CL0101";

    /// <summary>A required key is absent.</summary>
    public const string MissingKey = "CL0102";

    /// <summary>A value of the wrong type or outside its allowed values.</summary>
    public const string InvalidValue = "CL0103";

    /// <summary>A regular expression that does not compile.</summary>
    public const string InvalidRegex = "CL0104";

    /// <summary>A rule <c>kind</c> the engine does not know.</summary>
    public const string UnknownKind = "CL0105";

    /// <summary>Two rules with the same id or name.</summary>
    public const string DuplicateRule = "CL0106";

    /// <summary>A rule file or folder that cannot be read.</summary>
    public const string Unreadable = "CL0107";

    /// <summary>An example that is not well-formed, such as an unclosed <c>[|</c>.</summary>
    public const string InvalidExample = "CL0108";

    /// <summary>Configuration names a rule id, name or category that no loaded rule has.</summary>
    public const string UnknownRule = "CL0109";
}
