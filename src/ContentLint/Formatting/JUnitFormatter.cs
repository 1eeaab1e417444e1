using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ContentLint.Diagnostics;

namespace ContentLint.Formatting;

/// <summary>
/// JUnit XML, which CI servers (GitLab, Jenkins, Azure Pipelines) turn into test reports: one test case per file, judged
/// as the run is — failed when the file has a finding at or above <see cref="ReportHeader.FailLevel"/>, an error when
/// it could not be read, skipped when it was not linted (binary, too large, left out by an ignore file), passed
/// otherwise, with its findings below the fail level as the case's output. The suite carries the standard
/// <c>tests</c>, <c>failures</c>, <c>errors</c>, <c>skipped</c>, <c>time</c> and <c>timestamp</c>; since they come before
/// the cases, the cases wait in a <see cref="SpillBuffer"/> (memory, then a temporary file): a JSON Lines corpus's
/// report would otherwise be held whole, and <see cref="DiagnosticWriter"/> promises memory that does not grow with it.
/// </summary>
internal sealed class JUnitFormatter : DiagnosticFormatter
{
    /// <inheritdoc />
    public override string Name => "junit";

    /// <inheritdoc />
    public override DiagnosticWriter CreateWriter(TextWriter writer, ReportHeader header) => new Writer(writer, header);

    /// <inheritdoc />
    public override bool CanMerge => true;

