using System.Text.Json;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Formatting;

public sealed class SarifFixesTests
{
    [Fact]
    public void Sarif_results_carry_their_fixes_as_regions_of_the_unmodified_file()
    {
        const string Article = "seeds/000_da2ecfbc249d304b.txt";
        var text = File.ReadAllText(Path.Combine(Repository.Root, Article));

        var run = CliRunner.RunInRepository("lint", Article, "--format", "sarif");

        using var sarif = JsonDocument.Parse(run.Output);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        foreach (var result in results)
        {
            var id = result.GetProperty("ruleId").GetString();
            var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            var flagged = text.Substring(region.GetProperty("charOffset").GetInt32(), region.GetProperty("charLength").GetInt32());
            if (id == "CL2001")
            {
                Assert.False(result.TryGetProperty("fixes", out _), "glued-link-text offers no fix");
                continue;
            }

            var change = Assert.Single(Assert.Single(result.GetProperty("fixes").EnumerateArray()).GetProperty("artifactChanges").EnumerateArray());
            Assert.Equal(Article, change.GetProperty("artifactLocation").GetProperty("uri").GetString());
            var replacement = Assert.Single(change.GetProperty("replacements").EnumerateArray());
            var deleted = replacement.GetProperty("deletedRegion");
            var removed = text.Substring(deleted.GetProperty("charOffset").GetInt32(), deleted.GetProperty("charLength").GetInt32());
            // A whole-line deletion: the flagged line and its line break (the last line of this file has none).
            Assert.Equal(flagged, removed.TrimEnd('\n'));
            Assert.True(removed.EndsWith('\n') || deleted.GetProperty("charOffset").GetInt32() + removed.Length == text.Length);
            Assert.Equal("", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
        }

        Assert.Equal(9, results.Count);
    }
}
