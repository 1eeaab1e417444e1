using System.IO.Hashing;
using System.Text;
using ContentLint.Tests.Infrastructure;

namespace ContentLint.Tests.Running;

/// <summary>
/// <c>--cache</c>: an unchanged file's findings come from the cache; a changed file, configuration, rule file or tool
/// version, and a damaged cache, give the findings of a fresh run. A cache that a test has doctored (a finding's message
/// changed, its checksum made to match) shows which findings came from it.
/// </summary>
public sealed class LintCacheTests
{
    private const string Widget = "You May Also Like";
    private const string Doctored = "You May Also Lik3";

    [Fact]
    public async Task An_unchanged_file_takes_its_findings_from_the_cache_and_a_changed_one_is_linted_again()
    {
        using var temp = Articles();
        temp.Write(".contentlint.yaml", "root: true\nrules:\n  shared-line: off\n  duplicate-document: off\n");
        var fresh = await Lint(temp);
        Assert.True(File.Exists(Path.Combine(temp.Path, LintSessionOptions.DefaultCacheFileName)));
        Assert.Equal(fresh, await Lint(temp));

        Doctor(temp);
        var cached = await Lint(temp);
        temp.Write("b.txt", $"Another title\n\nA changed body.\n\n{Widget}\n");
        var afterChange = await Lint(temp);

        Assert.All(fresh, message => Assert.DoesNotContain(Doctored, message, StringComparison.Ordinal));
        Assert.Equal(fresh.Select(m => m.Replace(Widget, Doctored, StringComparison.Ordinal)), cached);
        Assert.Contains(afterChange, m => m.StartsWith("a.txt", StringComparison.Ordinal) && m.Contains(Doctored, StringComparison.Ordinal));
        Assert.Contains(afterChange, m => m.StartsWith("b.txt", StringComparison.Ordinal) && m.Contains(Widget, StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_rules_that_read_the_corpus_a_changed_file_makes_every_file_linted_again()
    {
        using var temp = Articles();
        await Lint(temp);
        Doctor(temp);
        temp.Write("b.txt", $"Another title\n\nA changed body.\n\n{Widget}\n");

        var afterChange = await Lint(temp);

        Assert.Equal(await LintWithoutCache(temp), afterChange);
    }

    [Theory]
    [InlineData("added")]
    [InlineData("deleted")]
    public async Task With_rules_that_read_the_corpus_a_file_added_or_deleted_makes_every_file_linted_again(string change)
    {
        using var temp = Articles();
        temp.Write("c.txt", $"A third title\n\nA third body.\n\n{Widget}\n");
        if (change == "added")
        {
            File.Delete(Path.Combine(temp.Path, "c.txt"));
        }

        await Lint(temp);
        Doctor(temp);
        if (change == "added")
        {
            temp.Write("c.txt", $"A third title\n\nA third body.\n\n{Widget}\n");
        }
        else
        {
            File.Delete(Path.Combine(temp.Path, "c.txt"));
        }

        var after = await Lint(temp);

        Assert.Equal(await LintWithoutCache(temp), after);
        Assert.DoesNotContain(after, m => m.Contains(Doctored, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("configuration")]
    [InlineData("rule file")]
    [InlineData("tool version")]
    public async Task Changing_configuration_a_rule_file_or_the_tool_version_makes_the_cache_ignored(string change)
    {
        using var temp = Articles();
        temp.Write("my-rules/MY3001-sponsor.yaml", "id: MY3001\nname: sponsor\ntitle: t\nmessage: m\nseverity: error\ncategory: house\ndescription: d\nkind: phrase\nphrases: [sponsored]\n");
        temp.Write(".contentlint.yaml", "root: true\nextends: [builtin:recommended, ./my-rules]\n");
        await Lint(temp);
        Doctor(temp);
        Assert.Contains(await Lint(temp), m => m.Contains(Doctored, StringComparison.Ordinal));

        var version = "1.0.0";
        switch (change)
        {
            case "configuration":
                temp.Write(".contentlint.yaml", "root: true\nextends: [builtin:recommended, ./my-rules]\nrules:\n  navigation-label: warning\n");
                break;
            case "rule file":
                temp.Write("my-rules/MY3001-sponsor.yaml", "id: MY3001\nname: sponsor\ntitle: t\nmessage: a sponsor\nseverity: error\ncategory: house\ndescription: d\nkind: phrase\nphrases: [sponsored]\n");
                break;
            default:
                version = "1.0.1";
                break;
        }

        var after = await Lint(temp, version);

        Assert.Equal(await LintWithoutCache(temp), after);
        Assert.DoesNotContain(after, m => m.Contains(Doctored, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("a byte changed")]
    [InlineData("foreign")]
    [InlineData("empty")]
    public async Task A_damaged_or_foreign_cache_is_ignored_and_replaced(string damage)
    {
        using var temp = Articles();
        var fresh = await Lint(temp);
        var cacheFile = Path.Combine(temp.Path, LintSessionOptions.DefaultCacheFileName);
        var bytes = File.ReadAllBytes(cacheFile);
        File.WriteAllBytes(cacheFile, damage switch
        {
            "truncated" => bytes[..(bytes.Length / 2)],
            "a byte changed" => [.. bytes[..40], (byte)(bytes[40] ^ 0x20), .. bytes[41..]],
            "foreign" => "{\"eslint\": \"cache\"}\n"u8.ToArray(),
            _ => [],
        });

        Assert.Equal(fresh, await Lint(temp));
        Doctor(temp);
        Assert.Contains(await Lint(temp), m => m.Contains(Doctored, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_run_that_reuses_every_entry_leaves_the_cache_file_as_it_was_and_a_changed_file_rewrites_it()
    {
        using var temp = Articles();
        await Lint(temp);
        var cacheFile = Path.Combine(temp.Path, LintSessionOptions.DefaultCacheFileName);
        var longAgo = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(cacheFile, longAgo);

        await Lint(temp);
        var afterUnchanged = File.GetLastWriteTimeUtc(cacheFile);
        temp.Write("b.txt", $"Another title\n\nA changed body.\n\n{Widget}\n");
        await Lint(temp);

        Assert.Equal(longAgo, afterUnchanged);
        Assert.NotEqual(longAgo, File.GetLastWriteTimeUtc(cacheFile));
    }

    [Fact]
    public async Task A_report_that_reads_documents_gets_them_for_cached_files_as_for_linted_ones()
    {
        using var temp = Articles();
        var fresh = await Report(temp, "jsonl");

        Assert.Equal(fresh, await Report(temp, "jsonl"));
        Assert.Contains("CL3003", fresh, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cache_option_writes_the_cache_where_asked_and_a_second_run_reports_the_same()
    {
        using var temp = Articles();
        var first = CliRunner.Run(temp.Path, "--cache", "--cache-location", "build/lint.cache", "--format", "sarif");
        var second = CliRunner.Run(temp.Path, "--cache", "--cache-location", "build/lint.cache", "--format", "sarif");
        var withoutCache = CliRunner.Run(temp.Path, "--format", "sarif");

        Assert.True(File.Exists(Path.Combine(temp.Path, "build", "lint.cache")));
        Assert.False(File.Exists(Path.Combine(temp.Path, LintSessionOptions.DefaultCacheFileName)));
        Assert.Equal((1, withoutCache.Output), (first.ExitCode, first.Output));
        Assert.Equal((1, withoutCache.Output), (second.ExitCode, second.Output));
    }

    private static TempFolder Articles()
    {
        var temp = new TempFolder();
        temp.Write("a.txt", $"A title\n\nA body that was sponsored.\n\n{Widget}\n");
        temp.Write("b.txt", $"Another title\n\nAnother body.\n\n{Widget}\n");
        return temp;
    }

    private static LintSession Session(TempFolder temp, string version = "1.0.0") =>
        new(new LintSessionOptions { WorkingDirectory = temp.Path, CacheFile = LintSessionOptions.DefaultCacheFileName, CacheToolVersion = version });

    /// <summary>Every finding of a run with the cache, as "path: id message".</summary>
    private static Task<List<string>> Lint(TempFolder temp, string version = "1.0.0") => Messages(Session(temp, version));

    private static Task<List<string>> LintWithoutCache(TempFolder temp) => Messages(new LintSession(new LintSessionOptions { WorkingDirectory = temp.Path }));

    private static async Task<List<string>> Messages(LintSession session)
    {
        var messages = new List<string>();
        await foreach (var file in session.LintAsync())
        {
            messages.AddRange(file.Diagnostics.Select(f => $"{file.Path}: {f.Id} {f.Message}"));
        }

        return messages;
    }

    private static async Task<string> Report(TempFolder temp, string format)
    {
        var session = Session(temp);
        using var output = new StringWriter();
        await session.WriteReportsAsync([ContentLint.Formatting.DiagnosticFormatters.Find(format)!.CreateWriter(output, session.CreateReportHeader())]);
        return output.ToString();
    }

    /// <summary>Changes the widget's name in every finding the cache keeps, and makes the cache's checksum match again.</summary>
    private static void Doctor(TempFolder temp)
    {
        var cacheFile = Path.Combine(temp.Path, LintSessionOptions.DefaultCacheFileName);
        var bytes = File.ReadAllBytes(cacheFile);
        var body = Encoding.Latin1.GetString(bytes, 0, bytes.Length - 16).Replace(Widget, Doctored, StringComparison.Ordinal);
        var doctored = Encoding.Latin1.GetBytes(body);
        Assert.NotEqual(bytes[..^16], doctored);
        File.WriteAllBytes(cacheFile, [.. doctored, .. XxHash128.Hash(doctored)]);
    }
}
