using ContentLint.Cli.LanguageServer.Protocol;
using ContentLint.Configuration;

namespace ContentLint.Cli.LanguageServer;

/// <summary>
/// Shows the errors of configuration, rule and baseline files as diagnostics on those files (open in the editor or
/// not), as the linting of open documents finds them. A reload of configuration starts over: what is no longer
/// found is cleared.
/// </summary>
internal sealed class ConfigurationDiagnostics(Func<PublishDiagnosticsParams, Task> publish)
{
    private readonly Lock gate = new();

    /// <summary>The errors shown, by the full path of the file that holds them.</summary>
    private readonly Dictionary<string, HashSet<ConfigurationError>> shown = new(StringComparer.Ordinal);

    private int generation;

    /// <summary>Shows <paramref name="errors"/>, found with configuration of <paramref name="foundIn"/> (errors of an older one are dropped).</summary>
    public async Task ReportAsync(IEnumerable<ConfigurationError> errors, int foundIn)
    {
        var changed = new List<PublishDiagnosticsParams>();
        lock (gate)
        {
            if (foundIn != generation)
            {
                return;
            }

            foreach (var file in errors.GroupBy(e => Path.GetFullPath(e.Location.Path)))
            {
                if (!shown.TryGetValue(file.Key, out var known))
                {
                    shown[file.Key] = known = [];
                }

                var added = false;
                foreach (var error in file)
                {
                    added |= known.Add(error);
                }

                if (added)
                {
                    changed.Add(new PublishDiagnosticsParams(FileUris.FromPath(file.Key), null, [.. known.OrderBy(e => e.Location.Line).ThenBy(e => e.Location.Column).Select(ToDiagnostic)]));
                }
            }
        }

        foreach (var update in changed)
        {
            await publish(update).ConfigureAwait(false);
        }
    }

    /// <summary>Configuration is being reloaded as <paramref name="next"/>: clears every file's errors, to be found again.</summary>
    public async Task ResetAsync(int next)
    {
        List<string> cleared;
        lock (gate)
        {
            generation = next;
            cleared = [.. shown.Keys];
            shown.Clear();
        }

        foreach (var file in cleared)
        {
            await publish(new PublishDiagnosticsParams(FileUris.FromPath(file), null, [])).ConfigureAwait(false);
        }
    }

    /// <summary>Where an error is: its line and column, 1-based in the error, as an empty range (the client widens it to the word).</summary>
    public static LspRange RangeOf(ConfigurationError error)
    {
        var at = new LspPosition(Math.Max(error.Location.Line - 1, 0), Math.Max(error.Location.Column - 1, 0));
        return new LspRange(at, at);
    }

    private static LspDiagnostic ToDiagnostic(ConfigurationError error) => new()
    {
        Range = RangeOf(error),
        Severity = LspDiagnostic.Error,
        Code = error.Id,
        Message = error.Message,
    };
}
