using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text;

namespace ContentLint.Cli;

/// <summary>
/// The help pages, in the two-column layout of the README's command-line section: the root page lists every command
/// with lint's options under it (the README shows that page as it is, and a test keeps them equal); each command's
/// page lists its own options, in the same words.
/// </summary>
internal static class HelpText
{
    /// <summary>The widest line a page has.</summary>
    public const int Width = 116;

    /// <summary>The column descriptions start at.</summary>
    private const int DescriptionColumn = 37;

    /// <summary>
    /// The root page: usage, every command (lint's options under it), the options every command has, the exit codes.
    /// </summary>
    public static string Root(RootCommand root)
    {
        var page = new StringBuilder();
        var others = root.Subcommands.Where(c => c.Name != "lint").Select(c => c.Name);
        page.Append("Usage: contentlint [lint] [PATH|GLOB ...] [options]\n");
        page.Append($"       contentlint {string.Join('|', others)} [ARGUMENTS] [options]\n\n");
        foreach (var command in root.Subcommands)
        {
            Row(page, Usage(command), command.Description ?? "");
            if (command.Name == "lint")
            {
                foreach (var option in command.Options.Where(o => !o.Hidden && o is not HelpOption))
                {
                    Row(page, "  " + Label(option), option.Description ?? "");
                }
            }
        }

        foreach (var option in root.Options.Where(o => !o.Hidden))
        {
            Row(page, "  " + Label(option), option is HelpOption ? "show this help; 'contentlint COMMAND --help' shows a command's options" : option.Description ?? "");
        }

        page.Append('\n');
        Paragraph(page, "Exit codes: 0 no finding at or above the fail level; 1 at least one (for test: a failing example); 2 the run could not be done as asked (bad arguments, an invalid rule or configuration file, a named path that does not exist); 130 the run was interrupted (Ctrl+C, SIGTERM).");
        return page.ToString();
    }

    /// <summary>A command's page: its usage, what it does and its options (with <c>--help</c>, which every command has).</summary>
    public static string Command(Command command, RootCommand root)
    {
        var page = new StringBuilder();
        page.Append("Usage: ").Append(Usage(command)).Append(" [options]\n\n");
        var description = command.Description ?? "";
        Paragraph(page, description.Length == 0 ? "" : char.ToUpperInvariant(description[0]) + description[1..] + ".");
        page.Append("\nOptions:\n");
        foreach (var option in command.Options.Concat(root.Options.Where(o => o.Recursive)).Where(o => !o.Hidden))
        {
            Row(page, "  " + Label(option), option is HelpOption ? "show this help" : option.Description ?? "");
        }

        return page.ToString();
    }

    /// <summary>How a command is called: <c>contentlint fix [PATH|GLOB ...]</c>; lint is the default command.</summary>
    public static string Usage(Command command)
    {
        var name = command.Name == "lint" ? "contentlint [lint]" : "contentlint " + command.Name;
        var arguments = command.Arguments.Where(a => !a.Hidden).Select(a =>
        {
            var label = a.HelpName ?? a.Name.ToUpperInvariant();
            return a.Arity.MaximumNumberOfValues > 1 ? $"[{label} ...]" : a.Arity.MinimumNumberOfValues == 0 ? $"[{label}]" : label;
        });
        return string.Join(' ', arguments.Prepend(name));
    }

    /// <summary>An option as its row starts: aliases first, then the name, then what its value is (<c>-f, --format text|json</c>).</summary>
    public static string Label(Option option)
    {
        var names = string.Join(", ", option.Aliases.Order(StringComparer.Ordinal).Append(option.Name));
        var takesValue = option.ValueType != typeof(bool) && option.Arity.MaximumNumberOfValues > 0;
        return takesValue ? $"{names} {option.HelpName ?? "VALUE"}" : names;
    }

    /// <summary>A row: the first column, then the description wrapped at <see cref="Width"/> from <see cref="DescriptionColumn"/>.</summary>
    private static void Row(StringBuilder page, string first, string description)
    {
        var lines = Wrap(description, Width - DescriptionColumn);
        if (first.Length > DescriptionColumn - 2)
        {
            page.Append(first).Append('\n');
        }
        else if (lines.Count > 0)
        {
            page.Append(first.PadRight(DescriptionColumn)).Append(lines[0]).Append('\n');
            lines.RemoveAt(0);
        }
        else
        {
            page.Append(first).Append('\n');
        }

        foreach (var line in lines)
        {
            page.Append(' ', DescriptionColumn).Append(line).Append('\n');
        }
    }

    private static void Paragraph(StringBuilder page, string text)
    {
        foreach (var line in Wrap(text, Width))
        {
            page.Append(line).Append('\n');
        }
    }

    /// <summary>Breaks <paramref name="text"/> into lines at spaces; a no-break space (U+00A0) holds two words together and prints as a space.</summary>
    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return [.. lines.Select(l => l.Replace('\u00A0', ' '))];
    }

    /// <summary>What <c>--help</c> does: writes the page of the command it follows to standard output.</summary>
    public sealed class Action(RootCommand root, TextWriter output) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var command = parseResult.CommandResult.Command;
            output.Write(command is RootCommand ? Root(root) : Command(command, root));
            return ExitCodes.Clean;
        }
    }
}
