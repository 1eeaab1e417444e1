using System.Text.RegularExpressions;

namespace ContentLint.Checks;

/// <summary>
/// A rule's regular expression, with the engine chosen by the work it gets. It starts on the backtracking
/// interpreter, which is built in microseconds and checks the pattern when the rule is loaded, so a run over
/// one file starts fast. Once it has scanned a quarter of a megabyte it moves to the non-backtracking engine, where
/// the pattern allows it: costly to build, but linear in its input whatever the pattern and several times
/// faster on long alternations — what a run over a corpus needs. Both engines find the same matches. A pattern of
/// the built-in pack starts on C# compiled at build time (<see cref="PrecompiledPatterns"/>) instead of the
/// interpreter: nothing to parse or build when a run starts. It still moves to the non-backtracking engine: on the
/// long phrase alternations, backtracking code tries every alternative at every word and is up to 30 times slower.
/// Thread-safe.
/// </summary>
internal sealed class RulePattern
{
    /// <summary>Characters scanned before the non-backtracking engine is built.</summary>
    private const long SwitchAfterCharacters = 256_000;

    private readonly Lazy<Regex> backtracking;
    private readonly Lazy<Regex?> nonBacktracking;
    private long scanned;

    /// <summary>The engine for good, once chosen: the non-backtracking one, or the backtracking one for patterns it cannot run.</summary>
    private volatile Regex? settled;

    private readonly string pattern;

    private RulePattern(string pattern, RegexOptions options)
    {
        this.pattern = pattern;
        Options = options;
        var precompiled = PrecompiledPatterns.Find(pattern, options);
        IsPrecompiled = precompiled is not null;
        backtracking = new Lazy<Regex>(precompiled ?? (() => new Regex(pattern, RuleRegex.BaseOptions | options, RuleRegex.MatchTimeout)));
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

    /// <summary>The pattern on the backtracking engine, which supports every construct: compiled to C# when it is precompiled.</summary>
    public Regex Backtracking => backtracking.Value;

    /// <summary>The options the rule asked for, without <see cref="RuleRegex.BaseOptions"/>.</summary>
    public RegexOptions Options { get; }

    /// <summary>True when the pattern was compiled to C# at build time.</summary>
    public bool IsPrecompiled { get; }

    /// <summary>A pattern from a rule file, checked now so a mistake is reported where it was written.</summary>
    /// <exception cref="ArgumentException">The pattern does not compile.</exception>
    public static RulePattern Checked(string pattern, RegexOptions options)
    {
        var checkedPattern = new RulePattern(pattern, options);
        if (!checkedPattern.IsPrecompiled)
        {
            _ = checkedPattern.Backtracking;
        }

        return checkedPattern;
    }

    /// <summary>
    /// A pattern known to be valid (built-in rules, whose examples the tests run; patterns generated from escaped
    /// phrases), built only when first used: most rules never need their regex on a given file, so start-up
    /// does not pay for it.
    /// </summary>
    public static RulePattern Deferred(string pattern, RegexOptions options) => new(pattern, options);

    /// <summary>The names of the pattern's groups.</summary>
    public string[] GetGroupNames() => Backtracking.GetGroupNames();

    /// <summary>The first match in <paramref name="length"/> characters of <paramref name="input"/> from <paramref name="beginning"/>, as if they were the whole input.</summary>
    public Match Match(string input, int beginning, int length) => Engine(length).Match(input, beginning, length);

    /// <summary>True when the pattern matches somewhere in <paramref name="input"/>.</summary>
    public bool IsMatch(ReadOnlySpan<char> input) => Engine(input.Length).IsMatch(input);

    /// <inheritdoc />
    public override string ToString() => pattern;

    private Regex Engine(int length)
    {
        if (settled is { } engine)
        {
            return engine;
        }

        if (Interlocked.Add(ref scanned, length) <= SwitchAfterCharacters)
        {
            return Backtracking;
        }

        settled = nonBacktracking.Value ?? Backtracking;
        return settled;
    }
}
