namespace ContentLint.Files;

/// <summary>
/// One gitignore pattern as git's wildmatch reads it with <c>WM_PATHNAME</c>: <c>*</c>, <c>?</c> and <c>[...]</c>
/// (with <c>!</c> or <c>^</c> negation, ranges and POSIX classes) never match a slash, <c>\</c> escapes the next
/// character, and <c>**</c> between slashes matches any number of folders (at the end, at least one name). A pattern
/// git cannot match (an unclosed <c>[</c>, a trailing backslash, an unknown POSIX class) matches nothing.
/// </summary>
/// <remarks>
/// The pattern is split at its slashes once, when it is read; matching walks the path's names against the pattern's,
/// and each name's characters against the name pattern's, with the greedy wildcard algorithm (one backtracking point
/// per level). That bounds a match by pattern length × path length, so no ignore file and no path can make it hang,
/// and reading a pattern costs no more than reading its text: building a regular expression per pattern took a sixth
/// of a one-file run.
/// </remarks>
internal sealed class GitWildcard
{
    /// <summary>The pattern's names between slashes; null when git cannot match it.</summary>
    private readonly Segment[]? segments;
    private readonly bool ignoreCase;

    private GitWildcard(Segment[]? segments, bool ignoreCase)
    {
        this.segments = segments;
        this.ignoreCase = ignoreCase;
    }

    private enum SegmentKind
    {
        /// <summary>One name matched character by character.</summary>
        Name,

        /// <summary>Any one name (the first of a trailing <c>**</c>, which needs one).</summary>
        AnyName,

        /// <summary>Any number of names, none included (<c>**</c>).</summary>
        AnyNames,
    }

    private enum TokenKind
    {
        Literal,
        AnyCharacter,
        AnyCharacters,
        Class,
    }

