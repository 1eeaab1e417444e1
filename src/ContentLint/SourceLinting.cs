using System.Collections.Immutable;
using ContentLint.Diagnostics;
using ContentLint.Files;

namespace ContentLint;

/// <summary>Lints what <see cref="ArticleSource"/> yields: articles and JSON Lines records alike.</summary>
public static class SourceLinting
{
    /// <summary>
    /// Lints one unit of a file. A record's findings carry its <see cref="RecordLocation"/>; a unit that could not
    /// be read gives its problem as the only finding.
    /// </summary>
    public static ImmutableArray<Diagnostic> Lint(this Linter linter, SourceDocument source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(linter);
        ArgumentNullException.ThrowIfNull(source);
        if (source.Document is not { } document)
        {
            return source.Problem is { } problem ? [problem] : [];
        }

        var diagnostics = linter.Lint(document, cancellationToken);
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
        var diagnostics = ArticleSource.ReadFile(path, displayPath, jsonLines).SelectMany(source => linter.Lint(source, cancellationToken));
        return new FileResult(displayPath, [.. diagnostics]);
    }
}
