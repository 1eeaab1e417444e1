using System.Diagnostics;
using System.Globalization;

namespace ContentLint.Cli;

/// <summary>
/// A one-line progress display for long runs — files done, documents per second, findings so far — redrawn in
/// place on standard error at most four times a second. Only made for an interactive terminal
/// (<see cref="CommandOutput.Progress"/> is null in CI logs, when output is redirected, and in tests).
/// </summary>
internal sealed class RunProgress : IProgress<LintProgress>
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly TextWriter terminal;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private LintProgress last;
    private TimeSpan lastDrawn;
    private bool shown;

    public RunProgress(TextWriter terminal)
    {
        this.terminal = terminal;
    }

    /// <summary>True for an interactive terminal outside CI: both output streams are the terminal.</summary>
    public static bool IsInteractiveTerminal() =>
        !Console.IsErrorRedirected && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        && Environment.GetEnvironmentVariable("TERM") is not (null or "" or "dumb");

    /// <summary>Takes the run's latest counts and redraws the line when it is due.</summary>
    public void Report(LintProgress value)
    {
        last = value;
        DrawIfDue();
    }

    /// <summary>Erases the progress line, before report lines go to the same terminal and when the run ends.</summary>
    public void Clear()
    {
        if (shown)
        {
            terminal.Write("\r\u001b[K");
            terminal.Flush();
            shown = false;
        }
    }

    /// <summary>The line as it is drawn: "3/12 files, 10,450 documents (5,210/s), 87 findings".</summary>
    public string Describe()
    {
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        var rate = (last.Documents / seconds).ToString("N0", CultureInfo.InvariantCulture);
        return $"{last.FilesDone.ToString(CultureInfo.InvariantCulture)}/{last.TotalFiles.ToString(CultureInfo.InvariantCulture)} files, "
            + $"{last.Documents.ToString("N0", CultureInfo.InvariantCulture)} documents ({rate}/s), {last.Findings.ToString("N0", CultureInfo.InvariantCulture)} findings";
    }

    private void DrawIfDue()
    {
        var now = clock.Elapsed;
        if (now - lastDrawn < Interval)
        {
            return;
        }

        lastDrawn = now;
        terminal.Write("\r" + Describe() + "\u001b[K");
        terminal.Flush();
        shown = true;
    }

    /// <summary>Standard output for a run with progress: erases the progress line before any report text.</summary>
    public sealed class ClearingWriter(TextWriter inner, RunProgress progress) : TextWriter
    {
        public override System.Text.Encoding Encoding => inner.Encoding;

        public override IFormatProvider FormatProvider => inner.FormatProvider;

        public override string NewLine
        {
#pragma warning disable CS8765 // TextWriter.NewLine's setter accepts null; the inner writer decides.
            get => inner.NewLine;
            set => inner.NewLine = value;
#pragma warning restore CS8765
        }

        public override void Write(char value)
        {
            progress.Clear();
            inner.Write(value);
        }

        public override void Write(string? value)
        {
            progress.Clear();
            inner.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            progress.Clear();
            inner.Write(buffer, index, count);
        }

        public override void WriteLine(string? value)
        {
            progress.Clear();
            inner.WriteLine(value);
        }

        public override void Flush() => inner.Flush();
    }
}
