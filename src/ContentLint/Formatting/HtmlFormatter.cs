using System.Text.Encodings.Web;
using System.Text.Json;
using ContentLint.Diagnostics;
using ContentLint.Documents;

namespace ContentLint.Formatting;

/// <summary>
/// One self-contained HTML page for a corpus run, for people rather than tools: documents and lines affected per
/// rule, per language and per source (a corpus file, or a folder of articles); the share of junk lines by position
/// in the document; the most frequent junk lines; and the findings with the line they are on, sortable, filterable
/// and paged. Nothing is fetched: the data is embedded and the charts are drawn by the page's own script. The page
/// stays small and quick however large the run: aggregates are counted as the findings stream by, and the table
/// holds an evenly spread sample of at most <see cref="MaxRows"/> findings.
/// </summary>
internal sealed class HtmlFormatter : DiagnosticFormatter
{
    /// <summary>The most findings the table holds; beyond it, an evenly spread sample.</summary>
    internal const int MaxRows = 10_000;

    /// <summary>How many parts of a document the junk-by-position chart has.</summary>
    internal const int PositionBuckets = 10;

    private const int MaxSources = 200;
    private const int MaxJunkLines = 25;
    private const int MaxDistinctJunkLines = 100_000;
    private const int MaxContext = 200;

    /// <summary>How many near-duplicate documents the page lists (all are counted).</summary>
    private const int MaxCopies = 1_000;

    /// <summary>The name of the rule that reports a document copying an earlier one (CL4006).</summary>
    private const string DuplicateDocumentRule = "duplicate-document";

    // The data sits in a <script> element: '<', '>' and '&' must be escaped, which the default encoder does.
    private static readonly JsonWriterOptions DataOptions = new() { Encoder = JavaScriptEncoder.Default };

    /// <inheritdoc />
    public override string Name => "html";

    /// <inheritdoc />
    public override DiagnosticWriter CreateWriter(TextWriter writer, ReportHeader header) => new Writer(writer, header);

    /// <summary>What a rule, a language or a source has: documents, documents with findings, findings, lines with findings.</summary>
    private sealed class Tally
    {
        public long Documents;
        public long Affected;
        public long Findings;
        public long Lines;
    }

    private sealed class Writer(TextWriter output, ReportHeader header) : DiagnosticWriter(output, header)
    {
        private readonly List<Finding> pending = [];
        private readonly Dictionary<string, (string Name, Tally Tally)> rules = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Tally> languages = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Tally> sources = new(StringComparer.Ordinal);
        private readonly Dictionary<string, long> junkLines = new(StringComparer.Ordinal);
        private readonly long[] positionLines = new long[PositionBuckets];
        private readonly long[] positionJunk = new long[PositionBuckets];
        private readonly List<(long Number, string[] Cells)> rows = [];
        private readonly List<(string Document, string Message)> copies = [];
        private long copyCount;
        private long documents, affectedDocuments, findings, stride = 1;
        private string path = "";
        private bool fileHadDocument;

        protected override void OnBeginFile(string path)
        {
            this.path = path;
            fileHadDocument = false;
        }

        protected override void OnDiagnostic(Finding diagnostic) => pending.Add(diagnostic);

        internal override bool ReadsDocuments => true;

        protected override void OnEndDocument(Document? document, RecordLocation? record)
        {
            fileHadDocument = true;
            CountDocument(document, record);
        }

        protected override void OnEndFile(string path, bool hadProblems)
        {
            if (pending.Count > 0 || !fileHadDocument)
            {
                // A file that could not be read is one document, whose findings say why; a corpus file's own
                // findings after its last record belong to the file.
                CountDocument(null, null, counted: !fileHadDocument);
            }
        }

        private void CountDocument(Document? document, RecordLocation? record, bool counted = true)
        {
            var language = document?.Language ?? "unknown";
            // A record's source is its corpus file; an article's, its folder.
            var source = record is not null ? path : Path.GetDirectoryName(path)?.Replace('\\', '/') is { Length: > 0 } folder ? folder : ".";
            var tallies = new[] { Get(languages, language), Get(sources, source) };
            if (counted)
            {
                documents++;
                Array.ForEach(tallies, t => t.Documents++);
                AddPositions(document, positionLines, null);
            }

            if (pending.Count == 0)
            {
                return;
            }

            affectedDocuments++;
            var junk = new HashSet<int>();
            foreach (var finding in pending)
            {
                findings++;
                AddRow(finding, record, document);
                if (finding.Descriptor.Name == DuplicateDocumentRule && copyCount++ < MaxCopies)
                {
                    copies.Add((record is null ? path : $"{path}, record {record.Id ?? record.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}", finding.Message));
                }

                var rule = rules.TryGetValue(finding.Id, out var known) ? known.Tally : (rules[finding.Id] = (finding.Descriptor.Name, new Tally())).Tally;
                rule.Findings++;
                Array.ForEach(tallies, t => t.Findings++);
                for (var line = finding.Location.Start.Line; line <= finding.Location.End.Line; line++)
                {
                    junk.Add(line);
                }
            }

            foreach (var (id, inDocument) in pending.GroupBy(f => f.Id).Select(g => (g.Key, g.ToList())))
            {
                var rule = rules[id].Tally;
                rule.Affected++;
                rule.Lines += inDocument.SelectMany(f => Enumerable.Range(f.Location.Start.Line, f.Location.End.Line - f.Location.Start.Line + 1)).Distinct().Count();
            }

            Array.ForEach(tallies, t =>
            {
                t.Affected++;
                t.Lines += junk.Count;
            });
            AddPositions(document, positionJunk, junk);
            if (document is not null)
            {
                foreach (var line in junk)
                {
                    CountJunkLine(document, line);
                }
            }

            pending.Clear();
        }

