using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ContentLint.Checks;

/// <summary>
/// A rule's regular expression, with the engine chosen by the work it gets. It starts on the backtracking
/// interpreter, which is built in microseconds and checks the pattern when the rule is loaded, so a run over
/// one file starts fast. A pattern of the built-in pack starts on C# compiled at build time
/// (<see cref="PrecompiledPatterns"/>) instead: nothing to parse or build when a run starts.
/// In a long run, a pattern that has cost real time on the backtracking engine tries the non-backtracking engine
/// (where the pattern allows it) and keeps it only when it ran clearly faster. Non-backtracking is linear in its
/// input whatever the pattern and many times faster on some long alternations, but slower than compiled code on
/// most patterns (anchored ones fail fast when backtracking), and each engine holds megabytes of automaton: moving
/// every pattern of the built-in pack to it cost about 150 MB of memory and slowed the run down. Both engines find
/// the same matches, so the choice changes speed and memory, never findings. Thread-safe.
/// </summary>
internal sealed class RulePattern
{
    /// <summary>Characters scanned before the backtracking engine is timed, so a one-file run never times anything.</summary>
    private const long WarmUpCharacters = 256_000;

    /// <summary>
    /// Nothing is timed this soon after a pattern first runs: the just-in-time compiler first runs its code unoptimised and
    /// replaces it with optimised code after a delay, so early timings would make the backtracking engine look slow.
    /// </summary>
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(2);

    /// <summary>Time on an engine that makes a fair trial: long enough that the scheduler's noise evens out.</summary>
    private static readonly long TrialTicks = Stopwatch.Frequency / 10;

    /// <summary>
    /// Characters after which a pattern that has not cost <see cref="TrialTicks"/> on the backtracking engine stays
    /// on it for good: it runs at more than 300 million characters a second, nothing to win.
    /// </summary>
    private const long CheapAfterCharacters = 32_000_000;

    /// <summary>How much faster the non-backtracking engine must run to be kept: a margin over timing noise.</summary>
    private const double RequiredSpeedUp = 2;

    private readonly Lazy<Regex> backtracking;
    #if NET9_0_OR_GREATER
    private readonly Lock gate = new();
#else
    private readonly object gate = new();
#endif
    private readonly string pattern;

    /// <summary>The non-backtracking engine on trial, or for good once it won; null before the trial and after it lost.</summary>
    private Regex? nonBacktracking;

    private int stage;

    /// <summary>
    /// When this pattern first ran (0 before): its warm-up clock, kept by the pattern rather than the process, so a
    /// pattern first used late in a long-lived process (the language server, an MSBuild node) is warmed up on its own
    /// and no state is shared between the linters of one process.
    /// </summary>
    private long firstUsed;

    private long stageCharacters;
    private long backtrackingTicks;
    private long backtrackingCharacters;
    private long nonBacktrackingTicks;
    private long nonBacktrackingCharacters;

    /// <summary>The engine for good, once chosen: the non-backtracking one, or the backtracking one.</summary>
    private volatile Regex? settled;

    private RulePattern(string pattern, RegexOptions options)
    {
        this.pattern = pattern;
        Options = options;
        var precompiled = PrecompiledPatterns.Find(pattern, options);
        IsPrecompiled = precompiled is not null;
        backtracking = new Lazy<Regex>(precompiled ?? (() => new Regex(pattern, RuleRegex.BaseOptions | options, RuleRegex.MatchTimeout)));
    }

    /// <summary>How far a pattern is in choosing its engine.</summary>
    private enum Stage
    {
        /// <summary>On the backtracking engine, untimed.</summary>
        WarmUp,

        /// <summary>On the backtracking engine, timed until it has cost <see cref="TrialTicks"/>.</summary>
        BacktrackingTimed,

        /// <summary>On the non-backtracking engine, untimed while its automaton fills for the text it sees.</summary>
        NonBacktrackingWarmUp,

        /// <summary>On the non-backtracking engine, timed over as many characters as the backtracking one was.</summary>
        NonBacktrackingTimed,
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
    public Match Match(string input, int beginning, int length)
    {
        if (settled is { } engine)
        {
            return engine.Match(input, beginning, length);
        }

        var trial = BeginTrial();
        var match = trial.Engine.Match(input, beginning, length);
        EndTrial(trial, length);
        return match;
    }

    /// <summary>True when the pattern matches somewhere in <paramref name="input"/>.</summary>
    public bool IsMatch(ReadOnlySpan<char> input)
    {
        if (settled is { } engine)
        {
            return engine.IsMatch(input);
        }

        var trial = BeginTrial();
        var matched = trial.Engine.IsMatch(input);
        EndTrial(trial, input.Length);
        return matched;
    }

    /// <inheritdoc />
    public override string ToString() => pattern;

