
namespace ContentLint.Rules;

/// <summary>The YAML type of a rule option.</summary>
public enum OptionType
{
    /// <summary>A string.</summary>
    String,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A whole number within bounds.</summary>
    Integer,

    /// <summary>A number within bounds.</summary>
    Number,

    /// <summary>One of a fixed set of strings.</summary>
    Choice,

    /// <summary>A list of strings.</summary>
    StringList,

    /// <summary>A list of regular expressions.</summary>
    RegexList,

    /// <summary>A mapping of strings to strings.</summary>
    StringMap,

    /// <summary>A rule's scope: a unit name, or <c>{first-lines: N}</c> / <c>{last-lines: N}</c>.</summary>
    Scope,

    /// <summary>A rule's examples: <c>invalid</c> and <c>valid</c> lists of texts or mappings.</summary>
    Examples,

    /// <summary>A mapping of names to lists of strings.</summary>
    StringListMap,
}
