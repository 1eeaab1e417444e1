using System.Globalization;
using System.Text.RegularExpressions;
using ContentLint.Text;

namespace ContentLint.Checks;

/// <summary>
/// Literals of which the input holds at least one wherever a regular expression matches, read from the parsed
/// pattern: what lets a rule skip the units that cannot match without running its regex. They lie inside the match,
/// or where a positive lookahead or lookbehind looked: a gate looks for them in the unit the regex is given as its
/// whole input, which no lookaround sees beyond. A literal is a run of characters the
/// pattern spells out (escapes, small character classes and short alternations included); an alternation needs one
/// literal per branch, a sequence keeps its most selective run, and anything this reading does not know (an
/// <c>x</c>-mode pattern, a conditional, a class subtraction) gives up: no literals, so no gate. The literals are
/// searched case-insensitively (<see cref="StringComparison.OrdinalIgnoreCase"/>), which finds everything a
/// case-sensitive pattern can match; for a case-insensitive one, a letter the regex engine equates with more than
/// ordinal comparison does (<c>k</c> with the Kelvin sign, and the like) is spelled both ways (<see cref="Spellings"/>).
/// </summary>
internal static partial class RequiredLiterals
{
    /// <summary>Most strings a node's exact set may hold before it is dropped (alternations multiply in a sequence).</summary>
    private const int MaxExactStrings = 64;

    /// <summary>Longest literal kept: longer ones are cut, since a prefix is as good a filter and the scan is cheaper.</summary>
    private const int MaxLiteralLength = 16;

    /// <summary>Most characters a character class may list to stand for its characters as alternatives.</summary>
    private const int MaxClassCharacters = 4;

    /// <summary>
    /// Letters that a case-insensitive regex equates with letters that <see cref="StringComparison.OrdinalIgnoreCase"/>
    /// does not (the Kelvin sign K with k, the Ångström sign with å, the Ohm sign with ω, ϴ with θ, ẞ with ß). A test
    /// compares the two comparisons over every cased character.
    /// </summary>
    internal const string UnsafeUnderIgnoreCase = "kKåÅθΘϴωΩßẞ\u212A\u212B\u2126";

