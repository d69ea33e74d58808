using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PowerList.Search.Indexing;

/// <summary>
/// Every term of the collection (pass 1 of <see cref="IndexBuilder"/>, merged block by block in document order):
/// document frequency and the exact size of its varint doc-id gaps. <see cref="Finish"/> numbers the terms in ordinal
/// order; after that <see cref="Id(uint)"/> and <see cref="Id(ReadOnlySpan{char})"/> give those numbers and are safe
/// to call from several threads.
/// </summary>
internal sealed class TermTable
{
    private readonly KeyTable _short = new();
    private readonly Dictionary<string, int> _long = new(StringComparer.Ordinal);
    private TermStat[] _stats = new TermStat[1024];
    private int _count;
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _longLookup;

    public int Count => _count;

    public void Merge(TermCounter block)
    {
        var stats = block.Stats;
        var shortTerms = block.ShortTerms;
        foreach (var (key, slot) in shortTerms.Slots())
        {
            ref var id = ref _short.GetOrAdd(key, out var added);
            if (added)
            {
                id = New();
            }

            Merge(id, stats[shortTerms.ValueAt(slot)]);
        }

        foreach (var (key, local) in block.LongTerms)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_long, key, out var exists);
            if (!exists)
            {
                id = New();
            }

            Merge(id, stats[local]);
        }
    }

    /// <summary>Sorts the terms (ordinal), renumbers them in that order; returns the terms, document frequencies and gap bytes.</summary>
    public (string[] Terms, int[] Df, int[] GapBytes) Finish()
    {
        var terms = new string[_count];
        foreach (var (key, slot) in _short.Slots())
        {
            terms[_short.ValueAt(slot)] = TokenScanner.KeyText(key);
        }

        foreach (var (key, id) in _long)
        {
            terms[id] = key;
        }

        var order = new int[_count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(terms, order, StringComparer.Ordinal);
        var rank = new int[_count];
        var df = new int[_count];
        var gaps = new int[_count];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
            df[r] = _stats[order[r]].Df;
            gaps[r] = _stats[order[r]].GapBytes;
        }

        foreach (var (_, slot) in _short.Slots())
        {
            ref var id = ref _short.ValueAt(slot);
            id = rank[id];
        }

        Renumber(_long, rank);
        _stats = [];
        _longLookup = _long.GetAlternateLookup<ReadOnlySpan<char>>();
        return (terms, df, gaps);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Id(uint key) => _short.Get(key);

    public int Id(ReadOnlySpan<char> token) => _longLookup[token];

    private static void Renumber<TKey>(Dictionary<TKey, int> ids, int[] rank)
        where TKey : notnull
    {
        foreach (var key in ids.Keys)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrNullRef(ids, key);
            id = rank[id];
        }
    }

    private void Merge(int id, in TermStat block)
    {
        ref var stat = ref _stats[id];
        stat.GapBytes += Varint.Length((uint)(block.First - (stat.Df == 0 ? 0 : stat.Last))) + block.GapBytes;
        stat.Last = block.Last;
        stat.Df += block.Df;
    }

    private int New()
    {
        if (_count == _stats.Length)
        {
            Array.Resize(ref _stats, _stats.Length * 2);
        }

        return _count++;
    }
}
