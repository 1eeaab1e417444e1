using System.Collections.Immutable;
using ContentLint.Diagnostics;
using ContentLint.Files;

namespace ContentLint;

/// <summary>Lints what <see cref="ArticleSource"/> yields: articles and JSON Lines records alike.</summary>
internal static class SourceLinting
{
    /// <summary>
    /// Lints one unit of a file. A record's findings carry its <see cref="RecordLocation"/>; a unit that could not
    /// be read gives its problem as the only finding.
    /// </summary>
    public static ImmutableArray<Finding> Lint(this Linter linter, SourceDocument source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(linter);
        ArgumentNullException.ThrowIfNull(source);
        // Findings made while reading get the severity configuration gives them, or none when it turns them off.
        var problem = source.Problem is { } found ? linter.Configure(found) : null;
        if (source.Document is not { } document)
        {
            return problem is null ? [] : [problem];
        }

        var diagnostics = linter.Lint(document, source.Record, cancellationToken);
        if (problem is not null)
        {
            // A finding about how the document was read (invalid UTF-8) goes with the document's own, in order.
            diagnostics = [.. diagnostics.Append(problem).Order()];
        }

        return source.Record is { } record
            ? [.. diagnostics.Select(d => d with { Record = record })]
            : diagnostics;
    }

    /// <summary>Reads and lints a whole file, JSON Lines included; findings come sorted by record, then position.</summary>
    public static FileResult LintSourceFile(this Linter linter, string path, string? displayPath = null, JsonLinesOptions? jsonLines = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(linter);
        ArgumentNullException.ThrowIfNull(path);
        displayPath ??= path;
        var diagnostics = ArticleSource.ReadFile(path, displayPath, jsonLines, defaultLanguage: linter.DefaultLanguage, readOptions: linter.ReadOptions).SelectMany(source => linter.Lint(source, cancellationToken));
        return new FileResult(displayPath, [.. diagnostics]);
    }
}
