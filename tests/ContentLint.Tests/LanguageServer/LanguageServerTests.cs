using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ContentLint.Cli.LanguageServer;
using ContentLint.Cli.LanguageServer.JsonRpc;
using ContentLint.Diagnostics;
using ContentLint.Rules;
using ContentLint.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace ContentLint.Tests.LanguageServer;

/// <summary><c>contentlint lsp</c> in-process: what an editor sees of diagnostics, positions, changes, configuration, hovers and code actions.</summary>
public sealed class LanguageServerTests
{
    private const string SeedArticle = "000_da2ecfbc249d304b.txt";

    /// <summary>The capabilities of a client that pulls diagnostics (a new object each time: a JSON node has one parent).</summary>
    private static JsonObject PullingClient => new() { ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject() } };

    [Fact]
    public async Task An_opened_article_gets_its_findings_pushed_with_rule_ids_help_links_severities_and_its_version()
    {
        var text = File.ReadAllText(Path.Combine(Repository.SeedsFolder, SeedArticle));
        await using var client = await LspTestClient.StartAsync();

        await client.OpenAsync(client.UriOf("junk.txt"), text, "plaintext", version: 7);
        var diagnostics = await client.NextDiagnosticsAsync(client.UriOf("junk.txt"), version: 7);

        Assert.Equal(["CL4001", "CL2001", "CL3001", "CL3002", "CL3003", "CL3004", "CL3005", "CL3006", "CL3007"], diagnostics.Select(d => (string)d!["code"]!));
        var headline = diagnostics[0]!;
        Assert.Equal((2, 0, 2, 89), Lsp.Read(headline["range"]!));
        Assert.Equal(1, (int)headline["severity"]!);   // error
        Assert.Equal("https://github.com/contentlint/contentlint/blob/main/rules/docs/CL4001.md", (string)headline["codeDescription"]!["href"]!);
        Assert.Equal("contentlint", (string)headline["source"]!);
        Assert.Equal("Headline repeated as a body line", (string)headline["message"]!);
        Assert.Equal(2, (int)diagnostics[1]!["severity"]!);   // CL2001 is a warning
    }

    [Fact]
    public async Task Positions_count_UTF16_code_units_so_a_surrogate_pair_takes_two_characters()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = client.UriOf("emoji.txt");
        var text = "Cafe news\n\n😀😀 Itâ€™s open again.\n";

        await client.OpenAsync(uri, text, "plaintext");
        var mojibake = Assert.Single(await client.NextDiagnosticsAsync(uri), d => (string)d!["code"]! == "CL1001")!;

        // Two emoji are four UTF-16 units: "😀😀 It" ends at character 7.
        Assert.Equal((2, 7, 2, 10), Lsp.Read(mojibake["range"]!));
        var fix = await SingleActionAsync(client, uri, mojibake["range"]!, a => ((string)a["title"]!).EndsWith("(CL1001)", StringComparison.Ordinal));
        Assert.Equal("Cafe news\n\n😀😀 It’s open again.\n", Lsp.ApplyEdits(text, Lsp.EditsOf(fix, uri)));
    }

    [Fact]
    public async Task A_CRLF_article_gets_positions_on_its_own_lines_and_fixes_that_keep_its_line_breaks()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = client.UriOf("windows.txt");
        var text = "Council budget\r\n\r\nThe council approved the budget on Monday.\r\n\r\nYou May Also Like\r\n\r\nIt takes effect in May.\r\n";

        await client.OpenAsync(uri, text, "plaintext");
        var widget = Assert.Single(await client.NextDiagnosticsAsync(uri))!;
        var fixAll = await SingleActionAsync(client, uri, Lsp.Range(0, 0, 0, 0), a => (string)a["kind"]! == "source.fixAll.contentlint", only: ["source.fixAll"]);

        Assert.Equal((4, 0, 4, 17), Lsp.Read(widget["range"]!));
        Assert.Equal("Council budget\r\n\r\nThe council approved the budget on Monday.\r\n\r\nIt takes effect in May.\r\n", Lsp.ApplyEdits(text, Lsp.EditsOf(fixAll, uri)));
    }

    [Fact]
    public async Task Changes_sent_as_ranges_are_applied_in_order_and_each_version_is_linted()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = client.UriOf("draft.txt");

        await client.OpenAsync(uri, "Council budget\n\nFirst paragraph.\n", "plaintext");
        var opened = await client.NextDiagnosticsAsync(uri, version: 1);
        // Two changes in one notification: the second's range is in the text the first left.
        await Change(client, uri, 2, (Lsp.Range(2, 16, 2, 16), "\n\nYou May Also Like"), (Lsp.Range(2, 0, 2, 5), "Opening"));
        var added = await client.NextDiagnosticsAsync(uri, version: 2);
        await Change(client, uri, 3, (Lsp.Range(2, 18, 4, 17), ""));
        var removed = await client.NextDiagnosticsAsync(uri, version: 3);

        Assert.Empty(opened);
        Assert.Equal((4, 0, 4, 17), Lsp.Read(Assert.Single(added)!["range"]!));
        Assert.Equal("CL3003", (string)added[0]!["code"]!);
        Assert.Empty(removed);
    }

    [Fact]
    public async Task Changes_within_the_debounce_time_are_linted_once_as_the_last_of_them_left_the_text()
    {
        var time = new FakeTimeProvider();
        var counter = new LintCounter();
        var options = new LanguageServerOptions { Debounce = TimeSpan.FromMilliseconds(20), Time = time, Session = o => o with { Rules = [counter] } };
        await using var client = await LspTestClient.StartAsync(options: options);
        var uri = client.UriOf("draft.txt");

        // Typed faster than the debounce time: the clock does not move until the last change is in.
        await client.OpenAsync(uri, "Council budget\n\nFirst paragraph.\n", "plaintext");
        await Change(client, uri, 2, (Lsp.Range(2, 16, 2, 16), "\n\nYou May Also Like"));
        await Change(client, uri, 3, (Lsp.Range(2, 0, 2, 5), "Opening"));
        var whileTyping = await client.PendingNotificationsAsync();
        time.Advance(options.Debounce);
        var published = await client.NextNotificationAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == uri);

        Assert.DoesNotContain(whileTyping, m => (string?)m["method"] == "textDocument/publishDiagnostics");
        Assert.Equal(3, (int)published["version"]!);
        Assert.Equal((4, 0, 4, 17), Lsp.Read(Assert.Single(published["diagnostics"]!.AsArray())!["range"]!));
        Assert.Equal(["Council budget\n\nOpening paragraph.\n\nYou May Also Like\n"], counter.Texts);
    }

    [Fact]
    public async Task A_broken_configuration_is_shown_on_its_file_and_the_server_lints_again_once_it_is_mended()
    {
        var text = File.ReadAllText(Path.Combine(Repository.SeedsFolder, SeedArticle));
        await using var client = await LspTestClient.StartAsync(new JsonObject
        {
            ["workspace"] = new JsonObject { ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true } },
        });
        var config = client.Workspace.Write(".contentlint.yaml", "root: true\nrulez:\n  navigation-label: error\n");
        var uri = client.UriOf("junk.txt");
        var configUri = FileUris.FromPath(config);

        await client.OpenAsync(uri, text, "plaintext");
        var onConfig = await client.NextDiagnosticsAsync(configUri);
        var onArticle = await client.NextDiagnosticsAsync(uri);
        File.WriteAllText(config, "root: true\nrules:\n  navigation-label: error\n");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject { ["changes"] = new JsonArray(new JsonObject { ["uri"] = configUri, ["type"] = 2 }) });
        var mended = await client.NextDiagnosticsAsync(configUri);
        var relinted = await client.NextDiagnosticsAsync(uri);

        Assert.Contains("client/registerCapability", client.ServerRequests);
        var error = Assert.Single(onConfig)!;
        Assert.Equal(("CL0101", (1, 0, 1, 0)), ((string)error["code"]!, Lsp.Read(error["range"]!)));
        var notLinted = Assert.Single(onArticle)!;
        Assert.Equal("ContentLint did not lint this file: .contentlint.yaml:2:1: Unknown key 'rulez' in a configuration file. Did you mean 'rules'?", (string)notLinted["message"]!);
        Assert.Equal(configUri, (string)notLinted["relatedInformation"]![0]!["location"]!["uri"]!);
        Assert.Empty(mended);
        Assert.Contains(relinted, d => (string)d!["code"]! == "CL3003");
        Assert.Equal(1, (int)relinted.Single(d => (string)d!["code"]! == "CL3001")!["severity"]!);   // navigation-label: error, as configured
    }

    [Fact]
    public async Task An_unreadable_baseline_is_shown_on_its_file_and_a_mended_one_is_read_again()
    {
        await using var client = await LspTestClient.StartAsync();
        client.Workspace.Write(".contentlint.yaml", "root: true\nbaseline: accepted.json\n");
        var baseline = client.Workspace.Write("accepted.json", "{ not a baseline");
        var uri = client.UriOf("a.txt");
        var baselineUri = FileUris.FromPath(baseline);

        await client.OpenAsync(uri, "Council budget\n\nYou May Also Like\n", "plaintext");
        var onBaseline = await client.NextDiagnosticsAsync(baselineUri);
        var onArticle = await client.NextDiagnosticsAsync(uri);
        File.WriteAllText(baseline, "{\"version\": 1, \"entries\": []}");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject { ["changes"] = new JsonArray(new JsonObject { ["uri"] = baselineUri, ["type"] = 2 }) });
        var mended = await client.NextDiagnosticsAsync(baselineUri);
        var relinted = await client.NextDiagnosticsAsync(uri);

        Assert.Equal("CL0107", (string)Assert.Single(onBaseline)!["code"]!);
        Assert.StartsWith("ContentLint did not lint this file: accepted.json:1:1: The baseline cannot be read:", (string)Assert.Single(onArticle)!["message"]!);
        Assert.Empty(mended);
        Assert.Equal("CL3003", (string)Assert.Single(relinted)!["code"]!);
    }

    [Fact]
    public async Task CL3040_The_corpus_profile_the_configuration_names_is_read_again_when_it_changes()
    {
        await using var client = await LspTestClient.StartAsync();
        client.Workspace.Write(".contentlint.yaml", "root: true\ncorpus-profile: site.profile\n");
        var profilePath = Path.Combine(client.Workspace.Path, "site.profile");
        await WriteProfileAsync(client.Workspace, "other-site", topic => string.Join("\n\n", SitePages.Article(topic)));
        var uri = client.UriOf("new.txt");

        await client.OpenAsync(uri, SitePages.Page("Pool", SitePages.Article("pool")), "plaintext");
        var before = await client.NextDiagnosticsAsync(uri);
        await WriteProfileAsync(client.Workspace, "site", topic => SitePages.Page(topic, SitePages.Article(topic)));
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject { ["changes"] = new JsonArray(new JsonObject { ["uri"] = FileUris.FromPath(profilePath), ["type"] = 2 }) });
        var after = await client.NextDiagnosticsAsync(uri);

        Assert.DoesNotContain(before, d => (string)d!["code"]! == "CL3040");
        Assert.Contains(after, d => (string)d!["code"]! == "CL3040");

        // A profile of six pages, written where the configuration names it: pages of one site share its menu and slogan.
        static async Task WriteProfileAsync(TempFolder workspace, string folder, Func<string, string> page)
        {
            foreach (var topic in new[] { "bridge", "school", "harbour", "market", "ferry", "museum" })
            {
                workspace.Write($"{folder}/{topic}.txt", page(topic));
            }

            var session = new LintSession(new LintSessionOptions { WorkingDirectory = workspace.Path, Paths = [folder] });
            (await session.CreateCorpusProfileAsync()).Save(session.GetCorpusProfilePath()!);
        }
    }

    [Fact]
    public async Task A_rule_that_throws_is_reported_as_a_finding_and_the_server_goes_on()
    {
        var options = new LanguageServerOptions { Debounce = TimeSpan.Zero, Session = o => o with { Rules = [new ThrowingRule()] } };
        await using var client = await LspTestClient.StartAsync(options: options);
        var uri = client.UriOf("a.txt");

        await client.OpenAsync(uri, "Council budget\n\nYou May Also Like\n", "plaintext");
        var diagnostics = await client.NextDiagnosticsAsync(uri);
        var hover = await client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = Lsp.Document(uri), ["position"] = Lsp.Position(2, 3) });

        Assert.Equal(["CL0002", "CL3003"], diagnostics.Select(d => (string)d!["code"]!).Order());
        Assert.Contains("Rule XX9102 failed on this document: InvalidOperationException: boom", diagnostics.Select(d => (string)d!["message"]!));
        Assert.Contains("Related-content widget heading", (string)hover!["contents"]!["value"]!);
    }

    [Fact]
    public async Task A_cancelled_diagnostic_request_answers_RequestCancelled_and_the_server_goes_on()
    {
        var slow = new SlowRule();
        var options = new LanguageServerOptions { Debounce = TimeSpan.Zero, Session = o => o with { Rules = [slow] } };
        await using var client = await LspTestClient.StartAsync(PullingClient, options);
        var uri = client.UriOf("a.txt");
        await client.OpenAsync(uri, "Council budget\n\nSLOW news\n", "plaintext");

        var pending = client.SendRequestAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = Lsp.Document(uri) }, id: 100);
        await slow.Started.WaitAsync(LspTestClient.Timeout);
        await client.NotifyAsync("$/cancelRequest", new JsonObject { ["id"] = 100 });
        var cancelled = await pending;
        await Change(client, uri, 2, (null, "Council budget\n\nYou May Also Like\n"));
        var after = await client.RequestAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = Lsp.Document(uri) });

        Assert.Equal(JsonRpcErrorCodes.RequestCancelled, (int)cancelled["error"]!["code"]!);
        Assert.Equal("CL3003", (string)Assert.Single(after!["items"]!.AsArray())!["code"]!);
    }

    [Fact]
    public async Task A_change_cancels_the_lint_of_the_text_it_replaces_whose_findings_are_never_published()
    {
        var slow = new SlowRule();
        var options = new LanguageServerOptions { Debounce = TimeSpan.Zero, Session = o => o with { Rules = [slow] } };
        await using var client = await LspTestClient.StartAsync(options: options);
        var uri = client.UriOf("a.txt");

        await client.OpenAsync(uri, "Council budget\n\nSLOW news\n\nYou May Also Like\n", "plaintext");
        await slow.Started.WaitAsync(LspTestClient.Timeout);
        await Change(client, uri, 2, (Lsp.Range(2, 0, 2, 4), "Fast"));
        var first = await client.NextNotificationAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == uri);

        Assert.Equal(2, (int)first["version"]!);
        Assert.Equal("CL3003", (string)Assert.Single(first["diagnostics"]!.AsArray())!["code"]!);
    }

    [Fact]
    public async Task A_client_that_pulls_diagnostics_gets_full_then_unchanged_reports_and_no_pushed_ones()
    {
        await using var client = await LspTestClient.StartAsync(PullingClient);
        var uri = client.UriOf("a.md");
        var document = new JsonObject { ["textDocument"] = Lsp.Document(uri) };

        await client.OpenAsync(uri, "# Council budget\n\nThe council approved it.\n\nYou May Also Like\n");
        var full = await client.RequestAsync("textDocument/diagnostic", document.DeepClone());
        var again = await client.RequestAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = Lsp.Document(uri), ["previousResultId"] = (string)full!["resultId"]! });
        await Change(client, uri, 2, (Lsp.Range(4, 0, 4, 17), "It takes effect in May."));
        var changed = await client.RequestAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = Lsp.Document(uri), ["previousResultId"] = (string)full["resultId"]! });
        var pushed = await client.PendingNotificationsAsync();

        Assert.Equal("contentlint", (string)client.InitializeResult!["capabilities"]!["diagnosticProvider"]!["identifier"]!);
        Assert.Equal("full", (string)full["kind"]!);
        Assert.Equal("CL3003", (string)Assert.Single(full["items"]!.AsArray())!["code"]!);
        Assert.Equal(("unchanged", (string)full["resultId"]!), ((string)again!["kind"]!, (string)again["resultId"]!));
        Assert.Null(again["items"]);
        Assert.Equal("full", (string)changed!["kind"]!);
        Assert.Empty(changed["items"]!.AsArray());
        Assert.DoesNotContain(pushed, m => (string?)m["method"] == "textDocument/publishDiagnostics" && (string?)m["params"]!["uri"] == uri);
    }

    [Fact]
    public async Task Hovering_a_finding_shows_its_rules_title_description_and_help_link_and_elsewhere_nothing()
    {
        var text = File.ReadAllText(Path.Combine(Repository.SeedsFolder, SeedArticle));
        await using var client = await LspTestClient.StartAsync(new JsonObject
        {
            ["textDocument"] = new JsonObject { ["hover"] = new JsonObject { ["contentFormat"] = new JsonArray("markdown", "plaintext") } },
        });
        var uri = client.UriOf("junk.txt");
        await client.OpenAsync(uri, text, "plaintext");

        var onWidget = await client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = Lsp.Document(uri), ["position"] = Lsp.Position(28, 5) });
        var onBody = await client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = Lsp.Document(uri), ["position"] = Lsp.Position(4, 5) });

        Assert.Equal("markdown", (string)onWidget!["contents"]!["kind"]!);
        var shown = (string)onWidget["contents"]!["value"]!;
        Assert.StartsWith("**CL3003** `related-content-widget` (error): Related-content widget heading\n\nRecommendation widgets", shown);
        Assert.EndsWith("[CL3003 documentation](https://github.com/contentlint/contentlint/blob/main/rules/docs/CL3003.md)", shown);
        Assert.Equal((28, 0, 28, 17), Lsp.Read(onWidget["range"]!));
        Assert.Null(onBody);
    }

    [Fact]
    public async Task Fix_all_gives_the_article_contentlint_fix_writes()
    {
        var text = File.ReadAllText(Path.Combine(Repository.SeedsFolder, SeedArticle));
        await using var client = await LspTestClient.StartAsync(new JsonObject
        {
            ["workspace"] = new JsonObject { ["workspaceEdit"] = new JsonObject { ["documentChanges"] = true } },
        });
        client.Workspace.Write("fixed/junk.txt", text);
        Assert.Equal(0, CliRunner.Run(Path.Combine(client.Workspace.Path, "fixed"), "fix", "junk.txt").ExitCode);
        var uri = client.UriOf("junk.txt");

        await client.OpenAsync(uri, text, "plaintext", version: 3);
        var fixAll = await SingleActionAsync(client, uri, Lsp.Range(0, 0, 0, 0), a => (string)a["kind"]! == "source.fixAll.contentlint", only: ["source.fixAll"]);

        Assert.Equal("Fix all ContentLint findings in this file", (string)fixAll["title"]!);
        Assert.Equal(3, (int)fixAll["edit"]!["documentChanges"]![0]!["textDocument"]!["version"]!);
        Assert.Equal(File.ReadAllText(Path.Combine(client.Workspace.Path, "fixed", "junk.txt")), Lsp.ApplyEdits(text, Lsp.EditsOf(fixAll, uri)));
    }

    [Fact]
    public async Task A_finding_offers_its_fix_suppressing_its_rule_on_its_line_and_fixing_the_file()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = client.UriOf("a.md");
        var text = "# Council budget\n\nThe council approved it.\n\nYou May Also Like\n\nIt takes effect in May.\n";
        await client.OpenAsync(uri, text);
        var widget = Assert.Single(await client.NextDiagnosticsAsync(uri))!;

        var actions = (await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = Lsp.Document(uri),
            ["range"] = Lsp.Range(4, 3, 4, 3),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(widget.DeepClone()) },
        }))!.AsArray();
        var titles = actions.Select(a => (string)a!["title"]!).ToList();
        var suppressed = Lsp.ApplyEdits(text, Lsp.EditsOf(actions[1]!, uri));
        await client.OpenAsync(client.UriOf("b.md"), suppressed);

        Assert.Equal(["Delete the line (CL3003)", "Suppress CL3003 (related-content-widget) on this line", "Fix all ContentLint findings in this file"], titles);
        Assert.All(actions, a => Assert.Equal("quickfix", (string)a!["kind"]!));
        Assert.Equal("# Council budget\n\nThe council approved it.\n\n\nIt takes effect in May.\n", Lsp.ApplyEdits(text, Lsp.EditsOf(actions[0]!, uri)));
        Assert.Equal("# Council budget\n\nThe council approved it.\n\n<!-- contentlint-disable-next-line related-content-widget -->\nYou May Also Like\n\nIt takes effect in May.\n", suppressed);
        Assert.Empty(await client.NextDiagnosticsAsync(client.UriOf("b.md")));
        Assert.Equal("# Council budget\n\nThe council approved it.\n\nIt takes effect in May.\n", Lsp.ApplyEdits(text, Lsp.EditsOf(actions[2]!, uri)));
    }

    [Fact]
    public async Task Suppressing_is_not_offered_where_the_comment_would_not_suppress_the_finding()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = client.UriOf("a.md");
        // A suppression comment that suppresses nothing is reported after suppressions apply: another comment above it
        // would not hide the report, and would itself suppress nothing.
        await client.OpenAsync(uri, "# Council budget\n\n<!-- contentlint-disable-next-line navigation-label -->\nThe council approved it.\n\nYou May Also Like\n");
        var diagnostics = await client.NextDiagnosticsAsync(uri);
        var unused = diagnostics.Single(d => (string)d!["code"]! == "CL0004")!;

        var actions = (await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = Lsp.Document(uri),
            ["range"] = unused["range"]!.DeepClone(),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() },
        }))!.AsArray();

        Assert.Equal(["CL0004", "CL3003"], diagnostics.Select(d => (string)d!["code"]!));
        Assert.Empty(actions);
    }

    [Fact]
    public async Task A_JSON_Lines_finding_is_placed_on_its_record_line_past_the_escapes_before_it_and_offers_no_edits()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = client.UriOf("corpus.jsonl");
        var lines = new[]
        {
            """{"id":"a1","title":"Council budget","text":"The caf\u00e9 \"Noord\" reopens.\n\nYou May Also Like\n\nIt opens in May."}""",
            """{"id":"a2","title":"Storm","text":"😀 Trees fell.\n\nYou May Also Like"}""",
        };
        var text = string.Join("\n", lines) + "\n";

        await client.OpenAsync(uri, text, "jsonl");
        var diagnostics = await client.NextDiagnosticsAsync(uri);
        var actions = await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = Lsp.Document(uri),
            ["range"] = Lsp.Range(0, 0, 1, 0),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(), ["only"] = new JsonArray("quickfix", "source.fixAll") },
        });

        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d =>
        {
            var (line, start, endLine, end) = Lsp.Read(d!["range"]!);
            Assert.Equal(line, endLine);
            Assert.Equal("You May Also Like", lines[line][start..end]);
        });
        Assert.Empty(actions!.AsArray());
    }

    [Fact]
    public async Task Protocol_mistakes_are_answered_with_errors_and_the_server_goes_on_to_exit_as_asked()
    {
        await using var client = LspTestClient.Connect();

        var early = await Assert.ThrowsAsync<LspErrorException>(() => client.RequestAsync("textDocument/hover", new JsonObject()));
        await client.InitializeAsync();
        var unknown = await Assert.ThrowsAsync<LspErrorException>(() => client.RequestAsync("textDocument/rename", new JsonObject()));
        var badParams = await Assert.ThrowsAsync<LspErrorException>(() => client.RequestAsync("textDocument/hover", new JsonArray(1, 2)));
        await client.SendRawAsync("{ this is not JSON");
        var exitCode = await client.ShutDownAsync();

        Assert.Equal(JsonRpcErrorCodes.ServerNotInitialized, early.Code);
        Assert.Equal(JsonRpcErrorCodes.MethodNotFound, unknown.Code);
        Assert.Equal(JsonRpcErrorCodes.InvalidParams, badParams.Code);
        Assert.Equal(JsonRpcErrorCodes.ParseError, (int)Assert.Single(client.Unanswerable)["error"]!["code"]!);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_the_server_with_exit_code_1()
    {
        await using var client = await LspTestClient.StartAsync();

        await client.NotifyAsync("exit", null);

        Assert.Equal(1, await client.Running.WaitAsync(LspTestClient.Timeout));
    }

    private static Task Change(LspTestClient client, string uri, int version, params (JsonObject? Range, string Text)[] changes) =>
        client.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray([.. changes.Select(c => c.Range is null
                ? new JsonObject { ["text"] = c.Text }
                : new JsonObject { ["range"] = c.Range, ["text"] = c.Text })]),
        });

    private static async Task<JsonNode> SingleActionAsync(LspTestClient client, string uri, JsonNode range, Func<JsonNode, bool> which, string[]? only = null)
    {
        var context = new JsonObject { ["diagnostics"] = new JsonArray() };
        if (only is not null)
        {
            context["only"] = new JsonArray([.. only.Select(o => (JsonNode)o)]);
        }

        var actions = await client.RequestAsync("textDocument/codeAction", new JsonObject { ["textDocument"] = Lsp.Document(uri), ["range"] = range.DeepClone(), ["context"] = context });
        return Assert.Single(actions!.AsArray(), a => which(a!))!;
    }

    /// <summary>A rule that fails on every document.</summary>
    private sealed class ThrowingRule : IRule
    {
        public RuleDefinition Definition { get; } = new() { Descriptor = new("XX9102", "throwing-rule", "Throws", "Throws", "test", Severity.Error) };

        public void Analyze(RuleContext context) => throw new InvalidOperationException("boom");
    }

    /// <summary>A rule that finds nothing and keeps every text it is run on.</summary>
    private sealed class LintCounter : IRule
    {
        private readonly ConcurrentQueue<string> texts = new();

        public RuleDefinition Definition { get; } = new() { Descriptor = new("XX9104", "lint-counter", "Counts", "Counts", "test", Severity.Info) };

        /// <summary>The texts linted, in order.</summary>
        public IReadOnlyList<string> Texts => [.. texts];

        public void Analyze(RuleContext context) => texts.Enqueue(context.Document.Text);
    }

    /// <summary>A rule that, on a text holding SLOW, works until the lint is cancelled (or a minute has passed).</summary>
    private sealed class SlowRule : IRule
    {
        private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public RuleDefinition Definition { get; } = new() { Descriptor = new("XX9103", "slow-rule", "Slow", "Slow", "test", Severity.Info) };

        /// <summary>Completes when a lint of a SLOW text has started.</summary>
        public Task Started => started.Task;

        public void Analyze(RuleContext context)
        {
            if (!context.Document.Text.Contains("SLOW", StringComparison.Ordinal))
            {
                return;
            }

            started.TrySetResult();
            context.CancellationToken.WaitHandle.WaitOne(LspTestClient.Timeout);
            context.CancellationToken.ThrowIfCancellationRequested();
        }
    }
}
