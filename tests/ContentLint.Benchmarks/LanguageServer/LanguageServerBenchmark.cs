using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using ContentLint.Benchmarks.Corpus;
using ContentLint.Cli.LanguageServer.JsonRpc;

namespace ContentLint.Benchmarks.LanguageServer;

/// <summary>
/// The language server's two targets, measured on the real process (<c>contentlint lsp</c>, the JIT build or the
/// native one) over its standard input and output, as an editor drives it:
/// <list type="bullet">
/// <item>latency: a 10 KB article is opened, then changed again and again (a junk line added, then removed); each
/// change is timed from sending <c>didChange</c> to receiving the <c>publishDiagnostics</c> of that version, debounce
/// included; the first changes warm up and are not counted;</item>
/// <item>memory: 200 different 10 KB articles are opened and linted; the server's resident memory is read from
/// <c>/proc</c> once all their diagnostics have come (and its peak, <c>VmHWM</c>).</item>
/// </list>
/// </summary>
internal static class LanguageServerBenchmark
{
    private const int WarmUp = 20;

    private const int ArticleSize = 10 * 1024;

    public static async Task<string> RunAsync(string serverCommand, int changes, int documents)
    {
        var workspace = Directory.CreateTempSubdirectory("contentlint-lsp-bench-").FullName;
        var words = serverCommand.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = new ProcessStartInfo(words[0]) { RedirectStandardInput = true, RedirectStandardOutput = true, WorkingDirectory = workspace };
        foreach (var word in words.Skip(1).Append("lsp"))
        {
            start.ArgumentList.Add(word);
        }

        using var server = Process.Start(start) ?? throw new InvalidOperationException("The server did not start.");
        var client = new Client(server.StandardOutput.BaseStream, server.StandardInput.BaseStream);
        var report = new StringBuilder();
        try
        {
            await client.RequestAsync("initialize", new JsonObject { ["rootUri"] = new Uri(workspace + "/").AbsoluteUri, ["capabilities"] = new JsonObject() });
            await client.NotifyAsync("initialized", new JsonObject());
            var generator = new CorpusGenerator();

            var article = TenKilobyteArticle(generator, 0);
            var uri = new Uri(Path.Combine(workspace, "article.md")).AbsoluteUri;
            var clock = Stopwatch.StartNew();
            await client.OpenAsync(uri, article);
            await client.DiagnosticsAsync(uri, 1);
            report.AppendLine(Invariant($"server: {serverCommand} lsp"));
            report.AppendLine(Invariant($"first diagnostics (start-up, rules loaded, first lint): {clock.Elapsed.TotalMilliseconds:F0} ms"));

            // A junk line in the middle of the article, added by one change and removed by the next.
            var line = article.Split('\n').Length / 2;
            var times = new List<double>();
            for (var version = 2; version < 2 + WarmUp + changes; version++)
            {
                var adding = version % 2 == 0;
                var range = adding ? Range(line, 0, line, 0) : Range(line, 0, line + 2, 0);
                clock.Restart();
                await client.ChangeAsync(uri, version, range, adding ? "You May Also Like\n\n" : "");
                await client.DiagnosticsAsync(uri, version);
                if (version >= 2 + WarmUp)
                {
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            report.AppendLine(Invariant($"{Encoding.UTF8.GetByteCount(article):N0}-byte article, {changes} changes after {WarmUp} to warm up: median {Percentile(times, 0.50):F1} ms, p95 {Percentile(times, 0.95):F1} ms, max {times[^1]:F1} ms (change sent to its diagnostics received)"));

            clock.Restart();
            var uris = new List<string>();
            for (var i = 0; i < documents; i++)
            {
                uris.Add(new Uri(Path.Combine(workspace, Invariant($"open-{i:D3}.md"))).AbsoluteUri);
                await client.OpenAsync(uris[^1], TenKilobyteArticle(generator, 1 + (i * 7)));
            }

            foreach (var opened in uris)
            {
                await client.DiagnosticsAsync(opened, 1);
            }

            var (resident, peak) = Memory(server.Id);
            report.AppendLine(Invariant($"{documents + 1} open documents of about 10 KB, all linted in {clock.Elapsed.TotalSeconds:F1} s: resident memory {resident / 1024.0:F1} MB, peak {peak / 1024.0:F1} MB"));

            await client.RequestAsync("shutdown", null);
            await client.NotifyAsync("exit", null);
            await server.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            report.AppendLine(Invariant($"exit code after shutdown and exit: {server.ExitCode}"));
            return report.ToString();
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill();
            }

            Directory.Delete(workspace, recursive: true);
        }
    }

    /// <summary>A generated article, lengthened to 10 KB with paragraphs of the next articles in its language.</summary>
    private static string TenKilobyteArticle(CorpusGenerator generator, int index)
    {
        var first = generator.Generate(index);
        var text = new StringBuilder(first.ToMarkdown());
        var paragraphs = Enumerable.Range(index + 1, int.MaxValue - index - 1)
            .Select(generator.Generate)
            .Where(more => more.Language == first.Language)
            .SelectMany(more => more.Body.Split("\n\n"));
        using var next = paragraphs.GetEnumerator();
        while (Encoding.UTF8.GetByteCount(text.ToString()) < ArticleSize && next.MoveNext())
        {
            text.Append("\n\n").Append(next.Current);
        }

        return text.ToString();
    }

    private static double Percentile(List<double> sorted, double share) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];

