using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using ContentLint.Checks;
using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Files;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint;

/// <summary>
/// Runs a fixed set of rules over documents. Build one with <see cref="LinterBuilder"/>; it is immutable and
/// thread-safe, so one instance serves a whole run, in parallel.
/// </summary>
public sealed class Linter
{
    internal Linter(ImmutableArray<IRule> rules, ImmutableDictionary<string, Severity> severities, ImmutableHashSet<string> engineDiagnosticsOff, ImmutableArray<string> languages = default)
    {
        Rules = rules;
        this.severities = severities;
        this.engineDiagnosticsOff = engineDiagnosticsOff;
        Languages = languages.IsDefault ? [] : languages;
    }

    private readonly ImmutableDictionary<string, Severity> severities;
    private readonly ImmutableHashSet<string> engineDiagnosticsOff;

    /// <summary>The rules this linter runs, in the order they were added.</summary>
    public ImmutableArray<IRule> Rules { get; }

    /// <summary>The languages the content is in, as configured; empty when configuration does not say.</summary>
    public ImmutableArray<string> Languages { get; }

    /// <summary>The severity findings of <paramref name="rule"/> get: configuration's, else the rule's default.</summary>
    public Severity GetSeverity(IRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return GetSeverity(rule.Descriptor);
    }

    private Severity GetSeverity(DiagnosticDescriptor descriptor) =>
        severities.TryGetValue(descriptor.Id, out var severity) ? severity : descriptor.DefaultSeverity;

    /// <summary>The severity of an engine finding, or null when configuration turned it off.</summary>
    private Severity? EngineSeverity(DiagnosticDescriptor descriptor) =>
        engineDiagnosticsOff.Contains(descriptor.Id) ? null : GetSeverity(descriptor);

    /// <summary>Lints a string.</summary>
    /// <param name="text">The article.</param>
    /// <param name="options">Its path, format, title and language, when known.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public ImmutableArray<Diagnostic> Lint(string text, DocumentOptions? options = null, CancellationToken cancellationToken = default) =>
        Lint(Document.Parse(text, options), cancellationToken);

    /// <summary>Lints a parsed document; findings come sorted by position.</summary>
    public ImmutableArray<Diagnostic> Lint(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var diagnostics = new List<Diagnostic>();
        var fallbackFindings = new List<Diagnostic>();
        foreach (var rule in Rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var found = new List<Diagnostic>();
            var context = new RuleContext(document, rule.Descriptor, GetSeverity(rule), found, cancellationToken);
            try
            {
                rule.Analyze(context);
                (rule is YamlRule { Definition.Fallback: true } ? fallbackFindings : diagnostics).AddRange(found);
            }
            catch (RegexMatchTimeoutException e)
            {
                AddEngineFinding(diagnostics, document, EngineDiagnostics.RuleTimedOut, ("rule", rule.Descriptor.Id), ("timeout", e.MatchTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s"));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One broken rule must not take the run down with it (markdownlint's handleRuleFailures).
                AddEngineFinding(diagnostics, document, EngineDiagnostics.RuleFailed, ("rule", rule.Descriptor.Id), ("reason", $"{e.GetType().Name}: {e.Message}"));
            }
        }

        // Fallback rules only add what the specific rules missed: one artefact, one finding.
        var flaggedLines = diagnostics.SelectMany(d => Enumerable.Range(d.Location.Start.Line, d.Location.End.Line - d.Location.Start.Line + 1)).ToHashSet();
        diagnostics.AddRange(fallbackFindings.Where(d => !Enumerable.Range(d.Location.Start.Line, d.Location.End.Line - d.Location.Start.Line + 1).Any(flaggedLines.Contains)));

        var kept = SuppressionFilter.Apply(document, diagnostics, EngineSeverity(EngineDiagnostics.UnusedSuppression));
        kept.Sort();
        return [.. kept];
    }

    /// <summary>Reads and lints a file. A file that cannot be read gives a <c>CL0001</c> finding instead of an exception.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="displayPath">The path diagnostics show; defaults to <paramref name="path"/>.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public FileResult LintFile(string path, string? displayPath = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        displayPath ??= path;
        ArticleText article;
        try
        {
            article = ArticleReader.Read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var empty = Document.Parse("", new DocumentOptions { Path = displayPath });
            var findings = new List<Diagnostic>();
            AddEngineFinding(findings, empty, EngineDiagnostics.FileUnreadable, ("reason", e.Message));
            return new FileResult(displayPath, [.. findings]);
        }

        var document = Document.Parse(article.Text, new DocumentOptions
        {
            Path = displayPath,
            DefaultLanguage = Languages.Length == 1 ? Languages[0] : null,
        });
        return new FileResult(displayPath, Lint(document, cancellationToken));
    }

    private void AddEngineFinding(List<Diagnostic> findings, Document document, DiagnosticDescriptor descriptor, params (string Name, string Value)[] arguments)
    {
        if (EngineSeverity(descriptor) is not { } severity)
        {
            return;
        }

        var message = MessageTemplate.Format(descriptor.MessageFormat, arguments.ToDictionary(a => a.Name, a => a.Value));
        var span = new TextSpan(0, 0);
        findings.Add(new Diagnostic(descriptor, severity, message, document.Path, span, document.Source.GetLinePositionSpan(span)));
    }
}
