using ContentLint.Configuration;
using ContentLint.Diagnostics;
using ContentLint.Rules;

namespace ContentLint.Tests.Running;

/// <summary>
/// A rule written in C#, the twin of the README's YAML rule MY3001: an English line that is only "Partner content"
/// is an advertorial label, deleted with its line. It declares its metadata and examples like a YAML rule.
/// </summary>
internal sealed class PartnerLabelRule : IRule
{
    public RuleDefinition Definition { get; } = new()
    {
        Descriptor = new RuleDescriptor("XX3001", "partner-label-code", "Partner-content label", "Partner content label '{match}'", "boilerplate", Severity.Error),
        Scope = RuleScope.Line,
        Languages = ["en"],
        Fix = FixKind.DeleteLine,
        Examples =
        [
            new RuleExample { IsInvalid = true, MarkedText = "Body.\n\n[|Partner content|]\n", Fixed = "Body.\n", Location = new SourceLocation("PartnerLabelRule.cs", 1, 1) },
            new RuleExample { IsInvalid = false, MarkedText = "Our partner content is paid for.\n", Location = new SourceLocation("PartnerLabelRule.cs", 1, 1) },
        ],
    };

    public void Analyze(RuleContext context)
    {
        foreach (var unit in context.Units)
        {
            var text = context.Document.GetText(unit);
            if (text.Trim().Equals("Partner content", StringComparison.OrdinalIgnoreCase))
            {
                var line = context.Document.Source.GetLineAt(unit.Start);
                context.Report(unit, new Dictionary<string, string> { ["match"] = text.Trim().ToString() }, new Fix("Delete the line", [TextEdit.Delete(line.SpanIncludingLineBreak)]));
            }
        }
    }
}