    /// <summary>
    /// The spellings that <see cref="StringComparison.OrdinalIgnoreCase"/> needs to find every character a
    /// case-insensitive regex equates with <paramref name="c"/>, one of <see cref="UnsafeUnderIgnoreCase"/>: the
    /// ordinary letter and the sign it is folded with ("k" and the Kelvin sign). A literal such as "ikuti" is then
    /// searched as "ikuti" or "i\u212Auti" rather than cut at its k into "i" and "uti", which common words hold.
    /// </summary>
    internal static string[] Spellings(char c) => char.ToLowerInvariant(c) switch
    {
        'k' or '\u212A' => ["k", "\u212A"],
        'å' or '\u212B' => ["å", "\u212B"],
        'ω' or '\u2126' => ["ω", "\u2126"],
        'θ' or 'ϴ' => ["θ", "ϴ"],
        'ß' => ["ß", "ẞ"],
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, "Not a letter the two comparisons disagree on."),
    };

    /// <summary>
    /// The literals, or null when the reading gives up or finds only literals too short to be selective. A pattern of
    /// the built-in pack was read at build time (<c>RequiredLiterals.Table.cs</c>, written by ContentLint.DocGen): reading
    /// its long alternations was most of a one-file run's start. Any other pattern, or one edited since, is read now.
    /// </summary>
    public static IReadOnlyList<string>? Of(string pattern, RegexOptions options) =>
        TryPrecomputed(pattern, options, out var literals) ? literals : Read(pattern, options);

    /// <summary>True when the built-in table has <paramref name="pattern"/>: <paramref name="literals"/> are then what reading it at build time gave.</summary>
    internal static bool TryPrecomputed(string pattern, RegexOptions options, out IReadOnlyList<string>? literals)
    {
        var found = Table.TryGetValue((pattern, options), out var precomputed);
        literals = precomputed;
        return found;
    }

    /// <summary>The literals read from <paramref name="pattern"/> now, whether or not the built-in table has them (<see cref="Of"/>).</summary>
    public static IReadOnlyList<string>? Read(string pattern, RegexOptions options)
    {
        if ((options & RegexOptions.IgnorePatternWhitespace) != 0)
        {
            return null;
        }

        try
        {
            var parser = new Parser(pattern, (options & RegexOptions.IgnoreCase) != 0);
            var node = parser.ParseWhole();
            return Selective(node.Required) ? node.Required : null;
        }
        catch (GiveUpException)
        {
            return null;
        }
    }

    /// <summary>
    /// True for a literal set worth a gate: every literal at least three characters, or holding a symbol outside ASCII
    /// (©, ►), which is rare in prose on its own.
    /// </summary>
    private static bool Selective(IReadOnlyList<string>? literals) =>
        literals is { Count: > 0 } && literals.All(l => l.Length >= 3 || l.Any(c => c > '\x7f' && char.IsSymbol(c)));

    /// <summary>
    /// How likely a literal set is to be found in ordinary text: the lower, the better the gate. A longer literal is
    /// rarer, up to <see cref="MaxRarityLength"/> characters; a literal made of function words of any language ("Dieser",
    /// "alleen", " to ") is as common as two letters, whatever its length: gated on "Dieser" of "Dieser Artikel ist nur
    /// für Abonnenten", a paywall phrase list ran its costly regex on 3,784 lines of the 20,000-article benchmark corpus,
    /// and on 24 once gated on its rarer words ("Abonnenten").
    /// </summary>
    private static double Cost(IReadOnlyList<string> literals) =>
        Selective(literals) ? literals.Sum(l => Math.Pow(26, -RarityLength(l))) : double.PositiveInfinity;

    /// <summary>Beyond this many characters a literal is taken to be no rarer (cut ties by the order of the pattern).</summary>
    private const int MaxRarityLength = 8;

    /// <summary>The length by which <see cref="Cost"/> rates <paramref name="literal"/>: 2 for function words alone.</summary>
    private static int RarityLength(string literal)
    {
        var words = literal.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(word => StopWords.IsFunctionWord(word)) ? 2 : Math.Min(literal.Length, MaxRarityLength);
    }

    /// <summary>
    /// What is known of one part of a pattern: the finite set of strings it matches, when small (<see cref="Exact"/>),
    /// and literals one of which every match holds (<see cref="Required"/>). Either may be null: not known.
    /// </summary>
    private sealed record Info(IReadOnlyList<string>? Exact, IReadOnlyList<string>? Required)
    {
        /// <summary>Matches only the empty string: anchors, lookarounds, comments.</summary>
        public static readonly Info Empty = new([""], null);

        /// <summary>Matches something this reading cannot spell out.</summary>
        public static readonly Info Unknown = new(null, null);

        public static Info Literals(IReadOnlyList<string> strings) => new(strings, Usable(strings));

        /// <summary>An exact set as required literals: each string is in the match, so one of them is.</summary>
        public static IReadOnlyList<string>? Usable(IReadOnlyList<string> strings) =>
            strings.Any(s => s.Length == 0) ? null : Minimal(strings);
    }

    /// <summary>The shortest form of a literal set: a literal that holds another is redundant (either one is enough).</summary>
    private static List<string> Minimal(IEnumerable<string> strings)
    {
        var distinct = strings.Select(s => s.Length > MaxLiteralLength ? s[..MaxLiteralLength] : s)
            .Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToList();
        var kept = new List<string>();
        foreach (var s in distinct)
        {
            if (!kept.Any(k => s.Contains(k, StringComparison.OrdinalIgnoreCase)))
            {
                kept.Add(s);
            }
        }

        return kept;
    }

    private sealed class GiveUpException : Exception;

    /// <summary>A recursive-descent reading of .NET regex syntax, enough of it to find literals and to give up on the rest.</summary>
    private sealed class Parser(string pattern, bool ignoreCase)
    {
        private int position;

        /// <summary>Case-insensitive here (the rule's option, then inline <c>(?i)</c> and <c>(?-i)</c>).</summary>
        private bool ignoreCase = ignoreCase;

        public Info ParseWhole()
        {
            var info = ParseAlternation();
            if (position < pattern.Length)
            {
                throw new GiveUpException();
            }

            return info;
        }

        private bool AtEnd => position >= pattern.Length;

        private char Peek => pattern[position];

        private Info ParseAlternation()
        {
            var outerIgnoreCase = ignoreCase;
            var branches = new List<Info> { ParseSequence() };
            while (!AtEnd && Peek == '|')
            {
                position++;
                branches.Add(ParseSequence());
            }

            ignoreCase = outerIgnoreCase;
            if (branches.Count == 1)
            {
                return branches[0];
            }

            var exact = branches.All(b => b.Exact is not null) ? branches.SelectMany(b => b.Exact!).Distinct(StringComparer.Ordinal).ToList() : null;
            if (exact is { Count: > MaxExactStrings })
            {
                exact = null;
            }

            // Every branch must bring its own literals: a match is one branch's match.
            var required = branches.All(b => b.Required is not null) ? Minimal(branches.SelectMany(b => b.Required!)) : null;
            return new Info(exact, required);
        }

        private Info ParseSequence()
        {
            // A run of parts whose exact sets multiply into longer literals; a part without one ends the run.
            List<string> run = [""];
            IReadOnlyList<string>? best = null;
            var bestCost = double.PositiveInfinity;
            var allExact = true;

            void Consider(IReadOnlyList<string>? candidate)
            {
                if (candidate is not null && Cost(candidate) is var cost && cost < bestCost)
                {
                    best = candidate;
                    bestCost = cost;
                }
            }

            void EndRun()
            {
                Consider(Info.Usable(run));
                run = [""];
            }

            while (!AtEnd && Peek != '|' && Peek != ')')
            {
                var part = ParseQuantified();
                Consider(part.Required);
                if (part.Exact is { } exact)
                {
                    var product = run.Count * exact.Count <= MaxExactStrings
                        ? run.SelectMany(r => exact.Select(e => r + e)).Distinct(StringComparer.Ordinal).ToList()
                        : null;
                    if (product is null)
                    {
                        EndRun();
                        allExact = false;
                        run = [.. exact];
                    }
                    else
                    {
                        run = product;
                    }
                }
                else
                {
                    EndRun();
                    allExact = false;
                }
            }

            var whole = allExact ? run : null;
            Consider(Info.Usable(run));

            // The best literals the sequence requires; when even they are poor, an exact set may still combine well outside.
            return new Info(whole, best ?? (whole is not null ? Info.Usable(whole) : null));
        }

        private Info ParseQuantified()
        {
            var atom = ParseAtom();
            if (AtEnd)
            {
                return atom;
            }

            int min, max;
            var start = position;
            switch (Peek)
            {
                case '*':
                    (min, max) = (0, int.MaxValue);
                    position++;
                    break;
                case '+':
                    (min, max) = (1, int.MaxValue);
                    position++;
                    break;
                case '?':
                    (min, max) = (0, 1);
                    position++;
                    break;
                case '{' when TryReadBraces(out min, out max):
                    break;
                default:
                    return atom;
            }

            if (!AtEnd && Peek == '?')
            {
                position++;
            }

            if (!AtEnd && Peek is '*' or '+' or '?' || (!AtEnd && Peek == '{' && TryReadBraces(out _, out _)))
            {
                // A quantifier on a quantifier is an error in .NET; do not guess.
                position = start;
                throw new GiveUpException();
            }

            if (min == 0)
            {
                // Optional: the empty string is one of its matches. "photos?" is still {photo, photos}.
                return atom.Exact is { } optional && max == 1 ? new Info([.. optional, ""], null) : Info.Unknown;
            }

            return min == 1 && max == 1 ? atom : new Info(null, atom.Required);
        }

        /// <summary>Reads <c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c>; false (and nothing read) when the brace is a literal.</summary>
        private bool TryReadBraces(out int min, out int max)
        {
            var match = Braces().Match(pattern, position);
            if (!match.Success)
            {
                (min, max) = (0, 0);
                return false;
            }

            min = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            max = !match.Groups[2].Success ? min : match.Groups[3].Length == 0 ? int.MaxValue : int.Parse(match.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
            position += match.Length;
            return true;
        }

        private Info ParseAtom()
        {
            var c = Peek;
            position++;
            switch (c)
            {
                case '(':
                    return ParseGroup();
                case '[':
                    return ParseClass();
                case '\\':
                    return ParseEscape();
                case '.':
                    return Info.Unknown;
                case '^' or '$':
                    return Info.Empty;
                case '*' or '+' or '?' or ')':
                    throw new GiveUpException();
                default:
                    return Character(c);
            }
        }

        /// <summary>One literal character: case-insensitively, a letter the regex engine folds wider than ordinal comparison in each of its <see cref="Spellings"/>.</summary>
        private Info Character(char c) => Info.Literals(SpelledOut(c));

        private string[] SpelledOut(char c) =>
            ignoreCase && UnsafeUnderIgnoreCase.Contains(c, StringComparison.Ordinal) ? Spellings(c) : [c.ToString()];

        private Info ParseGroup()
        {
            if (AtEnd || Peek != '?')
            {
                return ParseGroupBody();
            }

            position++;
            if (AtEnd)
            {
                throw new GiveUpException();
            }

            switch (Peek)
            {
                case ':' or '>':
                    position++;
                    return ParseGroupBody();
                case '=' or '!':
                    position++;
                    return Lookaround(positive: pattern[position - 1] == '=');
                case '<' when position + 1 < pattern.Length && pattern[position + 1] is '=' or '!':
                    position += 2;
                    return Lookaround(positive: pattern[position - 1] == '=');
                case '<' or '\'':
                    var close = Peek == '<' ? '>' : '\'';
                    var end = pattern.IndexOf(close, position + 1);
                    if (end < 0)
                    {
                        throw new GiveUpException();
                    }

                    position = end + 1;
                    return ParseGroupBody();
                case '#':
                    var commentEnd = pattern.IndexOf(')', position);
                    position = commentEnd >= 0 ? commentEnd + 1 : throw new GiveUpException();
                    return Info.Empty;
                default:
                    return ParseOptions();
            }
        }

        /// <summary>
        /// A lookahead or lookbehind: it matches the empty string, and a positive one requires its literals of the
        /// input around the match, which is all a gate looks at (see the class summary).
        /// </summary>
        private Info Lookaround(bool positive)
        {
            var body = ParseGroupBody();
            return positive ? Info.Empty with { Required = body.Required } : Info.Empty;
        }

        /// <summary>Inline options: <c>(?i)</c> for the rest of the enclosing group, or <c>(?i:...)</c> for its own body.</summary>
        private Info ParseOptions()
        {
            var on = true;
            var setsIgnoreCase = (bool?)null;
            while (!AtEnd && Peek is not (':' or ')'))
            {
                switch (Peek)
                {
                    case '-':
                        on = false;
                        break;
                    case 'i':
                        setsIgnoreCase = on;
                        break;
                    case 'm' or 'n' or 's':
                        break;
                    default:
                        // 'x' changes how the rest is read; anything else is a construct this reading does not know.
                        throw new GiveUpException();
                }

                position++;
            }

            if (AtEnd)
            {
                throw new GiveUpException();
            }

            if (Peek == ')')
            {
                position++;
                ignoreCase = setsIgnoreCase ?? ignoreCase;
                return Info.Empty;
            }

            position++;
            var outer = ignoreCase;
            ignoreCase = setsIgnoreCase ?? ignoreCase;
            var body = ParseGroupBody();
            ignoreCase = outer;
            return body;
        }

        private Info ParseGroupBody()
        {
            var body = ParseAlternation();
            if (AtEnd || Peek != ')')
            {
                throw new GiveUpException();
            }

            position++;
            return body;
        }

        private Info ParseClass()
        {
            var negated = !AtEnd && Peek == '^';
            if (negated)
            {
                position++;
            }

            var characters = new List<char>();
            var spelled = !negated;
            var first = true;
            while (true)
            {
                if (AtEnd)
                {
                    throw new GiveUpException();
                }

                var c = Peek;
                position++;
                if (c == ']' && !first)
                {
                    break;
                }

                first = false;
                if (c == '[')
                {
                    // A nested class is a subtraction, "[a-z-[aeiou]]", or a POSIX-looking literal: not read.
                    throw new GiveUpException();
                }

                if (c == '\\')
                {
                    if (ClassEscape() is { } escaped)
                    {
                        c = escaped;
                    }
                    else
                    {
                        spelled = false;
                        continue;
                    }
                }

                if (!AtEnd && Peek == '-' && position + 1 < pattern.Length && pattern[position + 1] != ']')
                {
                    // A range: skip its upper end.
                    position++;
                    if (Peek == '[')
                    {
                        throw new GiveUpException();
                    }

                    if (Peek == '\\')
                    {
                        position++;
                        _ = ClassEscape();
                    }
                    else
                    {
                        position++;
                    }

                    spelled = false;
                    continue;
                }

                characters.Add(c);
            }

            var distinct = characters.SelectMany(SpelledOut).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (!spelled || distinct.Count == 0 || distinct.Count > MaxClassCharacters)
            {
                return Info.Unknown;
            }

            return Info.Literals(distinct);
        }

        /// <summary>An escape inside a class, after its backslash: the character it stands for, or null for a class such as <c>\d</c>.</summary>
        private char? ClassEscape()
        {
            if (AtEnd)
            {
                throw new GiveUpException();
            }

            var c = Peek;
            if (c == 'b')
            {
                position++;
                return '\b';
            }

            if (c is 'p' or 'P')
            {
                SkipCategory();
                return null;
            }

            if (c is 'd' or 'D' or 'w' or 'W' or 's' or 'S')
            {
                position++;
                return null;
            }

            return EscapedCharacter();
        }

        private Info ParseEscape()
        {
            if (AtEnd)
            {
                throw new GiveUpException();
            }

            var c = Peek;
            switch (c)
            {
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    position++;
                    return Info.Empty;
                case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                    position++;
                    return Info.Unknown;
                case 'p' or 'P':
                    SkipCategory();
                    return Info.Unknown;
                case 'k':
                    // A back-reference by name: it matches what its group did, which this reading does not track.
                    var end = pattern.IndexOfAny(['>', '\''], position);
                    position = end >= 0 ? end + 1 : throw new GiveUpException();
                    return Info.Unknown;
                case >= '1' and <= '9':
                    while (!AtEnd && char.IsAsciiDigit(Peek))
                    {
                        position++;
                    }

                    return Info.Unknown;
                default:
                    return Character(EscapedCharacter());
            }
        }

        private void SkipCategory()
        {
            position++;
            var end = !AtEnd && Peek == '{' ? pattern.IndexOf('}', position) : -1;
            position = end >= 0 ? end + 1 : throw new GiveUpException();
        }

        /// <summary>The character an escape spells (<c>\t</c>, <c>\x41</c>, <c>\u00e9</c>, <c>\.</c>), reading past it.</summary>
        private char EscapedCharacter()
        {
            var c = Peek;
            position++;
            switch (c)
            {
                case 't': return '\t';
                case 'n': return '\n';
                case 'r': return '\r';
                case 'f': return '\f';
                case 'v': return '\v';
                case 'e': return '\x1b';
                case 'a': return '\a';
                case 'x': return Hex(2);
                case 'u': return Hex(4);
                case '0':
                    // Up to three octal digits in all: "\0", "\012".
                    var value = 0;
                    for (var digits = 0; digits < 2 && !AtEnd && Peek is >= '0' and <= '7'; digits++)
                    {
                        value = (value * 8) + (Peek - '0');
                        position++;
                    }

                    return (char)value;
                default:
                    // A letter or digit escape this reading does not know (\c, \K ...) means something; punctuation stands for itself.
                    return char.IsAsciiLetterOrDigit(c) ? throw new GiveUpException() : c;
            }
        }

        private char Hex(int digits)
        {
            if (position + digits > pattern.Length
                || !int.TryParse(pattern.AsSpan(position, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                throw new GiveUpException();
            }

            position += digits;
            return (char)value;
        }
    }

    [GeneratedRegex(@"\G\{(\d+)(,(\d*))?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Braces();
}
