using System.Globalization;

namespace ContentLint.Rules;

/// <summary>
/// One option a rule kind reads from its rule file: the single description that the loader checks against,
/// the JSON schema is generated from and the rule documentation lists.
/// </summary>
public sealed record OptionSpec
{
    private OptionSpec(string name, OptionType type, string description)
    {
        Name = name;
        Type = type;
        Description = description;
    }

    /// <summary>The key in the rule file.</summary>
    public string Name { get; }

    /// <summary>The value's type.</summary>
    public OptionType Type { get; }

    /// <summary>What the option does, for the schema and the docs.</summary>
    public string Description { get; }

    /// <summary>True when a rule of the kind must set the option.</summary>
    public bool Required { get; private init; }

    /// <summary>The value used when the option is absent, as YAML would spell it; null when there is none.</summary>
    public string? Default { get; private init; }

    /// <summary>For <see cref="OptionType.Choice"/>: the allowed values.</summary>
    public IReadOnlyList<string> Choices { get; private init; } = [];

    /// <summary>For numbers: the smallest allowed value.</summary>
    public double Minimum { get; private init; }

    /// <summary>For numbers: the largest allowed value.</summary>
    public double Maximum { get; private init; }

    /// <summary>For strings and string lists: the regular expression each value must match; null for any value.</summary>
    public string? Pattern { get; private init; }

    internal static OptionSpec String(string name, string description, string? defaultValue = null, bool required = false, string? pattern = null) =>
        new(name, OptionType.String, description) { Default = defaultValue, Required = required, Pattern = pattern };

    internal static OptionSpec Boolean(string name, string description, bool defaultValue) =>
        new(name, OptionType.Boolean, description) { Default = defaultValue ? "true" : "false" };

    internal static OptionSpec Integer(string name, string description, int minimum, int maximum, int? defaultValue = null) =>
        new(name, OptionType.Integer, description) { Minimum = minimum, Maximum = maximum, Default = defaultValue?.ToString(CultureInfo.InvariantCulture) };

    internal static OptionSpec Number(string name, string description, double minimum, double maximum, double? defaultValue = null) =>
        new(name, OptionType.Number, description) { Minimum = minimum, Maximum = maximum, Default = defaultValue?.ToString(CultureInfo.InvariantCulture) };

    internal static OptionSpec Choice(string name, string description, IReadOnlyList<string> choices, string? defaultValue = null, bool required = false) =>
        new(name, OptionType.Choice, description) { Choices = choices, Default = defaultValue, Required = required };

    internal static OptionSpec StringList(string name, string description, bool required = false, string? pattern = null) =>
        new(name, OptionType.StringList, description) { Required = required, Pattern = pattern };

    internal static OptionSpec RegexList(string name, string description, bool required = false) =>
        new(name, OptionType.RegexList, description) { Required = required };

    /// <summary>A key whose value has a shape of its own (<see cref="OptionType.Scope"/>, <see cref="OptionType.Examples"/>).</summary>
    internal static OptionSpec Shaped(string name, OptionType type, string description) =>
        new(name, type, description);

    internal static OptionSpec StringMap(string name, string description, bool required = false) =>
        new(name, OptionType.StringMap, description) { Required = required };

    internal static OptionSpec StringListMap(string name, string description) =>
        new(name, OptionType.StringListMap, description);
}
