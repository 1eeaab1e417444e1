namespace ContentLint.Configuration;

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

    /// <summary>A rule or configuration file breaks a safety limit: too large, too deeply nested, too many aliases.</summary>
    public const string LimitExceeded = "CL0110";
}
