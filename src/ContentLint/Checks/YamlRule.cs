using System.Text.RegularExpressions;
using ContentLint.Diagnostics;
using ContentLint.Documents;
using ContentLint.Rules;
using ContentLint.Text;

namespace ContentLint.Checks;

/// <summary>
/// A rule defined in a YAML file. The shared fields live on <see cref="Definition"/>; each <c>kind</c> is one
/// subclass that finds matches, and this base turns a match into a diagnostic with the rule's message and fix.
/// </summary>
public abstract class YamlRule : IRule
{
    private protected YamlRule(RuleDefinition definition, IReadOnlyList<Regex> exceptions)
    {
        Definition = definition;
        Exceptions = exceptions;
    }

    /// <summary>The rule's shared fields, as its file defines them.</summary>
    public RuleDefinition Definition { get; }

    /// <inheritdoc />
    public DiagnosticDescriptor Descriptor => Definition.Descriptor;

    /// <summary>The placeholders this rule can fill in its message, besides <c>{match}</c>.</summary>
    internal virtual IEnumerable<string> ExtraPlaceholders => [];

    /// <summary>Matches that overlap one of these are not reported.</summary>
    private protected IReadOnlyList<Regex> Exceptions { get; }

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Definition.AppliesTo(context.Document.Language))
        {
            AnalyzeDocument(context);
        }
    }

    /// <summary>Finds this rule's matches in a document whose language the rule applies to.</summary>
    private protected abstract void AnalyzeDocument(RuleContext context);

    /// <summary>The non-blank body lines: what most kinds look at.</summary>
    private protected static IEnumerable<TextLine> ContentLines(Document document) =>
        document.BodyLines.Where(line => !document.IsBlank(line));

    /// <summary>True when an exception matches text of <paramref name="within"/> that overlaps <paramref name="finding"/>.</summary>
    private protected bool IsException(Document document, TextSpan within, TextSpan finding)
    {
        foreach (var exception in Exceptions)
        {
            for (var match = exception.Match(document.Text, within.Start, within.Length); match.Success; match = match.NextMatch())
            {
                if (new TextSpan(match.Index, Math.Max(match.Length, 1)).OverlapsWith(finding))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Reports <paramref name="span"/> with the rule's message and, when the rule declares one, its fix.</summary>
    /// <param name="context">Where to report.</param>
    /// <param name="span">The finding's range.</param>
    /// <param name="arguments">Placeholder values besides <c>{match}</c>, which is the finding's text.</param>
    /// <param name="replacement">The new text for a <see cref="FixKind.Replace"/> fix.</param>
    private protected void Report(RuleContext context, TextSpan span, IEnumerable<KeyValuePair<string, string>>? arguments = null, string? replacement = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["match"] = context.Document.GetText(span).Trim().ToString(),
        };
        foreach (var (name, value) in arguments ?? [])
        {
            values[name] = value;
        }

        context.Report(span, values, CreateFix(context.Document, span, replacement));
    }

    private Fix? CreateFix(Document document, TextSpan span, string? replacement) => Definition.Fix switch
    {
        FixKind.DeleteLine or FixKind.DeleteSection => new Fix(
            Definition.Fix == FixKind.DeleteLine ? "Delete the line" : "Delete the section",
            [TextEdit.Delete(WholeLines(document, span))]),
        FixKind.DeleteMatch => new Fix("Delete the text", [TextEdit.Delete(span)]),
        FixKind.Replace when replacement is not null => new Fix($"Replace with '{replacement}'", [new TextEdit(span, replacement)]),
        _ => null,
    };

    /// <summary>The lines <paramref name="span"/> touches, from the start of the first to the end of the last line break.</summary>
    private static TextSpan WholeLines(Document document, TextSpan span)
    {
        var first = document.Source.GetLineAt(span.Start);
        var last = document.Source.GetLineAt(Math.Max(span.Start, span.End - 1));
        return TextSpan.FromBounds(first.Start, last.SpanIncludingLineBreak.End);
    }
}
