namespace ContentLint.Documents;

/// <summary>What an inline suppression comment does.</summary>
public enum SuppressionKind
{
    /// <summary><c>&lt;!-- contentlint-disable ID --&gt;</c>: off from the next line until re-enabled.</summary>
    Disable,

    /// <summary><c>&lt;!-- contentlint-enable ID --&gt;</c>: on again from the next line.</summary>
    Enable,

    /// <summary><c>&lt;!-- contentlint-disable-next-line ID --&gt;</c>: off for the next non-blank line.</summary>
    DisableNextLine,

    /// <summary><c>&lt;!-- contentlint-disable-file ID --&gt;</c>: off for the whole file.</summary>
    DisableFile,
}