    /// <summary>
    /// Reads <paramref name="pattern"/> (without the <c>!</c>, the leading and the trailing slash a gitignore line may
    /// have); <paramref name="ignoreCase"/> matches letters in either case (git's <c>core.ignoreCase</c>).
    /// </summary>
    public static GitWildcard Parse(string pattern, bool ignoreCase)
    {
        var segments = new List<Segment>();
        var tokens = new List<Token>();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '/':
                    segments.Add(Segment.Of(tokens));
                    break;
                case '*':
                {
                    var start = i;
                    while (i + 1 < pattern.Length && pattern[i + 1] == '*')
                    {
                        i++;
                    }

                    var atStart = start == 0 || pattern[start - 1] == '/';
                    var atEnd = i + 1 == pattern.Length || pattern[i + 1] == '/';
                    if (i == start || !atStart || !atEnd)
                    {
                        // "*", and "**" not between slashes, which is an ordinary "*".
                        tokens.Add(new Token(TokenKind.AnyCharacters));
                    }
                    else if (i + 1 == pattern.Length)
                    {
                        // "abc/**": everything inside, at least one name; a lone "**": everything.
                        segments.Add(new Segment(SegmentKind.AnyName));
                        segments.Add(new Segment(SegmentKind.AnyNames));
                        return new GitWildcard([.. segments], ignoreCase);
                    }
                    else
                    {
                        // "**/": any number of folders, none included.
                        segments.Add(new Segment(SegmentKind.AnyNames));
                        i++;
                    }

                    break;
                }

                case '?':
                    tokens.Add(new Token(TokenKind.AnyCharacter));
                    break;
                case '[':
                    if (CharacterClass.Parse(pattern, ref i) is not { } set)
                    {
                        return new GitWildcard(null, ignoreCase);
                    }

                    tokens.Add(new Token(TokenKind.Class, Set: set));
                    break;
                case '\\':
                    if (++i == pattern.Length)
                    {
                        return new GitWildcard(null, ignoreCase);
                    }

                    // An escaped slash still separates names: only a slash in the path can match it.
                    if (pattern[i] == '/')
                    {
                        segments.Add(Segment.Of(tokens));
                    }
                    else
                    {
                        tokens.Add(new Token(TokenKind.Literal, pattern[i]));
                    }

                    break;
                default:
                    tokens.Add(new Token(TokenKind.Literal, c));
                    break;
            }
        }

        segments.Add(Segment.Of(tokens));
        return new GitWildcard([.. segments], ignoreCase);
    }

    /// <summary>True when the whole of <paramref name="path"/> (names separated by forward slashes) matches.</summary>
    public bool IsMatch(ReadOnlySpan<char> path)
    {
        if (segments is null)
        {
            return false;
        }

        // Names of the path by their start; past the end there are none left.
        var p = 0;
        var start = 0;
        var backtrackSegment = -1;
        var backtrackStart = 0;
        while (start <= path.Length)
        {
            var length = path[start..].IndexOf('/');
            var end = length < 0 ? path.Length : start + length;
            if (p < segments.Length && segments[p].Kind == SegmentKind.AnyNames)
            {
                backtrackSegment = p++;
                backtrackStart = start;
            }
            else if (p < segments.Length && segments[p].Matches(path[start..end], ignoreCase))
            {
                p++;
                start = end + 1;
            }
            else if (backtrackSegment >= 0)
            {
                // Let the last "**" take one more name, and match the rest again after it.
                p = backtrackSegment + 1;
                var skipped = path[backtrackStart..].IndexOf('/');
                backtrackStart = skipped < 0 ? path.Length + 1 : backtrackStart + skipped + 1;
                start = backtrackStart;
            }
            else
            {
                return false;
            }
        }

        while (p < segments.Length && segments[p].Kind == SegmentKind.AnyNames)
        {
            p++;
        }

        return p == segments.Length;
    }

    private readonly record struct Segment(SegmentKind Kind, Token[]? Tokens = null)
    {
        public static Segment Of(List<Token> tokens)
        {
            var segment = new Segment(SegmentKind.Name, [.. tokens]);
            tokens.Clear();
            return segment;
        }

        public bool Matches(ReadOnlySpan<char> name, bool ignoreCase)
        {
            if (Kind == SegmentKind.AnyName)
            {
                return true;
            }

            var tokens = Tokens!;
            var t = 0;
            var i = 0;
            var backtrackToken = -1;
            var backtrackAt = 0;
            while (i < name.Length)
            {
                if (t < tokens.Length && tokens[t].Kind == TokenKind.AnyCharacters)
                {
                    backtrackToken = t++;
                    backtrackAt = i;
                }
                else if (t < tokens.Length && tokens[t].Matches(name[i], ignoreCase))
                {
                    t++;
                    i++;
                }
                else if (backtrackToken >= 0)
                {
                    // Let the last "*" take one more character, and match the rest again after it.
                    t = backtrackToken + 1;
                    i = ++backtrackAt;
                }
                else
                {
                    return false;
                }
            }

            while (t < tokens.Length && tokens[t].Kind == TokenKind.AnyCharacters)
            {
                t++;
            }

            return t == tokens.Length;
        }
    }

    private readonly record struct Token(TokenKind Kind, char Literal = '\0', CharacterClass? Set = null)
    {
        public bool Matches(char c, bool ignoreCase) => Kind switch
        {
            TokenKind.Literal => c == Literal || (ignoreCase && char.ToLowerInvariant(c) == char.ToLowerInvariant(Literal)),
            TokenKind.Class => Set!.Contains(c, ignoreCase),
            _ => true,
        };
    }

    /// <summary>A bracket expression: characters, ranges and POSIX classes, perhaps negated; never a slash.</summary>
    private sealed class CharacterClass
    {
        private readonly bool negated;
        private readonly List<(char Low, char High)> ranges;
        private readonly List<Func<char, bool>> posixClasses;

        private CharacterClass(bool negated, List<(char Low, char High)> ranges, List<Func<char, bool>> posixClasses)
        {
            this.negated = negated;
            this.ranges = ranges;
            this.posixClasses = posixClasses;
        }

        /// <summary>
        /// The bracket expression that starts at <paramref name="i"/>, with <paramref name="i"/> moved to its closing
        /// bracket; null when it is not closed or names an unknown POSIX class. A range written backwards matches nothing.
        /// </summary>
        public static CharacterClass? Parse(string pattern, ref int i)
        {
            var j = i + 1;
            var negated = j < pattern.Length && pattern[j] is '!' or '^';
            if (negated)
            {
                j++;
            }

            var ranges = new List<(char Low, char High)>();
            var posixClasses = new List<Func<char, bool>>();
            var first = true;
            for (; j < pattern.Length; j++)
            {
                var c = pattern[j];
                if (c == ']' && !first)
                {
                    i = j;
                    return new CharacterClass(negated, ranges, posixClasses);
                }

                first = false;
                if (c == '[' && j + 1 < pattern.Length && pattern[j + 1] == ':')
                {
                    var close = pattern.IndexOf(":]", j + 2, StringComparison.Ordinal);
                    if (close < 0 || PosixClass(pattern[(j + 2)..close]) is not { } posix)
                    {
                        return null;
                    }

                    posixClasses.Add(posix);
                    j = close + 1;
                    continue;
                }

                if (c == '\\')
                {
                    if (++j == pattern.Length)
                    {
                        return null;
                    }

                    c = pattern[j];
                }

                var high = c;
                if (j + 2 < pattern.Length && pattern[j + 1] == '-' && pattern[j + 2] != ']')
                {
                    high = pattern[j + 2];
                    if (high == '\\' && j + 3 < pattern.Length)
                    {
                        high = pattern[j + 3];
                        j++;
                    }

                    j += 2;
                }

                ranges.Add((c, high));
            }

            return null;
        }

        public bool Contains(char c, bool ignoreCase)
        {
            if (c == '/')
            {
                return false;
            }

            var found = Has(c) || (ignoreCase && (Has(char.ToLowerInvariant(c)) || Has(char.ToUpperInvariant(c))));
            return found != negated;
        }

        private bool Has(char c)
        {
            foreach (var (low, high) in ranges)
            {
                if (c >= low && c <= high)
                {
                    return true;
                }
            }

            foreach (var posix in posixClasses)
            {
                if (posix(c))
                {
                    return true;
                }
            }

            return false;
        }

        private static Func<char, bool>? PosixClass(string name) => name switch
        {
            "alnum" => char.IsLetterOrDigit,
            "alpha" => char.IsLetter,
            "blank" => c => c is ' ' or '\t',
            "cntrl" => char.IsControl,
            "digit" => char.IsAsciiDigit,
            "graph" => c => c is >= '!' and <= '~',
            "lower" => char.IsLower,
            "print" => c => c is >= ' ' and <= '~',
            "punct" => c => c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~'),
            "space" => char.IsWhiteSpace,
            "upper" => char.IsUpper,
            "xdigit" => char.IsAsciiHexDigit,
            _ => null,
        };
    }
}
