using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ContentLint.Diagnostics;
using ContentLint.Rules;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Robustness;

/// <summary>A contributor's rule pack can be slow, broken or hostile: it is stopped, isolated, or refused, and never runs code.</summary>
public sealed class HostileRuleTests
{
    private const string Junk = "You May Also Like";

    private const string CatastrophicRule =
        """
        id: MY9001
        name: all-as
        title: A line of a's
        message: "A line of a's"
        severity: warning
        category: house
        description: A contributor's pattern with nested quantifiers, which backtracks exponentially on a line of a's that does not end the way it wants.
        kind: pattern
        patterns: ['(a+)+$']
        """;

    [Fact]
    public void A_catastrophic_user_regex_is_stopped_and_reported_as_CL0003_naming_the_rule_while_the_other_rules_report()
    {
        using var temp = new TempFolder();
        temp.Write("house-rules/MY9001-all-as.yaml", CatastrophicRule);
        temp.Write("a.txt", $"Title\n\nBody.\n\n{new string('a', 5_000)}!\n\n{Junk}\n");
        temp.Write("b.txt", $"Title\n\nBody.\n\n{Junk}\n");

        var run = CliRunner.Run(temp.Path, ".", "--rules", "house-rules");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.Split('\n');
        Assert.Contains("a.txt(1,1,1,1): warning CL0003: Rule MY9001 was stopped: a regular expression ran longer than 1 s [rule-timeout]", lines);
        Assert.Contains("a.txt(7,1,7,18): error CL3003: Related-content widget heading 'You May Also Like' [related-content-widget] (safe fix)", lines);
        Assert.Contains("b.txt(5,1,5,18): error CL3003: Related-content widget heading 'You May Also Like' [related-content-widget] (safe fix)", lines);
    }

    [Fact]
    public async Task A_rule_that_throws_is_isolated_the_other_rules_report_and_the_other_files_are_linted()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", $"Title\n\npoison\n\n{Junk}\n");
        temp.Write("b.txt", $"Title\n\nBody.\n\n{Junk}\n");
        var session = new LintSession(new LintSessionOptions { WorkingDirectory = temp.Path, Rules = [new PoisonedRule()], Jobs = 2 });

        // The library's run, the one the command line maps onto, over both files.
        var findings = new List<string>();
        await foreach (var file in session.LintAsync())
        {
            findings.AddRange(file.Diagnostics.Select(d => d.ToString()));
        }

        Assert.Equal(
            [
                "a.txt(1,1,1,1): error CL0002: Rule XX9003 failed on this document: InvalidOperationException: poisoned by this document [rule-failed]",
                "a.txt(5,1,5,18): error CL3003: Related-content widget heading 'You May Also Like' [related-content-widget]",
                "b.txt(5,1,5,6): warning XX9003: Poisoned rule [poisoned-rule]",
                "b.txt(5,1,5,18): error CL3003: Related-content widget heading 'You May Also Like' [related-content-widget]",
            ],
            findings);
    }

    [Fact]
    public void A_rule_pack_never_loads_code_an_assembly_in_it_is_ignored_and_a_kind_naming_a_type_is_refused()
    {
        using var temp = new TempFolder();
        temp.Write("pack/Evil.dll", "MZ not really an assembly");
        temp.Write("pack/MY9002-evil.yaml", "id: MY9002\nname: evil\ntitle: t\nmessage: m\nseverity: error\ncategory: c\ndescription: d\nkind: \"Evil.Rule, Evil\"\n");
        temp.Write(".contentlint.yaml", "root: true\nextends: [builtin:recommended, ./pack]\n");
        temp.Write("a.txt", "Title\n\nBody.\n");

        var run = CliRunner.Run(temp.Path, "a.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pack/MY9002-evil.yaml:8:7: error CL0105", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "Evil");
    }

    [Fact]
    public void The_library_has_no_call_that_loads_code_by_name_or_path()
    {
        // What a rule pack or configuration could use to run code: loading an assembly, or making an object of a type named by a string.
        string[] forbidden =
        [
            "Assembly.Load", "Assembly.LoadFrom", "Assembly.LoadFile", "Assembly.UnsafeLoadFrom",
            "AssemblyLoadContext.LoadFromAssemblyPath", "AssemblyLoadContext.LoadFromStream", "AssemblyLoadContext.LoadFromAssemblyName",
            "Activator.CreateInstance", "Type.GetType", "AppDomain.Load",
        ];
        using var stream = File.OpenRead(typeof(Linter).Assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();

        var called = metadata.MemberReferences.Select(handle => metadata.GetMemberReference(handle))
            .Select(member => $"{TypeName(metadata, member.Parent)}.{metadata.GetString(member.Name)}")
            .ToHashSet(StringComparer.Ordinal);

        Assert.Contains("Regex..ctor", called);
        Assert.All(forbidden, call => Assert.DoesNotContain(call, called));
    }

    [Fact]
    public void An_oversized_configuration_file_is_refused_before_it_is_parsed()
    {
        using var temp = new TempFolder();
        temp.Write(".contentlint.yaml", "root: true\n# " + new string('x', 5_000_000) + "\n");
        temp.Write("a.txt", "Title\n\nBody.\n");

        var run = CliRunner.Run(temp.Path, "a.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(".contentlint.yaml:1:1: error CL0110: The configuration file is larger than 1,000,000 characters and is refused.", run.Error, StringComparison.Ordinal);
    }

    private static string TypeName(MetadataReader metadata, EntityHandle parent) => parent.Kind switch
    {
        HandleKind.TypeReference => metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)parent).Name),
        HandleKind.TypeSpecification => "(generic)",
        HandleKind.TypeDefinition => metadata.GetString(metadata.GetTypeDefinition((TypeDefinitionHandle)parent).Name),
        _ => "(other)",
    };

    /// <summary>A C# rule that throws on any document with "poison" in it and otherwise reports the junk heading.</summary>
    private sealed class PoisonedRule : IRule
    {
        public RuleDefinition Definition { get; } = new() { Descriptor = new("XX9003", "poisoned-rule", "Poisoned rule", "Poisoned rule", "test", Severity.Warning) };

        public void Analyze(RuleContext context)
        {
            if (context.Document.Text.Contains("poison", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("poisoned by this document");
            }

            var at = context.Document.Text.IndexOf(Junk, StringComparison.Ordinal);
            context.Report(new Text.TextRange(at, 5), new Dictionary<string, string>());
        }
    }
}
