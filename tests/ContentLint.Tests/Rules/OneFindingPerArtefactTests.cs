using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Rules;
using ContentLint.Testing;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Rules;

/// <summary>
/// One artefact, one finding: on the lines an invalid example of a built-in rule marks, the whole built-in pack
/// reports that rule and no other. Two rules on the same junk line mean one family was written twice, and a user
/// would see the line reported twice. Section, page-shape and duplicate-document rules report a region (a menu, a
/// comment thread, a page's footer, a whole copied document) that holds other artefacts by design, and fallback
/// rules yield to the others, so neither is held to this. Hidden findings (a soft hyphen inside a junk line's word,
/// which only <c>fix</c> acts on) are shown to no user.
/// </summary>
public sealed class OneFindingPerArtefactTests
{
    private static readonly HashSet<string> RegionRules = [.. BuiltInRules.Rules.Where(r => r.Definition.Kind is "section" or "page-shape" or "duplicate-document").Select(r => r.Descriptor.Id)];

    public static TheoryData<string> RuleFiles() => RuleExamplesTests.RuleFiles();

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void The_built_in_pack_reports_the_lines_an_example_marks_with_that_rule_only(string file)
    {
        var rule = RuleLoader.LoadFile(Path.Combine(Repository.RulesFolder, file));
        if (!rule.Descriptor.IsEnabledByDefault || rule.Definition.Fallback || RegionRules.Contains(rule.Descriptor.Id))
        {
            return;
        }

        var others = new List<string>();
        foreach (var example in rule.Definition.Examples.Where(e => e.IsInvalid))
        {
            var (text, marked) = ExampleMarkup.Parse(example.MarkedText);
            var document = Document.Parse(text, new DocumentOptions
            {
                Path = "example.txt",
                Format = DocumentFormat.PlainText,
                FirstLineIsTitle = false,
                Title = example.Title,
                Language = example.Language,
            });
            var markedLines = marked.SelectMany(span => Lines(document, span)).ToHashSet();
            others.AddRange(BuiltInPack.Linter.Lint(document)
                .Where(f => f.Descriptor.Id != rule.Descriptor.Id && f.Severity != Severity.Hidden && !RegionRules.Contains(f.Descriptor.Id) && Lines(document, f.Span).Any(markedLines.Contains))
                .Select(f => $"{example.Location}: {f.Descriptor.Id} also reports '{document.GetText(f.Span)}'"));
        }

        Assert.True(others.Count == 0, string.Join(Environment.NewLine, others));
    }

    private static IEnumerable<int> Lines(Document document, Text.TextRange span)
    {
        var first = document.Source.GetLinePosition(span.Start).Line;
        var last = document.Source.GetLinePosition(Math.Max(span.Start, span.End - 1)).Line;
        return Enumerable.Range(first, last - first + 1);
    }
}
