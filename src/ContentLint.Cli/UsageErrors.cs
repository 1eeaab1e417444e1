using System.CommandLine;
using System.CommandLine.Parsing;
using ContentLint.Configuration;

namespace ContentLint.Cli;

/// <summary>
/// What is wrong with a command line, in this tool's words. System.CommandLine takes a word it does not know as a
/// path (<c>--formt</c> becomes a file to lint); here any word before <c>--</c> that starts with a dash and is no option
/// is an unknown option, with the nearest option named; a value the parser cannot use says what was expected.
/// </summary>
internal static class UsageErrors
{
    /// <summary>Every problem with <paramref name="parsed"/>; empty when the command can run.</summary>
    public static List<string> Of(ParseResult parsed, RootCommand root)
    {
        var command = parsed.CommandResult.Command;
        var problems = new List<string>();
        var endOfOptions = parsed.Tokens.ToList().FindIndex(t => t.Type == TokenType.DoubleDash);
        foreach (var argument in parsed.CommandResult.Children.OfType<ArgumentResult>())
        {
            foreach (var token in argument.Tokens)
            {
                var literal = endOfOptions >= 0 && IndexOf(parsed, token) > endOfOptions;
                if (token.Value.Length == 0)
                {
                    problems.Add("an empty path names no file or folder.");
                }
                else if (!literal && IsOptionLike(token.Value))
                {
                    problems.Add(UnknownOption(token.Value, command, root));
                }
            }
        }

        foreach (var token in parsed.UnmatchedTokens)
        {
            problems.Add(IsOptionLike(token) ? UnknownOption(token, command, root) : $"'contentlint {command.Name}' takes no argument '{token}'.");
        }

        foreach (var error in parsed.Errors)
        {
            switch (error.SymbolResult)
            {
                // Unknown words: said above, in these words.
                case CommandResult when parsed.UnmatchedTokens.Count > 0:
                    break;
                case OptionResult { Tokens.Count: 0 } option:
                    problems.Add($"{option.Option.Name} needs a value ({option.Option.HelpName ?? "see 'contentlint " + command.Name + " --help'"}).");
                    break;
                default:
                    problems.Add(error.Message);
                    break;
            }
        }

        return [.. problems.Distinct()];
    }

    /// <summary>A word that reads as an option: a dash and more; "-" alone is standard input.</summary>
    private static bool IsOptionLike(string word) => word.Length > 1 && word[0] == '-';

    private static int IndexOf(ParseResult parsed, Token token)
    {
        for (var i = 0; i < parsed.Tokens.Count; i++)
        {
            if (ReferenceEquals(parsed.Tokens[i], token))
            {
                return i;
            }
        }

        return -1;
    }

    private static string UnknownOption(string word, Command command, RootCommand root)
    {
        var name = word.Split('=', 2)[0];
        var own = command.Options.Concat(root.Options.Where(o => o.Recursive)).SelectMany(Names).ToList();
        var suggestion = YamlMap.Suggest(name, own);
        if (suggestion.Length > 0)
        {
            return $"unknown option '{name}' for 'contentlint {command.Name}'.{suggestion}";
        }

        // An option of another command: say which.
        var owner = root.Subcommands.FirstOrDefault(c => c.Options.SelectMany(Names).Contains(name, StringComparer.Ordinal));
        return owner is not null
            ? $"unknown option '{name}' for 'contentlint {command.Name}'; it is an option of 'contentlint {owner.Name}'."
            : $"unknown option '{name}' for 'contentlint {command.Name}' ('contentlint {command.Name} --help' lists its options).";
    }

    private static IEnumerable<string> Names(Option option) => option.Aliases.Prepend(option.Name);
}
