namespace ContentLint.Text;

/// <summary>The Levenshtein distance: how many single-character insertions, deletions or substitutions turn one string into another.</summary>
internal static class EditDistance
{
    public static int Compute(string a, string b, bool ignoreCase = false)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var same = ignoreCase
                    ? char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1])
                    : a[i - 1] == b[j - 1];
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (same ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
