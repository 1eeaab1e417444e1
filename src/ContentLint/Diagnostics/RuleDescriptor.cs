namespace ContentLint.Diagnostics;

/// <summary>
/// What a rule reports, independent of any document: its identity, wording and defaults
/// (Roslyn's <c>RuleDescriptor</c>).
/// </summary>
public sealed record RuleDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">The stable, opaque identifier, such as <c>CL3001</c>.</param>
    /// <param name="name">The kebab-case alias usable wherever the id is.</param>
    /// <param name="title">A short summary of what the rule finds.</param>
    /// <param name="messageFormat">The message template; <c>{match}</c> and other placeholders are filled per finding.</param>
    /// <param name="category">The rule's family, such as <c>boilerplate</c> or <c>encoding</c>.</param>
    /// <param name="defaultSeverity">The severity when configuration says nothing.</param>
    public RuleDescriptor(string id, string name, string title, string messageFormat, string category, Severity defaultSeverity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Name = name;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
    }

    /// <summary>The stable, opaque identifier, such as <c>CL3001</c>.</summary>
    public string Id { get; }

    /// <summary>The kebab-case alias, such as <c>related-content-widget</c>.</summary>
    public string Name { get; }

    /// <summary>A short summary of what the rule finds.</summary>
    public string Title { get; }

    /// <summary>The message template; <c>{match}</c> and other placeholders are filled per finding.</summary>
    public string MessageFormat { get; }

    /// <summary>The rule's family, such as <c>boilerplate</c> or <c>encoding</c>.</summary>
    public string Category { get; }

    /// <summary>The severity when configuration says nothing.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>False for rules that run only when configuration turns them on.</summary>
    public bool IsEnabledByDefault { get; init; } = true;

    /// <summary>A longer explanation: why the text is junk and what to do about it.</summary>
    public string Description { get; init; } = "";

    /// <summary>Where the rule is documented; null when it is not.</summary>
    public Uri? HelpLink { get; init; }
}
