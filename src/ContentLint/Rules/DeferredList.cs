using System.Collections;

namespace ContentLint.Rules;

/// <summary>A read-only list made by <paramref name="read"/> when it is first looked at, once; thread-safe.</summary>
internal sealed class DeferredList<T>(Func<IReadOnlyList<T>> read) : IReadOnlyList<T>
{
    private readonly Lazy<IReadOnlyList<T>> items = new(read);

    public int Count => items.Value.Count;

    public T this[int index] => items.Value[index];

    public IEnumerator<T> GetEnumerator() => items.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
