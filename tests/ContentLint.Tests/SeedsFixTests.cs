using System.Text;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests;

/// <summary>The seed articles after <c>contentlint fix</c>: what users get when they run the README's fix commands.</summary>
public sealed class SeedsFixTests
{
    private const string SeedArticle = "000_da2ecfbc249d304b.txt";

    [Fact]
    public void Every_seed_after_fix_matches_the_golden_file()
    {
        using var temp = CopyOfSeeds();

        var run = CliRunner.Run(temp.Path, "fix", "seeds");

        var golden = new StringBuilder("$ contentlint fix seeds\n").Append(run.Output.ReplaceLineEndings("\n")).Append('\n');
        foreach (var file in Directory.GetFiles(Path.Combine(temp.Path, "seeds")).Order(StringComparer.Ordinal))
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
        var run = CliRunner.RunInRepository("fix", "--dry-run", "seeds/" + SeedArticle);

        Golden.Verify("seed-article.fix-dry-run", run.Output + "$ (standard error)\n" + run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Readme_shows_the_real_output_of_fix_and_its_dry_run()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");
        using var temp = CopyOfSeeds();

        var dryRun = CliRunner.RunInRepository("fix", "--dry-run", "seeds/" + SeedArticle);
        var fix = CliRunner.Run(temp.Path, "fix", "seeds");

        Assert.Contains("```diff\n" + dryRun.Output + "```", readme, StringComparison.Ordinal);
        Assert.Contains("```text\n" + dryRun.Error.ReplaceLineEndings("\n") + "```", readme, StringComparison.Ordinal);
        Assert.Contains("```text\n" + fix.Output.ReplaceLineEndings("\n") + "```", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_article_keeps_its_title_and_body_and_ends_after_line_25()
    {
        using var temp = CopyOfSeeds();
        var original = File.ReadAllText(Path.Combine(temp.Path, "seeds", SeedArticle)).Split('\n');

        CliRunner.Run(temp.Path, "fix", "seeds/" + SeedArticle);

        var lines = File.ReadAllText(Path.Combine(temp.Path, "seeds", SeedArticle)).Split('\n');
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
        using var temp = CopyOfSeeds();
        var clean = new[] { "en-river-restoration.txt", "nl-fietsbrug.txt", "de-energiewende.md", "fr-vendanges.txt", "es-olivares.txt" };
        var stamp = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        foreach (var name in clean)
        {
            File.SetLastWriteTimeUtc(Path.Combine(temp.Path, "seeds", name), stamp);
        }

        CliRunner.Run(temp.Path, "fix", "seeds");

        foreach (var name in clean)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(Repository.SeedsFolder, name)), File.ReadAllBytes(Path.Combine(temp.Path, "seeds", name)));
            Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(temp.Path, "seeds", name)));
        }
    }

    private static TempFolder CopyOfSeeds()
    {
        var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "seeds"));
        foreach (var file in Directory.GetFiles(Repository.SeedsFolder))
        {
            File.Copy(file, Path.Combine(temp.Path, "seeds", Path.GetFileName(file)));
        }

        return temp;
    }
}