    private Trial BeginTrial()
    {
        if (Volatile.Read(ref firstUsed) == 0)
        {
            Interlocked.CompareExchange(ref firstUsed, Stopwatch.GetTimestamp(), 0);
        }

        var current = (Stage)Volatile.Read(ref stage);
        var engine = current >= Stage.NonBacktrackingWarmUp ? Volatile.Read(ref nonBacktracking) ?? Backtracking : Backtracking;
        var timed = current is Stage.BacktrackingTimed or Stage.NonBacktrackingTimed;
        return new Trial(engine, current, timed ? Stopwatch.GetTimestamp() : 0);
    }

    private void EndTrial(Trial trial, int length)
    {
        var finished = trial.Stage switch
        {
            Stage.WarmUp => Interlocked.Add(ref stageCharacters, length) > WarmUpCharacters && Stopwatch.GetElapsedTime(Volatile.Read(ref firstUsed)) >= WarmUpTime,
            Stage.BacktrackingTimed => Add(ref backtrackingTicks, ref backtrackingCharacters, trial, length) is var (ticks, characters)
                && (ticks >= TrialTicks || characters >= CheapAfterCharacters),
            Stage.NonBacktrackingWarmUp => Interlocked.Add(ref stageCharacters, length) > WarmUpCharacters,
            _ => Add(ref nonBacktrackingTicks, ref nonBacktrackingCharacters, trial, length) is var (ticks, characters)
                && (ticks >= TrialTicks || characters >= Volatile.Read(ref backtrackingCharacters)),
        };
        if (finished)
        {
            lock (gate)
            {
                // Whoever finishes the stage first moves the pattern on; calls that began in it still count.
                if (settled is null && (Stage)stage == trial.Stage)
                {
                    Advance(trial.Stage);
                }
            }
        }
    }

    private static (long Ticks, long Characters) Add(ref long ticks, ref long characters, Trial trial, int length) =>
        (Interlocked.Add(ref ticks, Stopwatch.GetTimestamp() - trial.Started), Interlocked.Add(ref characters, length));

    /// <summary>Moves on from <paramref name="finished"/>; under the lock.</summary>
    private void Advance(Stage finished)
    {
        switch (finished)
        {
            case Stage.WarmUp when AnchoredAtStart(pattern, Options):
                settled = Backtracking;
                return;
            case Stage.BacktrackingTimed when backtrackingTicks < TrialTicks:
                settled = Backtracking;
                return;
            case Stage.BacktrackingTimed:
                if (BuildNonBacktracking(pattern, Options) is not { } built)
                {
                    settled = Backtracking;
                    return;
                }

                Volatile.Write(ref nonBacktracking, built);
                break;
            case Stage.NonBacktrackingTimed:
                // Compared per character: the two engines did not scan the same text.
                var keep = (double)nonBacktrackingTicks / nonBacktrackingCharacters * RequiredSpeedUp < (double)backtrackingTicks / backtrackingCharacters;
                settled = keep ? nonBacktracking : Backtracking;

                // A losing automaton is garbage from here on.
                Volatile.Write(ref nonBacktracking, keep ? nonBacktracking : null);
                return;
        }

        Interlocked.Exchange(ref stageCharacters, 0);
        Volatile.Write(ref stage, (int)finished + 1);
    }

    /// <summary>
    /// True when the pattern can only match where its input starts (a leading <c>^</c>, not multiline): the
    /// backtracking engine tries that one position and fails fast, so there is nothing for the non-backtracking
    /// engine to win. Trials of such patterns picked it only while the backtracking code was still unoptimised.
    /// </summary>
    private static bool AnchoredAtStart(string pattern, RegexOptions options)
    {
        if ((options & RegexOptions.Multiline) != 0)
        {
            return false;
        }

        var rest = pattern.AsSpan();
        while (rest.StartsWith("(?") && rest.IndexOf(')') is > 2 and var close && rest[2..close].IndexOfAnyExcept("imnsx-") < 0)
        {
            // Inline options such as (?i) come before the anchor; (?m) makes ^ match at every line.
            if (rest[2..close].Contains('m'))
            {
                return false;
            }

            rest = rest[(close + 1)..];
        }

        return rest.StartsWith("^", StringComparison.Ordinal);
    }

    /// <summary>
    /// The pattern on the non-backtracking engine, or null where it needs the backtracking one. Built without a match
    /// timeout: its time is linear in the input whatever the pattern, so there is nothing to cut off, and .NET's
    /// non-backtracking engine with a timeout reports matches that are not there (a space before a zero-width space
    /// that follows the first 100,000 characters matched <c>\u200B|\u2060</c>), which moved findings and crashed a
    /// swap table's lookup.
    /// </summary>
    internal static Regex? BuildNonBacktracking(string pattern, RegexOptions options)
    {
        try
        {
            return new Regex(pattern, RuleRegex.BaseOptions | RegexOptions.NonBacktracking | options, Regex.InfiniteMatchTimeout);
        }
        catch (NotSupportedException)
        {
            // Lookarounds, backreferences and the like need the backtracking engine.
            return null;
        }
    }

    /// <summary>A call made before the engine is settled: the engine it runs on, the stage it began in, when it began if timed.</summary>
    private readonly record struct Trial(Regex Engine, Stage Stage, long Started);
}
