using ContentLint.Formatting;

namespace ContentLint.PackageTests;

/// <summary>What a .NET developer gets from the ContentLint package: lint a string in-process.</summary>
public sealed class PackageTests
{
    [Fact]
    public void The_package_lints_a_string_with_its_built_in_rules()
    {
        var linter = new LinterBuilder().AddBuiltInRules().Build();

        var diagnostics = linter.Lint("Council approves budget\n\nThe council approved the budget.\n\nYou May Also Like\n");

        var finding = Assert.Single(diagnostics);
        Assert.Equal(("CL3003", 5, 1), (finding.Id, finding.Location.Start.Line, finding.Location.Start.Column));
    }

    [Fact]
    public void The_library_comes_from_the_package_not_from_a_project_reference()
    {
        var location = typeof(Linter).Assembly.Location;
        var deps = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ContentLint.PackageTests.deps.json"));

        Assert.Contains("\"ContentLint/", deps, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"package\"", deps[deps.IndexOf("\"ContentLint/", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.True(File.Exists(location));
    }

    [Fact]
    public void The_package_writes_reports()
    {
        var linter = new LinterBuilder().AddBuiltInRules().Build();
        var report = new LintReport([new FileResult("a.txt", linter.Lint("Title\n\nYou May Also Like\n", new Documents.DocumentOptions { Path = "a.txt" }))], [.. linter.Rules.Select(r => r.Descriptor)]);
        using var writer = new StringWriter();

        DiagnosticFormatters.Find("sarif")!.Format(report, writer);

        Assert.Contains("\"ruleId\": \"CL3003\"", writer.ToString(), StringComparison.Ordinal);
    }
}
