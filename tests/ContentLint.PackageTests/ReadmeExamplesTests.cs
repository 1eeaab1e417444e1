using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentLint.PackageTests;

/// <summary>
/// The README's C# examples compile against the ContentLint package as it ships: each program block with every block
/// that declares types (a rule written in C#), referencing the package's assembly and the framework.
/// </summary>
public sealed partial class ReadmeExamplesTests
{
    public static TheoryData<int> Programs => [.. Enumerable.Range(0, Blocks().Count(IsProgram))];

    [Fact]
    public void The_readme_has_the_folder_example_in_at_most_ten_lines_and_a_csharp_rule()
    {
        var folder = Regex.Match(Readme(), "<!-- example: lint-folder -->\n```csharp\n(?<body>.*?)```", RegexOptions.Singleline);

        Assert.True(folder.Success);
        Assert.InRange(folder.Groups["body"].Value.TrimEnd('\n').Split('\n').Length, 1, 10);
        Assert.Contains(Blocks(), block => !IsProgram(block) && block.Contains(": IRule", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void A_readme_program_compiles_against_the_package(int index)
    {
        var program = Blocks().Where(IsProgram).ElementAt(index);
        // A console project's implicit usings, as the README's readers have them.
        var implicitUsings = "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Threading; global using System.Threading.Tasks;";
        var trees = Blocks().Where(b => !IsProgram(b)).Prepend(program).Append(implicitUsings).Select(code => CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest)));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => !Path.GetFileName(path).StartsWith("ContentLint", StringComparison.Ordinal))
            .Append(typeof(Linter).Assembly.Location)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "ReadmeExample",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());

        Assert.Empty(errors);
    }

    /// <summary>A block with statements at its top level; the others only declare types.</summary>
    private static bool IsProgram(string block) =>
        !block.Split('\n').Where(line => line.Length > 0 && !line.StartsWith("using ", StringComparison.Ordinal)).First().StartsWith("public ", StringComparison.Ordinal);

    private static List<string> Blocks() =>
        [.. CSharpBlock().Matches(Readme()).Select(m => Regex.Replace(m.Groups["body"].Value, "^" + m.Groups["indent"].Value, "", RegexOptions.Multiline))];

    private static string Readme()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "README.md");
            if (File.Exists(path) && File.Exists(Path.Combine(folder.FullName, "Lint.sln")))
            {
                return File.ReadAllText(path).ReplaceLineEndings("\n");
            }
        }

        throw new InvalidOperationException("The repository's README.md was not found.");
    }

    [GeneratedRegex("^(?<indent> *)```csharp\n(?<body>.*?)^ *```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CSharpBlock();
}
