using System.CommandLine;

namespace ContentLint.Cli.Commands;

/// <summary>What folder searches leave out: <c>--no-ignore</c> and <c>--hidden</c>, as ripgrep names them.</summary>
internal sealed class SearchOptions
{
    private readonly Option<bool> noIgnore = new("--no-ignore")
    {
        Description = "also lint what .gitignore, .git/info/exclude, the global excludes file and .contentlintignore leave out",
    };

    private readonly Option<bool> hidden = new("--hidden")
    {
        Description = "also search hidden files and folders (names that start with a dot); named ones are always linted",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(noIgnore);
        command.Options.Add(hidden);
    }

    /// <summary>These options laid onto <paramref name="options"/>.</summary>
    public LintSessionOptions Apply(ParseResult parsed, LintSessionOptions options) =>
        options with { UseIgnoreFiles = !parsed.GetValue(noIgnore), IncludeHidden = parsed.GetValue(hidden) };
}
