using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Commands;

public sealed class RulesCommandTests
{
    [Fact]
    public void Rules_lists_every_built_in_rule_with_its_kind_and_severity()
    {
        var run = CliRunner.RunInRepository("rules");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.TrimEnd().Split(Environment.NewLine);
        Assert.StartsWith("ID ", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("CL4001  duplicate-headline", StringComparison.Ordinal) && l.Contains(" error ") && l.Contains(" duplicate-headline "));
        Assert.Equal(ContentLint.Rules.BuiltInRules.Rules.Count(r => r.Descriptor.IsEnabledByDefault) + 1, lines.Length);
    }

    [Fact]
    public void Rules_with_a_name_shows_the_description_and_examples()
    {
        var run = CliRunner.RunInRepository("rules", "related-content-widget");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("CL3003 related-content-widget: Related-content widget heading", run.Output);
        Assert.Contains("  - [|Mehr zum Thema|]", run.Output);
        Assert.Contains("Left alone:", run.Output);
    }

    [Fact]
    public void Rules_with_an_unknown_id_exits_2()
    {
        Assert.Equal(2, CliRunner.RunInRepository("rules", "CL9999").ExitCode);
    }
}
