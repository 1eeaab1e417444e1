using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
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
    internal Linter(ImmutableArray<IRule> rules, ImmutableDictionary<string, Severity> severities)
    {
        Rules = rules;
        this.severities = severities;
    }

    private readonly ImmutableDictionary<string, Severity> severities;

    /// <summary>The rules this linter runs, in the order they were added.</summary>
    public ImmutableArray<IRule> Rules { get; }

    /// <summary>The severity findings of <paramref name="rule"/> get: configuration's, else the rule's default.</summary>
    public Severity GetSeverity(IRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return severities.TryGetValue(rule.Descriptor.Id, out var severity) ? severity : rule.Descriptor.DefaultSeverity;
    }

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
        foreach (var rule in Rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var found = new List<Diagnostic>();
            var context = new RuleContext(document, rule.Descriptor, GetSeverity(rule), found, cancellationToken);
            try
            {
                rule.Analyze(context);
                diagnostics.AddRange(found);
            }
            catch (RegexMatchTimeoutException e)
            {
                diagnostics.Add(EngineFinding(document, EngineDiagnostics.RuleTimedOut, ("rule", rule.Descriptor.Id), ("timeout", e.MatchTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s")));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One broken rule must not take the run down with it (markdownlint's handleRuleFailures).
                diagnostics.Add(EngineFinding(document, EngineDiagnostics.RuleFailed, ("rule", rule.Descriptor.Id), ("reason", $"{e.GetType().Name}: {e.Message}")));
            }
        }

        diagnostics.Sort();
        return [.. diagnostics];
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
            return new FileResult(displayPath, [EngineFinding(empty, EngineDiagnostics.FileUnreadable, ("reason", e.Message))]);
        }

        var document = Document.Parse(article.Text, new DocumentOptions { Path = displayPath });
        return new FileResult(displayPath, Lint(document, cancellationToken));
    }

    internal static Diagnostic EngineFinding(Document document, DiagnosticDescriptor descriptor, params (string Name, string Value)[] arguments)
    {
        var message = MessageTemplate.Format(descriptor.MessageFormat, arguments.ToDictionary(a => a.Name, a => a.Value));
        var span = new TextSpan(0, 0);
        return new Diagnostic(descriptor, descriptor.DefaultSeverity, message, document.Path, span, document.Source.GetLinePositionSpan(span));
    }
}