        private static Tally Get(Dictionary<string, Tally> tallies, string key) =>
            tallies.TryGetValue(key, out var tally) ? tally : tallies[key] = new Tally();

        /// <summary>Adds the document's lines (or only <paramref name="only"/>) to the position buckets of <paramref name="buckets"/>.</summary>
        private static void AddPositions(Document? document, long[] buckets, HashSet<int>? only)
        {
            if (document is null)
            {
                return;
            }

            var count = document.Source.Lines.Length;
            foreach (var line in only ?? Enumerable.Range(1, count))
            {
                if (line >= 1 && line <= count)
                {
                    buckets[(int)((long)(line - 1) * PositionBuckets / count)]++;
                }
            }
        }

        private void CountJunkLine(Document document, int number)
        {
            if (number < 1 || number > document.Source.Lines.Length)
            {
                return;
            }

            var text = Context(document, number).Trim();
            if (text.Length == 0)
            {
                return;
            }

            junkLines[text] = junkLines.GetValueOrDefault(text) + 1;
            if (junkLines.Count > MaxDistinctJunkLines)
            {
                // Lossy counting: lines seen once make way; the frequent ones, which the chart shows, stay.
                foreach (var rare in junkLines.Where(p => p.Value == 1).Select(p => p.Key).ToList())
                {
                    junkLines.Remove(rare);
                }
            }
        }

        private static string Context(Document document, int number)
        {
            var text = document.GetText(document.Source.Lines[number - 1]);
            return (text.Length > MaxContext ? string.Concat(text[..MaxContext], "…") : text.ToString()).Replace('\t', ' ');
        }

        /// <summary>Keeps the finding in the table when it falls on the sample's stride; halves the sample when it is full.</summary>
        private void AddRow(Finding finding, RecordLocation? record, Document? document)
        {
            var number = findings - 1;
            if (number % stride != 0)
            {
                return;
            }

            var line = finding.Location.Start.Line;
            var context = document is not null && line >= 1 && line <= document.Source.Lines.Length ? Context(document, line) : "";
            var where = record is null ? "" : record.Id is { } id ? $"{record.Line} ({id})" : record.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            rows.Add((number, [path, where, line.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Severity.ToName(), finding.Id, finding.Descriptor.Name, finding.Message, context]));
            if (rows.Count > MaxRows)
            {
                stride *= 2;
                rows.RemoveAll(r => r.Number % stride != 0);
            }
        }

        protected override void OnComplete(ReportSummary summary)
        {
            using var data = new MemoryStream();
            using (var json = new Utf8JsonWriter(data, DataOptions))
            {
                WriteData(json, summary);
            }

            Output.Write(HtmlReportPage.Before);
            Output.Write(System.Text.Encoding.UTF8.GetString(data.GetBuffer(), 0, (int)data.Length));
            Output.Write(HtmlReportPage.After);
        }

        private void WriteData(Utf8JsonWriter json, ReportSummary summary)
        {
            json.WriteStartObject();
            json.WriteString("tool", $"{ToolInfo.Name} {ToolInfo.Version}");
            json.WriteStartObject("totals");
            json.WriteNumber("files", summary.Files);
            json.WriteNumber("documents", documents);
            json.WriteNumber("affected", affectedDocuments);
            json.WriteNumber("findings", findings);
            json.WriteNumber("errors", summary.Errors);
            json.WriteNumber("warnings", summary.Warnings);
            json.WriteNumber("infos", summary.Infos);
            json.WriteEndObject();

            json.WriteStartArray("rules");
            foreach (var (id, (name, tally)) in rules.OrderByDescending(r => r.Value.Tally.Findings).ThenBy(r => r.Key, StringComparer.Ordinal))
            {
                WriteTally(json, tally, ("id", id), ("name", name));
            }

            json.WriteEndArray();
            WriteTallies(json, "languages", languages, int.MaxValue);
            WriteTallies(json, "sources", sources, MaxSources);
            json.WriteNumber("sourceCount", sources.Count);

            json.WriteStartArray("positions");
            for (var i = 0; i < PositionBuckets; i++)
            {
                json.WriteStartObject();
                json.WriteNumber("lines", positionLines[i]);
                json.WriteNumber("junk", positionJunk[i]);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("junkLines");
            foreach (var (text, count) in junkLines.Where(p => p.Value > 1).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(MaxJunkLines))
            {
                json.WriteStartObject();
                json.WriteString("text", text);
                json.WriteNumber("count", count);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("copies");
            foreach (var (copy, message) in copies)
            {
                json.WriteStartObject();
                json.WriteString("document", copy);
                json.WriteString("message", message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("copyCount", copyCount);

            json.WriteStartArray("rows");
            foreach (var (_, cells) in rows)
            {
                json.WriteStartArray();
                Array.ForEach(cells, json.WriteStringValue);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static void WriteTallies(Utf8JsonWriter json, string name, Dictionary<string, Tally> tallies, int limit)
        {
            json.WriteStartArray(name);
            foreach (var (key, tally) in tallies.OrderByDescending(t => t.Value.Findings).ThenBy(t => t.Key, StringComparer.Ordinal).Take(limit))
            {
                WriteTally(json, tally, ("name", key));
            }

            json.WriteEndArray();
        }

        private static void WriteTally(Utf8JsonWriter json, Tally tally, params (string Name, string Value)[] names)
        {
            json.WriteStartObject();
            foreach (var (field, value) in names)
            {
                json.WriteString(field, value);
            }

            json.WriteNumber("documents", tally.Documents);
            json.WriteNumber("affected", tally.Affected);
            json.WriteNumber("findings", tally.Findings);
            json.WriteNumber("lines", tally.Lines);
            json.WriteEndObject();
        }
    }
}