    /// <summary>VmRSS and VmHWM of the process, in KB.</summary>
    private static (long Resident, long Peak) Memory(int pid)
    {
        var status = File.ReadAllLines(Invariant($"/proc/{pid}/status"));
        long Read(string key) => long.Parse(status.Single(l => l.StartsWith(key, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return (Read("VmRSS:"), Read("VmHWM:"));
    }

    private static JsonObject Range(int startLine, int startCharacter, int endLine, int endCharacter) => new()
    {
        ["start"] = new JsonObject { ["line"] = startLine, ["character"] = startCharacter },
        ["end"] = new JsonObject { ["line"] = endLine, ["character"] = endCharacter },
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Just enough of a client: framed JSON out, responses and published diagnostics in.</summary>
    private sealed class Client
    {
        private readonly MessageWriter writer;
        private readonly Channel<JsonObject> received = Channel.CreateUnbounded<JsonObject>();
        private int nextId;

        public Client(Stream fromServer, Stream toServer)
        {
            writer = new MessageWriter(toServer);
            _ = Task.Run(async () =>
            {
                var reader = new MessageReader(fromServer);
                while (await reader.ReadAsync() is { } body)
                {
                    await received.Writer.WriteAsync(JsonNode.Parse(body)!.AsObject());
                }

                received.Writer.Complete();
            });
        }

        public async Task RequestAsync(string method, JsonNode? parameters)
        {
            var id = ++nextId;
            await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
            await NextAsync(m => m["method"] is null && (int?)m["id"] == id);
        }

        public Task NotifyAsync(string method, JsonNode? parameters) =>
            SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

        public Task OpenAsync(string uri, string text) =>
            NotifyAsync("textDocument/didOpen", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = text } });

        public Task ChangeAsync(string uri, int version, JsonObject range, string text) =>
            NotifyAsync("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
                ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = range, ["text"] = text }),
            });

        public Task DiagnosticsAsync(string uri, int version) =>
            NextAsync(m => (string?)m["method"] == "textDocument/publishDiagnostics" && (string?)m["params"]!["uri"] == uri && (int?)m["params"]!["version"] == version);

        private Task SendAsync(JsonObject message) => writer.WriteAsync(Encoding.UTF8.GetBytes(message.ToJsonString()));

        private readonly List<JsonObject> early = [];

        /// <summary>The next message <paramref name="wanted"/> accepts; others are kept (diagnostics of documents opened together come in any order).</summary>
        private async Task NextAsync(Func<JsonObject, bool> wanted)
        {
            if (early.FindIndex(m => wanted(m)) is var index and >= 0)
            {
                early.RemoveAt(index);
                return;
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            while (true)
            {
                var message = await received.Reader.ReadAsync(timeout.Token);
                if (wanted(message))
                {
                    return;
                }

                early.Add(message);
            }
        }
    }
}
