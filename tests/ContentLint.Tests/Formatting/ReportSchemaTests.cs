using System.Text.Json;
using System.Text.Json.Nodes;
using ContentLint.Tests.Infrastructure;
using Json.Schema;

namespace ContentLint.Tests.Formatting;

/// <summary>The machine-readable reports are valid against their published schemas.</summary>
public sealed class ReportSchemaTests
{
    private static readonly Lazy<JsonSchema> Sarif = new(() => JsonSchema.FromFile(Path.Combine(Repository.Root, "tests", "ContentLint.Tests", "Schemas", "sarif-schema-2.1.0.json")));

    private static readonly Lazy<JsonSchema> Report = new(() => JsonSchema.FromFile(Path.Combine(Repository.Root, "src", "ContentLint", "Formatting", "contentlint-report.schema.json")));

    [Theory]
    [InlineData("seeds")]
    [InlineData("tests/ContentLint.Tests/Fixtures/corpus.jsonl")]
    public void Sarif_output_is_valid_against_the_official_sarif_2_1_0_schema(string path)
    {
        var run = CliRunner.RunInRepository("lint", path, "--format", "sarif");

        AssertValid(Sarif.Value, run.Output);
    }

    [Fact]
    public void The_sarif_schema_check_rejects_a_region_that_starts_on_line_0()
    {
        var run = CliRunner.RunInRepository("lint", "seeds/000_da2ecfbc249d304b.txt", "--format", "sarif");
        var broken = JsonNode.Parse(run.Output)!;
        broken["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!["region"]!["startLine"] = 0;

        Assert.False(Evaluate(Sarif.Value, broken.ToJsonString()).IsValid);
    }

    [Theory]
    [InlineData("seeds")]
    [InlineData("tests/ContentLint.Tests/Fixtures/corpus.jsonl")]
    public void Json_output_is_valid_against_its_published_versioned_schema(string path)
    {
        var run = CliRunner.RunInRepository("lint", path, "--format", "json");

        AssertValid(Report.Value, run.Output);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(ContentLint.Formatting.JsonFormatter.SchemaVersion, json.RootElement.GetProperty("version").GetInt32());
    }

    private static EvaluationResults Evaluate(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    private static void AssertValid(JsonSchema schema, string json)
    {
        var result = Evaluate(schema, json);
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .Take(20);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, errors));
    }
}
