namespace ContentLint.Formatting;

/// <summary>
/// One report format (Serilog's <c>ITextFormatter</c>, ESLint's formatters): it writes a finished report, or a report
/// as the run goes through the <see cref="DiagnosticWriter"/> it creates. <see cref="DiagnosticFormatters"/> has every
/// built-in one; a format of your own derives from this class and works wherever they do.
/// </summary>
public abstract class DiagnosticFormatter
{
    /// <summary>The name users pass to <c>--format</c>, such as <c>sarif</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Starts a report in this format.</summary>
    public abstract DiagnosticWriter CreateWriter(TextWriter writer, ReportHeader header);

    /// <summary>True when reports in this format from the shards of a run (<c>--shard K/N</c>) can be merged with <see cref="Merge"/>.</summary>
    public virtual bool CanMerge => false;

    /// <summary>
    /// Writes to <paramref name="output"/> exactly the report one run over the whole corpus writes, from the reports of
    /// its shards in this format (<c>contentlint merge</c>), given in any order.
    /// </summary>
    /// <exception cref="NotSupportedException">The format cannot be merged (<see cref="CanMerge"/> is false).</exception>
    /// <exception cref="InvalidDataException">A shard's report is not a report in this format.</exception>
    public void Merge(IReadOnlyList<TextReader> shards, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(shards);
        ArgumentNullException.ThrowIfNull(output);
        if (!CanMerge)
        {
            throw new NotSupportedException($"Reports in the {Name} format cannot be merged.");
        }

        if (shards.Count == 0)
        {
            throw new ArgumentException("There is no report to merge.", nameof(shards));
        }

        MergeShards(shards, output);
    }

    /// <summary>Merges one or more shards' reports (<see cref="Merge"/>); called only when <see cref="CanMerge"/> is true.</summary>
    protected virtual void MergeShards(IReadOnlyList<TextReader> shards, TextWriter output) =>
        throw new NotSupportedException($"Reports in the {Name} format cannot be merged.");

    /// <summary>Writes a finished <paramref name="report"/> to <paramref name="writer"/>. Hidden findings are never written.</summary>
    public void Format(LintReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        CreateWriter(writer, ReportHeader.For(report)).WriteReport(report);
    }
}
