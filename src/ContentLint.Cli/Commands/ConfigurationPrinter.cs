using System.Globalization;
using ContentLint.Configuration;
using ContentLint.Diagnostics;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>contentlint --print-config FILE</c> (ESLint's <c>--print-config</c>): the configuration in effect for one file,
/// in YAML — the configuration files that cascade, the overrides that match, the settings they give and every rule's
/// severity there, with the default beside each one configuration changed.
/// </summary>
internal static class ConfigurationPrinter
{
    public static int Print(LintSession session, string file, CommandOutput console)
    {
        ConfigurationDescription description;
        try
        {
            description = session.DescribeConfiguration(file);
        }
        catch (ConfigurationException e)
        {
            RuleSourceOptions.PrintErrors(e.Errors, console);
            return ExitCodes.UsageError;
        }

        var o = console.Out;
        var linter = description.Linter;
        var full = Path.GetFullPath(file, console.WorkingDirectory);
        o.WriteLine($"# The configuration in effect for {session.DisplayPath(full)}");
        o.WriteLine($"linted: {(description.SkipReason is { } reason ? "no  # " + reason : "yes")}");
        o.WriteLine("configuration-files:  # the nearest (last) wins");
        WriteList(o, description.Files.Select(session.DisplayPath));
        o.WriteLine("matching-overrides:  # in the order they apply; the last wins");
        WriteList(o, description.Overrides.Select(Describe));
        o.WriteLine($"languages: [{string.Join(", ", linter.Languages)}]");
        var read = linter.ReadOptions;
        o.WriteLine($"encoding: {read.Encoding?.WebName ?? "auto"}");
        o.WriteLine($"max-file-size: {read.MaxFileSize.ToString(CultureInfo.InvariantCulture)}  # bytes");
        o.WriteLine($"max-findings-per-rule: {(linter.MaxFindingsPerRule ?? Linter.DefaultMaxFindingsPerRule).ToString(CultureInfo.InvariantCulture)}");
        var jsonl = read.JsonLines;
        o.WriteLine($"jsonl: {{text: {jsonl.TextField}, title: {jsonl.TitleField}, id: {jsonl.IdField}, lang: {jsonl.LanguageField}, format: {(jsonl.Format == Documents.DocumentFormat.Markdown ? "markdown" : "text")}}}");
        o.WriteLine("rules:");
        foreach (var rule in linter.LoadedRules)
        {
            var here = linter.Rules.Contains(rule) ? linter.GetSeverity(rule).ToName() : "off";
            var byDefault = rule.Descriptor.IsEnabledByDefault ? rule.Descriptor.DefaultSeverity.ToName() : "off";
            o.WriteLine($"  {rule.Descriptor.Id}: {here}  # {rule.Descriptor.Name}{(here == byDefault ? "" : "; default: " + byDefault)}");
        }

        return ExitCodes.Clean;

        string Describe(ConfigOverride entry) =>
            $"{(entry.Location is { } at ? at with { Path = session.DisplayPath(at.Path) } : "?")} files: [{string.Join(", ", entry.Files.Select(f => "\"" + f + "\""))}]";
    }

    private static void WriteList(TextWriter o, IEnumerable<string> items)
    {
        var any = false;
        foreach (var item in items)
        {
            o.WriteLine($"  - {item}");
            any = true;
        }

        if (!any)
        {
            o.WriteLine("  []");
        }
    }
}
