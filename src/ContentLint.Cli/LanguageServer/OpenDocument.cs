using ContentLint.Cli.LanguageServer.Protocol;

namespace ContentLint.Cli.LanguageServer;

/// <summary>
/// A document the client has open: its current text, the lint of its latest version, and the lint on its way.
/// Changes come from the message loop one at a time; lints finish on other threads, so the state is guarded.
/// </summary>
internal sealed class OpenDocument(DocumentSnapshot opened)
{
    private readonly Lock gate = new();
    private DocumentSnapshot current = opened;
    private DocumentLint? lint;
    private CancellationTokenSource? pending;

    /// <summary>Held while a lint is checked against the current text and published, so an older lint never lands after a newer one.</summary>
    public SemaphoreSlim PublishGate { get; } = new(1, 1);

    /// <summary>The latest text.</summary>
    public DocumentSnapshot Current
    {
        get
        {
            lock (gate)
            {
                return current;
            }
        }
    }

    /// <summary>
    /// Applies a <c>textDocument/didChange</c>: each change in order, a range (UTF-16 positions in the text as the
    /// changes before it left it) replaced by its text, or the whole text when there is no range.
    /// </summary>
    public DocumentSnapshot Apply(int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        lock (gate)
        {
            var text = current.Text;
            foreach (var change in changes)
            {
                if (change.Range is not { } range)
                {
                    text = change.Text;
                    continue;
                }

                var lines = new TextLines(text);
                var start = lines.OffsetAt(range.Start);
                var end = Math.Max(start, lines.OffsetAt(range.End));
                text = string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
            }

            current = current with { Version = version, Text = text };
            return current;
        }
    }

    /// <summary>The lint of <paramref name="snapshot"/> with <paramref name="generation"/> of configuration, if it is done.</summary>
    public DocumentLint? LintOf(DocumentSnapshot snapshot, int generation)
    {
        lock (gate)
        {
            return lint is { } done && ReferenceEquals(done.Snapshot, snapshot) && done.Generation == generation ? done : null;
        }
    }

    /// <summary>Keeps <paramref name="done"/> when it is the lint of the current text; true when it is (and so may be published).</summary>
    public bool Complete(DocumentLint done)
    {
        lock (gate)
        {
            if (!ReferenceEquals(done.Snapshot, current))
            {
                return false;
            }

            lint = done;
            return true;
        }
    }

    /// <summary>Cancels the lint on its way, if any, and returns the token of the one that replaces it.</summary>
    public CancellationToken RestartPending()
    {
        lock (gate)
        {
            pending?.Cancel();
            pending = new CancellationTokenSource();
            return pending.Token;
        }
    }

    /// <summary>Cancels the lint on its way: the document closed, or the server is shutting down.</summary>
    public void CancelPending()
    {
        lock (gate)
        {
            pending?.Cancel();
            pending = null;
        }
    }
}
