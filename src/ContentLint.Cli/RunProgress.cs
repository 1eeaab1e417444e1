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
    public static bool IsInteractiveTerminal(Func<string, string?> environment) =>
        !Console.IsErrorRedirected && !Console.IsOutputRedirected
        && !IsContinuousIntegration(environment)
        && environment("TERM") is not (null or "" or "dumb");

    /// <summary>
    /// True when <c>CI</c> says this is a CI job, as CI services set it and tools read it: <c>true</c> or <c>1</c>.
    /// <c>CI=false</c>, <c>CI=0</c> or an empty value say it is not.
    /// </summary>
    public static bool IsContinuousIntegration(Func<string, string?> environment) =>
        environment("CI") is { } ci && (ci.Trim().Equals("true", StringComparison.OrdinalIgnoreCase) || ci.Trim() == "1");

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

    /// <summary>The line as it is drawn, every number grouped alike: "1,728/20,001 files, 10,450 documents (5,210/s), 87 findings".</summary>
    public string Describe()
    {
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        return $"{Number(last.FilesDone)}/{Number(last.TotalFiles)} files, {Number(last.Documents)} documents ({Number((long)(last.Documents / seconds))}/s), {Number(last.Findings)} findings";
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

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
