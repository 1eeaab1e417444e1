using System.Text;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests;

/// <summary>The seed articles after <c>contentlint fix</c>: what users get when they run the README's fix commands.</summary>
public sealed class SeedsFixTests(FixedSeeds seeds) : IClassFixture<FixedSeeds>
{
    [Fact]
    public void Every_seed_after_fix_matches_the_golden_file()
    {
        var golden = new StringBuilder("$ contentlint fix seeds\n").Append(seeds.Fix.Output.ReplaceLineEndings("\n")).Append('\n');
        foreach (var file in Directory.GetFiles(Path.Combine(seeds.Folder.Path, "seeds")).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var ending = text.EndsWith('\n') ? "" : " (no line break at the end)";
            golden.Append($"==> seeds/{Path.GetFileName(file)}{ending} <==\n").Append(text).Append(text.EndsWith('\n') ? "\n" : "\n\n");
        }

        Golden.Verify("seeds.fixed", golden.ToString());
    }

    [Fact]
    public void Dry_run_of_the_seed_article_matches_the_golden_file()
    {
        Golden.Verify("seed-article.fix-dry-run", seeds.DryRun.Output + "$ (standard error)\n" + seeds.DryRun.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Readme_shows_the_real_output_of_fix_and_its_dry_run()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");

        Assert.Contains("```diff\n" + seeds.DryRun.Output + "```", readme, StringComparison.Ordinal);
        Assert.Contains("```text\n" + seeds.DryRun.Error.ReplaceLineEndings("\n") + "```", readme, StringComparison.Ordinal);
        Assert.Contains("```text\n" + seeds.Fix.Output.ReplaceLineEndings("\n") + "```", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_article_keeps_its_title_and_body_and_ends_after_line_25()
    {
        var original = File.ReadAllText(Path.Combine(Repository.SeedsFolder, FixedSeeds.SeedArticle)).Split('\n');

        var lines = File.ReadAllText(Path.Combine(seeds.Folder.Path, "seeds", FixedSeeds.SeedArticle)).Split('\n');

        // Line 3 (the repeated headline) and line 21 ("Populair") go with the blank line after each; 26-37 is junk.
        string[] expected = [original[0], original[1], .. original[4..20], .. original[22..25]];
        Assert.Equal(expected, lines);
        Assert.DoesNotContain("Populair", lines);
        Assert.Contains(original[8], lines);
        Assert.Contains("Wall Street JournalHet rapport", original[8], StringComparison.Ordinal);
    }

    [Fact]
    public void Seeds_without_junk_are_not_touched()
    {
        foreach (var name in FixedSeeds.Clean)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(Repository.SeedsFolder, name)), File.ReadAllBytes(Path.Combine(seeds.Folder.Path, "seeds", name)));
            Assert.Equal(FixedSeeds.Stamp, File.GetLastWriteTimeUtc(Path.Combine(seeds.Folder.Path, "seeds", name)));
        }
    }
}

/// <summary>
/// One copy of the seeds, fixed once with <c>contentlint fix seeds</c> for every test of <see cref="SeedsFixTests"/>
/// (the clean seeds are stamped with <see cref="Stamp"/> first, to show they are not rewritten), and the dry run of
/// the seed article in the repository.
/// </summary>
public sealed class FixedSeeds : IDisposable
{
    public const string SeedArticle = "000_da2ecfbc249d304b.txt";

    public static readonly string[] Clean = ["en-river-restoration.txt", "nl-fietsbrug.txt", "de-energiewende.md", "fr-vendanges.txt", "es-olivares.txt"];

    public static readonly DateTime Stamp = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    public FixedSeeds()
    {
        Directory.CreateDirectory(Path.Combine(Folder.Path, "seeds"));
        foreach (var file in Directory.GetFiles(Repository.SeedsFolder))
        {
            File.Copy(file, Path.Combine(Folder.Path, "seeds", Path.GetFileName(file)));
        }

        foreach (var name in Clean)
        {
            File.SetLastWriteTimeUtc(Path.Combine(Folder.Path, "seeds", name), Stamp);
        }

        Fix = CliRunner.Run(Folder.Path, "fix", "seeds");
        DryRun = CliRunner.RunInRepository("fix", "--dry-run", "seeds/" + SeedArticle);
    }

    internal TempFolder Folder { get; } = new();

    internal CliRun Fix { get; }

    internal CliRun DryRun { get; }

    public void Dispose() => Folder.Dispose();
}
