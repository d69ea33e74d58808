using System.Diagnostics.CodeAnalysis;

namespace PowerList.Search.Indexing;

/// <summary>The terms of an <see cref="InvertedIndex"/> as a read-only dictionary; each value is decoded when read.</summary>
internal sealed class PostingsView(InvertedIndex index) : IReadOnlyDictionary<string, List<(int Doc, int Impact)>>
{
    public int Count => index.TermCount;

    public IEnumerable<string> Keys => index.Terms;

    public IEnumerable<List<(int Doc, int Impact)>> Values => Enumerable.Range(0, index.TermCount).Select(index.PostingList);

    public List<(int Doc, int Impact)> this[string key] =>
        index.IdOf(key) is var id and >= 0 ? index.PostingList(id) : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => index.IdOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out List<(int Doc, int Impact)> value)
    {
        var id = index.IdOf(key);
        value = id >= 0 ? index.PostingList(id) : null;
        return id >= 0;
    }

    public IEnumerator<KeyValuePair<string, List<(int Doc, int Impact)>>> GetEnumerator()
    {
        for (var i = 0; i < index.TermCount; i++)
        {
            yield return new(index.Terms[i], index.PostingList(i));
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
