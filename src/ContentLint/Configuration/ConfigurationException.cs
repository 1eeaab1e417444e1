namespace ContentLint.Configuration;

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
