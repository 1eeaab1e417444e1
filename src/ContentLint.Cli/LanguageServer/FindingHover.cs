using ContentLint.Diagnostics;

namespace ContentLint.Cli.LanguageServer;

/// <summary>What hovering a finding shows: its rule's id, name and title, the severity it has here, the rule's description and help link.</summary>
internal static class FindingHover
{
    /// <summary>The hover text of <paramref name="finding"/>, in Markdown or plain text.</summary>
    public static string Describe(Finding finding, bool markdown)
    {
        var rule = finding.Descriptor;
        var severity = finding.Severity.ToName();
        var description = rule.Description.Trim();
        if (!markdown)
        {
            var plain = $"{rule.Id} {rule.Name} ({severity}): {rule.Title}";
            plain += description.Length > 0 ? "\n\n" + description : "";
            return rule.HelpLink is { } link ? plain + "\n\n" + link.AbsoluteUri : plain;
        }

        var text = $"**{rule.Id}** `{rule.Name}` ({severity}): {Escape(rule.Title)}";
        text += description.Length > 0 ? "\n\n" + Escape(description) : "";
        return rule.HelpLink is { } help ? text + $"\n\n[{rule.Id} documentation]({help.AbsoluteUri})" : text;
    }

    /// <summary>Rule texts are prose, not Markdown: characters Markdown would act on are escaped.</summary>
    private static string Escape(string text)
    {
        var escaped = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