    /// <inheritdoc />
    /// <remarks>
    /// Test cases are copied as the shards wrote them, in path order; the shards of one corpus file each have a case for
    /// it, put together as one run judges the file (an error in any part, else a failure when the parts' failing
    /// findings add up to one or more, else skipped when a part was), with every record's findings in line order. The
    /// counts are recounted; <c>time</c> is the shards' times added up and <c>timestamp</c> the earliest shard's.
    /// </remarks>
    protected override void MergeShards(IReadOnlyList<TextReader> shards, TextWriter output)
    {
        var suites = shards.Select(ReadSuite).ToList();
        var cases = ShardReports.InRunOrder(suites.SelectMany(s => s.Cases), c => c.File, c => c.FirstRecordLine)
            .GroupBy(c => c.File, StringComparer.Ordinal)
            .Select(file => file.Count() == 1 ? file.First() : TestCase.Join([.. file]))
            .ToList();
        var time = suites.Sum(s => decimal.Parse(s.Time, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
        WriteSuite(
            output,
            new SuiteCounts(cases.Count, cases.Count(c => c.Kind == "failure"), cases.Count(c => c.Kind == "error"), cases.Count(c => c.Skip is not null)),
            time.ToString("0.000", CultureInfo.InvariantCulture),
            suites.Min(s => s.Timestamp)!,
            writer => writer.Write(string.Concat(cases.Select(c => c.Render()))));
    }

    private static readonly Regex SuiteHead = new("<testsuite name=\"contentlint\" [^>]*time=\"(?<time>[0-9.]+)\" timestamp=\"(?<timestamp>[^\"]*)\">\n", RegexOptions.CultureInvariant);

    private static readonly Regex CasePattern = new(
        "    <testcase classname=\"contentlint\" name=\"(?<file>[^\"]*)\" file=\"[^\"]*\">\n"
        + "(?:      <(?<kind>error|failure) message=\"(?<message>[^\"]*)\" type=\"contentlint\">\n(?<findings>.*?)</\\k<kind>>\n)?"
        + "(?:      <skipped message=\"(?<skip>[^\"]*)\" />\n)?"
        + "(?:      <system-out>\n(?<output>.*?)</system-out>\n)?"
        + "    </testcase>\n",
        RegexOptions.Singleline | RegexOptions.CultureInvariant);

    /// <summary>One shard's suite: its time, timestamp and test cases, as the writer wrote them.</summary>
    private sealed record ShardSuite(string Time, string Timestamp, IReadOnlyList<TestCase> Cases);

    private static ShardSuite ReadSuite(TextReader shard)
    {
        var text = shard.ReadToEnd();
        var head = SuiteHead.Match(text);
        if (!head.Success || !text.EndsWith("  </testsuite>\n</testsuites>\n", StringComparison.Ordinal))
        {
            throw new InvalidDataException("not a junit report: it has no testsuite as contentlint writes it");
        }

        var body = text[(head.Index + head.Length)..^"  </testsuite>\n</testsuites>\n".Length];
        var cases = new List<TestCase>();
        var at = 0;
        while (at < body.Length)
        {
            var match = CasePattern.Match(body, at);
            if (!match.Success || match.Index != at)
            {
                throw new InvalidDataException("not a junit report: a test case is not as contentlint writes it");
            }

            cases.Add(new TestCase(
                match.Groups["file"].Value,
                match.Groups["kind"].Success ? match.Groups["kind"].Value : null,
                match.Groups["kind"].Success ? match.Groups["message"].Value : null,
                match.Groups["skip"].Success ? match.Groups["skip"].Value : null,
                match.Groups["kind"].Success ? match.Groups["findings"].Value : match.Groups["output"].Value));
            at += match.Length;
        }

        return new ShardSuite(head.Groups["time"].Value, head.Groups["timestamp"].Value, cases);
    }

    /// <summary>
    /// A test case as written: its file (escaped), failure or error with its message, skip message, and its findings'
    /// text (escaped, one line each).
    /// </summary>
    private sealed record TestCase(string File, string? Kind, string? Message, string? Skip, string Findings)
    {
        private static readonly Regex FailingCount = new("^(?<count>[0-9][0-9,]*) findings? (?<rest>.*)$", RegexOptions.CultureInvariant);

        /// <summary>The record line of its first finding (<c>line N: …</c>); 0 when it names none.</summary>
        public long FirstRecordLine =>
            Findings.StartsWith("line ", StringComparison.Ordinal) && long.TryParse(Findings.AsSpan(5, Math.Max(0, Findings.IndexOfAny([',', ':']) - 5)), NumberStyles.None, CultureInfo.InvariantCulture, out var line) ? line : 0;

        /// <summary>The cases of one corpus file from several shards (in record order), judged as one run judges the file.</summary>
        public static TestCase Join(IReadOnlyList<TestCase> parts)
        {
            var findings = string.Concat(parts.Select(p => p.Findings));
            if (parts.FirstOrDefault(p => p.Kind == "error") is { } error)
            {
                return new TestCase(error.File, "error", error.Message, null, findings);
            }

            var failures = parts.Where(p => p.Kind == "failure").Select(p => FailingCount.Match(p.Message!)).ToList();
            if (failures.Count > 0)
            {
                // The count is written with thousands separators ("1,204 findings").
                var failing = failures.Sum(f => int.TryParse(f.Groups["count"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var count) ? count : throw new InvalidDataException($"not a junit report: a failure message does not count findings: {f.Value}"));
                return new TestCase(parts[0].File, "failure", $"{ReportSummary.Plural(failing, "finding")} {failures[0].Groups["rest"].Value}", null, findings);
            }

            return new TestCase(parts[0].File, null, null, parts.Select(p => p.Skip).FirstOrDefault(s => s is not null), findings);
        }

        /// <summary>The case as the writer writes it.</summary>
        public string Render()
        {
            var text = new StringBuilder(CaseStart(File, escaped: true));
            if (Kind is not null)
            {
                text.Append(ElementStart(Kind, Message!, escaped: true)).Append(Findings).Append(ElementEnd(Kind));
            }
            else
            {
                if (Skip is not null)
                {
                    text.Append(SkippedElement(Skip, escaped: true));
                }

                if (Findings.Length > 0)
                {
                    text.Append(ElementStart("system-out", null, escaped: true)).Append(Findings).Append(ElementEnd("system-out"));
                }
            }

            return text.Append(CaseEnd).ToString();
        }
    }

    /// <summary>The suite's counts, as <c>testsuites</c> and <c>testsuite</c> carry them.</summary>
    private readonly record struct SuiteCounts(int Tests, int Failures, int Errors, int Skipped);

    /// <summary>The report around its test cases: the counts come first, so the cases are written by <paramref name="writeCases"/> after them.</summary>
    private static void WriteSuite(TextWriter output, SuiteCounts counts, string time, string timestamp, Action<TextWriter> writeCases)
    {
        var attributes = $"tests=\"{counts.Tests.ToString(CultureInfo.InvariantCulture)}\" failures=\"{counts.Failures.ToString(CultureInfo.InvariantCulture)}\" errors=\"{counts.Errors.ToString(CultureInfo.InvariantCulture)}\" skipped=\"{counts.Skipped.ToString(CultureInfo.InvariantCulture)}\" time=\"{time}\"";
        output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        output.Write($"<testsuites name=\"{ToolInfo.Name}\" {attributes}>\n");
        output.Write($"  <testsuite name=\"contentlint\" {attributes} timestamp=\"{timestamp}\">\n");
        writeCases(output);
        output.Write("  </testsuite>\n</testsuites>\n");
    }

    private const string CaseEnd = "    </testcase>\n";

    private static string CaseStart(string path, bool escaped = false)
    {
        var name = escaped ? path : Attribute(path);
        return $"    <testcase classname=\"contentlint\" name=\"{name}\" file=\"{name}\">\n";
    }

    /// <summary>The start of a failure, an error (with its message) or the system output (without), before the findings.</summary>
    private static string ElementStart(string element, string? message, bool escaped = false) =>
        message is null ? $"      <{element}>\n" : $"      <{element} message=\"{(escaped ? message : Attribute(message))}\" type=\"contentlint\">\n";

    private static string ElementEnd(string element) => $"</{element}>\n";

    private static string SkippedElement(string message, bool escaped = false) => $"      <skipped message=\"{(escaped ? message : Attribute(message))}\" />\n";

    private static readonly HashSet<string> NotLinted = new(StringComparer.Ordinal)
    {
        EngineDiagnostics.BinaryFile.Id, EngineDiagnostics.FileTooLarge.Id, EngineDiagnostics.IgnoredFile.Id,
    };

    private sealed class Writer(TextWriter output, ReportHeader header) : DiagnosticWriter(output, header)
    {
        private readonly SpillBuffer cases = new();
        private readonly SpillBuffer findings = new();
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private readonly DateTime started = DateTime.UtcNow;
        private int tests, failures, errors, skipped;
        private int failing;
        private string? unreadable;
        private string? skipReason;

        protected override void OnBeginFile(string path)
        {
            failing = 0;
            unreadable = skipReason = null;
        }

        protected override void OnDiagnostic(Finding diagnostic)
        {
            if (diagnostic.Severity >= Header.FailLevel)
            {
                failing++;
            }

            if (diagnostic.Id == EngineDiagnostics.FileUnreadable.Id)
            {
                unreadable ??= diagnostic.Message;
            }
            else if (NotLinted.Contains(diagnostic.Id))
            {
                skipReason ??= diagnostic.Message;
            }

            var where = (diagnostic.Record, diagnostic.IsWholeDocument) switch
            {
                ({ } record, _) => $"line {record.Line.ToString(CultureInfo.InvariantCulture)}",
                (null, true) => "whole file",
                _ => $"line {diagnostic.Location.Start.Line.ToString(CultureInfo.InvariantCulture)}, column {diagnostic.Location.Start.Column.ToString(CultureInfo.InvariantCulture)}",
            };
            findings.Write(Text($"{where}: {diagnostic.Severity.ToName()} {diagnostic.Id}: {ReportLocations.MessageWithRecord(diagnostic)} [{diagnostic.Descriptor.Name}]{ReportLocations.FixNote(diagnostic)}\n"));
        }

        protected override void OnEndFile(string path, bool hadProblems)
        {
            tests++;
            cases.Write(CaseStart(path));
            if (unreadable is not null)
            {
                errors++;
                WithFindings("error", unreadable);
            }
            else if (failing > 0)
            {
                failures++;
                WithFindings("failure", $"{ReportSummary.Plural(failing, "finding")} at or above {Header.FailLevel.ToName()} in this file");
            }
            else
            {
                if (skipReason is not null)
                {
                    skipped++;
                    cases.Write(SkippedElement(skipReason));
                }

                // A passed or skipped file's findings (all below the fail level) are the case's output.
                if (hadProblems)
                {
                    cases.Write(ElementStart("system-out", null));
                    findings.MoveTo(cases);
                    cases.Write(ElementEnd("system-out"));
                }
            }

            cases.Write(CaseEnd);
        }

        protected override void OnComplete(ReportSummary summary)
        {
            WriteSuite(
                Output,
                new SuiteCounts(tests, failures, errors, skipped),
                clock.Elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture),
                started.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
                cases.MoveTo);
            cases.Dispose();
            findings.Dispose();
        }

        private void WithFindings(string element, string message)
        {
            cases.Write(ElementStart(element, message));
            findings.MoveTo(cases);
            cases.Write(ElementEnd(element));
        }
    }

    /// <summary>Text content: markup characters escaped, characters XML cannot hold replaced.</summary>
    private static string Text(string text) =>
        XmlOutput.Clean(text).Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>An attribute value: as text, plus quotes and the white space an attribute would otherwise lose.</summary>
    private static string Attribute(string value) =>
        Text(value).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("\n", "&#10;", StringComparison.Ordinal).Replace("\r", "&#13;", StringComparison.Ordinal).Replace("\t", "&#9;", StringComparison.Ordinal);
}
