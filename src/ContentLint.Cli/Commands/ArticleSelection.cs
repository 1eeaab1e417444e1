using ContentLint.Formatting;
using ContentLint.Configuration;
using ContentLint.Files;

namespace ContentLint.Cli.Commands;

/// <summary>The files a command works on: what the user named, else the configuration's <c>include</c> globs, else the current folder; minus excluded files.</summary>
internal static class ArticleSelection
{
    /// <summary>The full paths to lint, or null after printing which named paths do not exist or which configuration is invalid.</summary>
    public static IReadOnlyList<string>? Find(string[]? named, ConfigResolver resolver, CommandOutput console)
    {
        try
        {
            FoundArticles found;
            if (named is { Length: > 0 })
            {
                found = ArticleFinder.Find(named, console.WorkingDirectory);
            }
            else if (resolver.IncludingConfig(console.WorkingDirectory) is { } config)
            {
                found = ArticleFinder.Find(config.Include, config.Directory);
            }
            else
            {
                found = ArticleFinder.Find(["."], console.WorkingDirectory);
            }

            if (named is { Length: > 0 } && found.Missing.Count > 0)
            {
                foreach (var missing in found.Missing)
                {
                    console.Error.WriteLine($"contentlint: no such file or folder: {TextEscaping.Escape(missing)}");
                }

                return null;
            }

            return [.. found.Files.Where(file => !resolver.IsExcluded(file))];
        }
        catch (ConfigurationException e)
        {
            RuleSourceOptions.PrintErrors(e.Errors, console);
            return null;
        }
    }
}
