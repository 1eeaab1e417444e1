using System.Text.RegularExpressions;

namespace ContentLint.Checks;

/// <summary>
/// A rule's regular expression, with the engine chosen by the work it gets. It starts on the backtracking
/// interpreter, which is built in microseconds and checks the pattern when the rule is loaded, so a run over
/// one file starts fast. Once it has scanned a quarter of a megabyte it moves to the non-backtracking engine, where
/// the pattern allows it: costly to build, but linear in its input whatever the pattern and several times
/// faster on long alternations — what a run over a corpus needs. Both engines find the same matches.
/// Thread-safe.
/// </summary>
internal sealed class RulePattern
{
    /// <summary>Characters scanned before the non-backtracking engine is built.</summary>
    private const long SwitchAfterCharacters = 256_000;

    private readonly Regex backtracking;
    private readonly Lazy<Regex?> nonBacktracking;
    private long scanned;

    /// <summary>The engine for good, once chosen: the non-backtracking one, or the backtracking one for patterns it cannot run.</summary>
    private volatile Regex? settled;

    /// <summary>Builds the pattern.</summary>
    /// <exception cref="ArgumentException">The pattern does not compile.</exception>
    public RulePattern(string pattern, RegexOptions options)
    {
        backtracking = new Regex(pattern, RuleRegex.BaseOptions | options, RuleRegex.MatchTimeout);
        nonBacktracking = new Lazy<Regex?>(() =>
        {
            try
            {
                return new Regex(pattern, RuleRegex.BaseOptions | RegexOptions.NonBacktracking | options, RuleRegex.MatchTimeout);
            }
            catch (NotSupportedException)
            {
                // Lookarounds, backreferences and the like need the backtracking engine.
                return null;
            }
        });
    }

    /// <summary>The pattern on the backtracking engine, which supports every construct.</summary>
    public Regex Backtracking => backtracking;

    /// <summary>The options the pattern was built with.</summary>
    public RegexOptions Options => backtracking.Options;

    /// <summary>The names of the pattern's groups.</summary>
    public string[] GetGroupNames() => backtracking.GetGroupNames();

    /// <summary>The first match in <paramref name="length"/> characters of <paramref name="input"/> from <paramref name="beginning"/>, as if they were the whole input.</summary>
    public Match Match(string input, int beginning, int length) => Engine(length).Match(input, beginning, length);

    /// <summary>True when the pattern matches somewhere in <paramref name="input"/>.</summary>
    public bool IsMatch(ReadOnlySpan<char> input) => Engine(input.Length).IsMatch(input);

    /// <inheritdoc />
    public override string ToString() => backtracking.ToString();

    private Regex Engine(int length)
    {
        if (settled is { } engine)
        {
            return engine;
        }

        if (Interlocked.Add(ref scanned, length) <= SwitchAfterCharacters)
        {
            return backtracking;
        }

        settled = nonBacktracking.Value ?? backtracking;
        return settled;
    }
}
