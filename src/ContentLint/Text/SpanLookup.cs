using System.Collections.Frozen;

namespace ContentLint.Text;

/// <summary>
/// A frozen dictionary with string keys looked up by a span of text: without allocating on .NET 9 and later
/// (alternate lookup), by a string made from the span on .NET 8, which has no alternate lookup.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class SpanLookup<TValue>
{
#if NET9_0_OR_GREATER
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public SpanLookup(FrozenDictionary<string, TValue> dictionary)
    {
        lookup = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value) => lookup.TryGetValue(key, out value!);
#else
    private readonly FrozenDictionary<string, TValue> dictionary;

    public SpanLookup(FrozenDictionary<string, TValue> dictionary)
    {
        this.dictionary = dictionary;
    }

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value) => dictionary.TryGetValue(key.ToString(), out value!);
#endif

    public bool ContainsKey(ReadOnlySpan<char> key) => TryGetValue(key, out _);
}
