using System.Collections.Concurrent;

namespace PowerList.Loading;

/// <summary>
/// One string per distinct text for a whole load, shared by all files read in parallel: lists repeat the same
/// texts (laws' articles, responsibilities, departments' names) thousands of times, so the model keeps one copy.
/// Texts are looked up by span, so a repeated text allocates nothing.
/// </summary>
public sealed class StringPool
{
    // Many locks: files are read in parallel and most texts are new, so adds are frequent (the default of one lock
    // per processor made threads wait on each other, and on the table growing, for a large part of a load).
    private readonly ConcurrentDictionary<string, string> _strings = new(concurrencyLevel: 64, capacity: 1 << 14, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool()
    {
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of distinct texts.</summary>
    public int Count => _strings.Count;

    /// <summary>The pooled string equal to <paramref name="text"/>.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return "";
        }

        if (_lookup.TryGetValue(text, out var found))
        {
            return found;
        }

        var value = text.ToString();
        return _strings.GetOrAdd(value, value);
    }
}
