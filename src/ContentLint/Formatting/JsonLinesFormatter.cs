using System.Text.Encodings.Web;
using System.Text.Json;
using ContentLint.Diagnostics;
using ContentLint.Documents;

namespace ContentLint.Formatting;

/// <summary>
/// One JSON object per line and per document, for pipelines (Dolma's attributes, a Spark join): the file, the record's
/// line and id, and the document's findings — rule, severity, message, the span as character offsets into the linted
/// field and the fix — or none. Every document gets its line, clean ones too, in input order, so the output joins
/// back to the data by id or by line. Offsets count Unicode code points (what Python's <c>str</c> indexes), not the
/// UTF-16 code units of the <c>json</c> report; <c>end</c> is exclusive.
/// </summary>
internal sealed class JsonLinesFormatter : DiagnosticFormatter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <inheritdoc />
    public override string Name => "jsonl";

    /// <inheritdoc />
    public override DiagnosticWriter CreateWriter(TextWriter writer, ReportHeader header) => new Writer(writer, header);

    /// <inheritdoc />
    public override bool CanMerge => true;

    /// <inheritdoc />
    /// <remarks>
    /// Streams: each shard's lines are already in run order, so the shards are merged line by line (by path, then
    /// record line) and each line is copied as it was written. Memory holds one line per shard.
    /// </remarks>
    protected override void MergeShards(IReadOnlyList<TextReader> shards, TextWriter output)
    {
        var next = new PriorityQueue<(string Text, int Shard), (string Path, long Record, int Shard)>(
            Comparer<(string Path, long Record, int Shard)>.Create((a, b) =>
                string.CompareOrdinal(a.Path, b.Path) is var byPath and not 0 ? byPath
                : a.Record.CompareTo(b.Record) is var byRecord and not 0 ? byRecord
                : a.Shard.CompareTo(b.Shard)));
        void ReadNext(int shard)
        {
            if (shards[shard].ReadLine() is { } text)
            {
                next.Enqueue((text, shard), KeyOf(text, shard));
            }
        }

        for (var shard = 0; shard < shards.Count; shard++)
        {
            ReadNext(shard);
        }

        while (next.TryDequeue(out var line, out _))
        {
            output.Write(line.Text);
            output.Write('\n');
            ReadNext(line.Shard);
        }
    }

    /// <summary>
    /// Where a document's line goes in the whole run's report: its file, then its record line (a file's own findings
    /// after its last record, as a run writes them), then its shard, which keeps a shard's lines in their order.
    /// </summary>
    private (string Path, long Record, int Shard) KeyOf(string text, int shard)
    {
        try
        {
            using var line = JsonDocument.Parse(text);
            var root = line.RootElement;
            var record = root.TryGetProperty("line", out var number) ? number.GetInt64() : long.MaxValue;
            return (root.GetProperty("path").GetString()!, record, shard);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"not a {Name} report: a line is not a document's findings", e);
        }
    }

    private sealed class Writer(TextWriter output, ReportHeader header) : DiagnosticWriter(output, header)
    {
        private readonly List<Finding> pending = [];
        private readonly MemoryStream line = new();
        private string path = "";

        protected override void OnBeginFile(string path) => this.path = path;

        protected override void OnDiagnostic(Finding diagnostic) => pending.Add(diagnostic);

        internal override bool ReadsDocuments => true;

        protected override void OnEndDocument(Document? document, RecordLocation? record)
        {
            WriteLine(document, record);
        }

        protected override void OnEndFile(string path, bool hadProblems)
        {
            if (pending.Count > 0)
            {
                // Findings after the last document (a JSON Lines file's baseline notes) belong to the file.
                WriteLine(null, null);
            }
        }

        private void WriteLine(Document? document, RecordLocation? record)
        {
            line.SetLength(0);
            using (var json = new Utf8JsonWriter(line, Options))
            {
                json.WriteStartObject();
                json.WriteString("path", path);
                if (record is not null)
                {
                    JsonOutput.WriteRecordFields(json, record);
                }

                var offsets = new CodePointOffsets(document?.Text);
                json.WriteStartArray("findings");
                foreach (var finding in pending)
                {
                    WriteFinding(json, finding, offsets);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            pending.Clear();
            Output.Write(System.Text.Encoding.UTF8.GetString(line.GetBuffer(), 0, (int)line.Length));
            Output.Write('\n');
        }

        private static void WriteFinding(Utf8JsonWriter json, Finding finding, CodePointOffsets offsets)
        {
            json.WriteStartObject();
            json.WriteString("rule", finding.Id);
            json.WriteString("name", finding.Descriptor.Name);
            json.WriteString("severity", finding.Severity.ToName());
            json.WriteString("message", finding.Message);
            json.WriteNumber("start", offsets.Of(finding.Span.Start));
            json.WriteNumber("end", offsets.Of(finding.Span.End));
            if (finding.Fix is { } fix)
            {
                json.WriteStartObject("fix");
                json.WriteString("title", fix.Title);
                json.WriteStartArray("edits");
                foreach (var edit in fix.Edits)
                {
                    json.WriteStartObject();
                    json.WriteNumber("start", offsets.Of(edit.Span.Start));
                    json.WriteNumber("end", offsets.Of(edit.Span.End));
                    json.WriteString("text", edit.NewText);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }
    }

    /// <summary>Turns UTF-16 offsets into code-point offsets: the same numbers unless the text has characters beyond the Basic Multilingual Plane.</summary>
    private readonly struct CodePointOffsets(string? text)
    {
        private readonly bool hasSurrogates = text is not null && text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

        public int Of(int offset)
        {
            if (!hasSurrogates)
            {
                return offset;
            }

            // A pair counts once: subtract the low surrogates that follow a high one before the offset.
            var span = text.AsSpan(0, Math.Min(offset, text!.Length));
            var pairs = 0;
            for (var i = 1; i < span.Length; i++)
            {
                if (char.IsLowSurrogate(span[i]) && char.IsHighSurrogate(span[i - 1]))
                {
                    pairs++;
                }
            }

            return offset - pairs;
        }
    }
}
