using ContentLint.Checks;
using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Text;

namespace ContentLint.Rules;

/// <summary>
/// One rule's view of one document: the document to look at and the way to report findings. Whatever rule reports,
/// the engine drops findings in code, comments, front matter and URLs (<see cref="Document.IsIgnored"/>), then applies
/// inline suppressions, the baseline and the per-rule limit.
/// </summary>
public sealed class RuleContext
{
    private readonly List<Finding> sink;
    private readonly RuleScope scope;

    internal RuleContext(Document document, RuleDefinition definition, Severity severity, List<Finding> sink, CancellationToken cancellationToken)
    {
        Document = document;
        Descriptor = definition.Descriptor;
        scope = definition.Scope;
        Severity = severity;
        this.sink = sink;
        CancellationToken = cancellationToken;
    }

    /// <summary>The document to analyze.</summary>
    public Document Document { get; }

    /// <summary>The descriptor of the rule being run.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The severity findings get, after configuration.</summary>
    public Severity Severity { get; }

    /// <summary>
    /// The units of <see cref="Document"/> the rule's <see cref="RuleDefinition.Scope"/> selects: its non-blank body
    /// lines, paragraphs, title or runs of body text, without front matter and code.
    /// </summary>
    public IEnumerable<TextRange> Units => ScopeUnits.Of(Document, scope);

    /// <summary>Signals that the run was cancelled.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// What the corpus says about the document: how many documents share a line, whether it copies another. Null when
    /// there is no corpus evidence: neither a corpus run's first pass nor a configured profile.
    /// </summary>
    internal Corpus.CorpusView? Corpus { get; init; }

    /// <summary>
    /// The matches of the rule's exceptions in each stretch of whole lines findings touched, by stretch: found once per
    /// stretch, so a line with a million findings is searched once, not once per finding.
    /// </summary>
    internal Dictionary<TextRange, (List<TextRange> Matches, int[] ReachedBy)> ExceptionMatches { get; } = [];

    /// <summary>
    /// When <see cref="Document"/> is the visible text of a document (<see cref="VisibleText"/>): that document as
    /// written, and the map to it. Findings are reported in the text as written, so that they point at the file and a
    /// fix deletes the invisible characters inside what it deletes.
    /// </summary>
    internal (Document Document, VisibleText Map)? Written { get; init; }

    /// <summary>The document's trigger-word hits, found once for all rules by the linter's index.</summary>
    internal Lazy<Checks.DocumentTriggers>? Triggers { get; init; }

    /// <summary>Reports a finding whose message is the descriptor's template with <paramref name="arguments"/> filled in.</summary>
    /// <param name="span">The 0-based range of the finding in <see cref="Document"/>.</param>
    /// <param name="arguments">Placeholder values, such as <c>match</c>.</param>
    /// <param name="fix">How to repair the finding, if known.</param>
    public void Report(TextRange span, IReadOnlyDictionary<string, string> arguments, Fix? fix = null) =>
        ReportMessage(span, MessageTemplate.Format(Descriptor.MessageFormat, arguments), fix);

    /// <summary>Reports a finding with a ready-made message.</summary>
    /// <param name="span">The 0-based range of the finding in <see cref="Document"/>.</param>
    /// <param name="message">The message users see.</param>
    /// <param name="fix">How to repair the finding, if known.</param>
    public void ReportMessage(TextRange span, string message, Fix? fix = null)
    {
        if (span.Start < 0 || span.End > Document.Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, $"The span lies outside the document ({Document.Text.Length} characters).");
        }

        if (Document.IsIgnored(span))
        {
            // Code, comments and URLs are not prose: whatever a rule finds there is not junk.
            return;
        }

        var reported = Document;
        if (Written is (var written, var map))
        {
            reported = written;
            span = map.ToWritten(span);
            fix = fix is null ? null : fix with { Edits = [.. fix.Edits.Select(e => e with { Span = map.ToWritten(e.Span) })] };
        }

        sink.Add(new Finding(Descriptor, Severity, message, reported.Path, span, reported.Source.GetLinePositionSpan(span)) { Fix = fix });
    }

    /// <summary>
    /// Reports a finding about the whole document (such as a copy of another document), which covers no line: see
    /// <see cref="Finding.IsWholeDocument"/>.
    /// </summary>
    /// <param name="message">The message users see.</param>
    internal void ReportDocument(string message)
    {
        var start = new TextRange(0, 0);
        sink.Add(new Finding(Descriptor, Severity, message, Document.Path, start, Document.Source.GetLinePositionSpan(start)) { IsWholeDocument = true });
    }
}
