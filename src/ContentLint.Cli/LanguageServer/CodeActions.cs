using ContentLint.Cli.LanguageServer.Protocol;
using ContentLint.Configuration;
using ContentLint.Diagnostics;

namespace ContentLint.Cli.LanguageServer;

/// <summary>
/// The code actions of one lint of a document: the fix of a finding, suppressing its rule on its line, and fixing
/// the whole file as <c>contentlint fix</c> does. Only for articles: JSON Lines records are neither fixed nor
/// suppressed in place (as <c>contentlint fix</c> leaves them alone).
/// </summary>
/// <param name="session">The session the document is linted in.</param>
/// <param name="lint">The lint of the text the actions edit.</param>
/// <param name="versionedEdits">True when the client takes edits for a document version (<c>documentChanges</c>), so a stale action cannot apply.</param>
/// <param name="lintSlots">Shared with the server's lints: these actions lint and fix too.</param>
internal sealed class CodeActions(LintSession session, DocumentLint lint, bool versionedEdits, SemaphoreSlim lintSlots)
{
    private DocumentSnapshot Snapshot => lint.Snapshot;

    /// <summary>
    /// The actions for the findings <paramref name="range"/> touches, of the kinds <paramref name="only"/> asks for
    /// (all when null). Fixing the whole file is offered with a finding that has a fix, and on its own to a client
    /// that asks for <c>source.fixAll</c> (on save, say).
    /// </summary>
    public async Task<IReadOnlyList<CodeAction>> ForRangeAsync(LspRange range, IReadOnlyList<string>? only, CancellationToken cancellationToken)
    {
        if (lint.IsJsonLines || lint.Findings.IsEmpty)
        {
            return [];
        }

        var actions = new List<CodeAction>();
        var here = lint.Findings.Where(f => f.Range.Touches(range)).ToList();
        if (Wants(only, CodeActionKinds.QuickFix))
        {
            foreach (var finding in here)
            {
                if (finding.Finding.Fix is { Edits.Count: > 0 } fix)
                {
                    actions.Add(FixOne(finding, fix));
                }

                if (await SuppressAsync(finding, cancellationToken).ConfigureAwait(false) is { } suppress)
                {
                    actions.Add(suppress);
                }
            }
        }

        var fixAllKind = only is { Count: > 0 } && Wants(only, CodeActionKinds.SourceFixAllContentLint) ? CodeActionKinds.SourceFixAllContentLint
            : Wants(only, CodeActionKinds.QuickFix) && here.Any(f => f.Finding.Fix is { Edits.Count: > 0 }) ? CodeActionKinds.QuickFix
            : null;
        if (fixAllKind is not null && await FixAllAsync(fixAllKind, cancellationToken).ConfigureAwait(false) is { } all)
        {
            actions.Add(all);
        }

        return actions;
    }

    /// <summary>True when an action of <paramref name="kind"/> is wanted: no filter, or a filter naming it or a kind above it (<c>source</c> for <c>source.fixAll.contentlint</c>).</summary>
    private static bool Wants(IReadOnlyList<string>? only, string kind) =>
        only is not { Count: > 0 } || only.Any(wanted => kind == wanted || kind.StartsWith(wanted + ".", StringComparison.Ordinal));

    /// <summary>The rule's own fix for this finding: its edits, as the rule made them.</summary>
    private CodeAction FixOne(ShownFinding finding, Fix fix)
    {
        var lines = Snapshot.Lines;
        var edits = fix.Edits.Select(e => new LspTextEdit(lines.RangeOf(e.Span.Start, e.Span.End), e.NewText)).ToList();
        return new CodeAction
        {
            Title = $"{fix.Title} ({finding.Finding.Id})",
            Kind = CodeActionKinds.QuickFix,
            Diagnostics = [finding.Diagnostic],
            IsPreferred = true,
            Edit = Edit(edits),
        };
    }

    /// <summary>
    /// A <c>contentlint-disable-next-line</c> comment for the finding's rule on a line of its own above the finding, in
    /// the line breaks of the document. Offered only when it works: the text with the comment is linted, and the
    /// finding must be gone without the comment being reported as suppressing nothing (a comment above a plain-text
    /// article's first line would become its title instead, say).
    /// </summary>
    private async Task<CodeAction?> SuppressAsync(ShownFinding finding, CancellationToken cancellationToken)
    {
        var rule = finding.Finding.Descriptor;
        var line = finding.Range.Start.Line;
        var lines = Snapshot.Lines;
        var at = lines.StartOf(line);
        var comment = $"<!-- contentlint-disable-next-line {rule.Name} -->{lines.LineBreakOf(line)}";
        FileResult after;
        await lintSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            after = await session.LintTextAsync(Snapshot.Path, Snapshot.Text.Insert(at, comment), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConfigurationException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // Configuration changed since the lint; the next lint will say how.
            return null;
        }
        finally
        {
            lintSlots.Release();
        }

        // 1-based lines: the comment is line + 1, and the finding's line moved down to line + 2.
        var suppressed = !after.Diagnostics.Any(d => d.Record is null
            && ((d.Id == rule.Id && d.Location.Start.Line == line + 2) || (d.Id == EngineDiagnostics.UnusedSuppression.Id && d.Location.Start.Line == line + 1)));
        if (!suppressed)
        {
            return null;
        }

        var position = new LspPosition(line, 0);
        return new CodeAction
        {
            Title = $"Suppress {rule.Id} ({rule.Name}) on this line",
            Kind = CodeActionKinds.QuickFix,
            Diagnostics = [finding.Diagnostic],
            Edit = Edit([new LspTextEdit(new LspRange(position, position), comment)]),
        };
    }

    /// <summary>The whole file fixed as <c>contentlint fix</c> fixes it, as the edits of the lines that change; null when nothing would.</summary>
    private async Task<CodeAction?> FixAllAsync(string kind, CancellationToken cancellationToken)
    {
        Fixing.FixResult result;
        await lintSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The same fixer as 'contentlint fix', with the same options: what it applies, this applies.
            result = await Task.Run(() => session.FixText(Snapshot.Path, Snapshot.Text, null, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConfigurationException or NotSupportedException)
        {
            return null;
        }
        finally
        {
            lintSlots.Release();
        }

        if (!result.IsChanged)
        {
            return null;
        }

        // The findings the first pass fixed are those of this text (later passes fix what earlier ones revealed).
        var applied = result.Applied.Where(a => a.Pass == 1).Select(a => (a.Finding.Id, a.Finding.Span)).ToHashSet();
        return new CodeAction
        {
            Title = "Fix all ContentLint findings in this file",
            Kind = kind,
            Diagnostics = [.. lint.Findings.Where(f => applied.Contains((f.Finding.Id, f.Finding.Span))).Select(f => f.Diagnostic)],
            Edit = Edit(TextDiffEdits.Between(Snapshot, result.Text)),
        };
    }

    private WorkspaceEdit Edit(IReadOnlyList<LspTextEdit> edits) => versionedEdits
        ? new WorkspaceEdit { DocumentChanges = [new TextDocumentEdit(new VersionedTextDocumentIdentifier(Snapshot.Uri, Snapshot.Version), edits)] }
        : new WorkspaceEdit { Changes = new Dictionary<string, IReadOnlyList<LspTextEdit>> { [Snapshot.Uri] = edits } };
}
