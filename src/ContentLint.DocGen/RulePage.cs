using System.Text;
using ContentLint.Checks;
using ContentLint.Diagnostics;
using ContentLint.Rules;
using YamlDotNet.RepresentationModel;

namespace ContentLint.DocGen;

/// <summary>One rule's page, <c>rules/docs/ID.md</c>, in fixed sections: Why, Examples, How to fix, How to suppress, Options.</summary>
internal static class RulePage
{
    public static string Write(YamlRule rule)
    {
        var d = rule.Descriptor;
        var definition = rule.Definition;
        RuleKinds.TryGet(definition.Kind, out var kind);
        var page = new StringBuilder();
        page.Append("# ").Append(d.Id).Append(": ").AppendLine(d.Name).AppendLine();
        page.AppendLine(d.Title).AppendLine();
        page.AppendLine("| | |").AppendLine("|---|---|");
        foreach (var (key, value) in new[]
        {
            ("Id", d.Id),
            ("Name", d.Name),
            ("Category", d.Category),
            ("Default severity", d.DefaultSeverity.ToName()),
            ("Enabled by default", d.IsEnabledByDefault ? "yes" : "no"),
            ("Kind", $"`{definition.Kind}`"),
            ("Scope", $"`{definition.Scope}`"),
            ("Languages", definition.Languages.Count == 0 ? "all" : string.Join(", ", definition.Languages)),
            ("Fix", definition.Fix is { } fix ? $"`{fix.ToName()}`" : "none"),
        })
        {
            page.Append("| ").Append(key).Append(" | ").Append(value).AppendLine(" |");
        }

        page.AppendLine().AppendLine("## Why").AppendLine().AppendLine(d.Description.Trim()).AppendLine();
        page.AppendLine("## Examples").AppendLine();
        WriteExamples(page, "Flagged (each finding marked `[|like this|]`):", definition.Examples.Where(e => e.IsInvalid));
        WriteExamples(page, "Left alone:", definition.Examples.Where(e => !e.IsInvalid));

        page.AppendLine("## How to fix").AppendLine();
        page.AppendLine(definition.Fix switch
        {
            FixKind.DeleteLine => "`contentlint fix` deletes each line with a finding. Review with `contentlint fix --dry-run` first.",
            FixKind.DeleteSection => "`contentlint fix` deletes the whole section, from its marker line to its end. Review with `contentlint fix --dry-run` first.",
            FixKind.DeleteMatch => "`contentlint fix` deletes the matched text and keeps the rest of the line.",
            FixKind.Replace => "`contentlint fix` replaces the matched text with the right text.",
            _ => "There is no automatic fix: the rule cannot tell what the text should be. Edit it by hand.",
        }).AppendLine();

        page.AppendLine("## How to suppress").AppendLine();
        page.AppendLine("For one line or a part of a file, in Markdown or plain text:").AppendLine();
        page.AppendLine("```markdown")
            .Append("<!-- contentlint-disable-next-line ").Append(d.Id).AppendLine(" -- reason -->")
            .Append("<!-- contentlint-disable ").Append(d.Name).AppendLine(" -->")
            .Append("<!-- contentlint-enable ").Append(d.Name).AppendLine(" -->")
            .AppendLine("```").AppendLine();
        page.AppendLine("For files or folders, in `.contentlint.yaml`:").AppendLine();
        page.AppendLine("```yaml").AppendLine("rules:").Append("  ").Append(d.Id).AppendLine(": off    # or a severity: error, warning, info, hidden").AppendLine("```").AppendLine();

        page.AppendLine("## Options").AppendLine();
        var common = RuleKeys.Configurable.Select(k => $"`{k.Name}`").ToList();
        page.AppendLine($"{string.Join(", ", common.SkipLast(1))} and {common[^1]} apply to every rule; the options of the `{definition.Kind}` kind are:").AppendLine();
        page.AppendLine("| option | description |").AppendLine("|---|---|");
        foreach (var option in kind!.Options)
        {
            page.Append("| `").Append(option.Name).Append("` | ").Append(RuleSchema.OptionSchema(option)["description"]!.GetValue<string>().Replace("|", "\\|", StringComparison.Ordinal)).AppendLine(" |");
        }

        page.AppendLine().AppendLine("This rule's settings, which configuration can change:").AppendLine();
        page.AppendLine("```yaml").Append(SettingsYaml(rule, kind)).AppendLine("```");
        return page.ToString();
    }

    private static void WriteExamples(StringBuilder page, string heading, IEnumerable<RuleExample> examples)
    {
        page.AppendLine(heading).AppendLine();
        foreach (var example in examples)
        {
            if (example.Title is { } title)
            {
                page.Append("Title: ").AppendLine(title).AppendLine();
            }

            page.AppendLine("```text").AppendLine(example.MarkedText.TrimEnd('\n')).AppendLine("```").AppendLine();
        }
    }

    /// <summary>The rule file's scope, findings limit, exceptions and kind options, as YAML.</summary>
    private static string SettingsYaml(YamlRule rule, RuleKind kind)
    {
        var keys = new[] { "scope", "max-findings", "exceptions" }.Concat(kind.Options.Select(o => o.Name)).ToHashSet(StringComparer.Ordinal);
        var settings = new YamlMappingNode();
        foreach (var (key, value) in rule.Source!.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && keys.Contains(name))
            {
                settings.Add(key, value);
            }
        }

        if (settings.Children.Count == 0)
        {
            return "# (the kind's defaults)\n";
        }

        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(settings)).Save(writer, assignAnchors: false);
        return writer.ToString().Replace("...", "", StringComparison.Ordinal).TrimEnd() + "\n";
    }
}
