namespace ContentLint.Cli.LanguageServer;

/// <summary>An open document at one version, as the client sent it: what a lint, a hover or a code action works on.</summary>
/// <param name="Uri">The URI the client names it by; diagnostics go back under exactly this string.</param>
/// <param name="Path">The file it is linted as: its configuration, its format by extension.</param>
/// <param name="Version">The client's version number of this text.</param>
/// <param name="Text">The text.</param>
internal sealed record DocumentSnapshot(string Uri, string Path, int Version, string Text)
{
    private TextLines? lines;

    /// <summary>The text's lines as the protocol counts them.</summary>
    public TextLines Lines => lines ??= new TextLines(Text);
}
