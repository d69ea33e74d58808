namespace PowerList.Search.Indexing;

/// <summary>The index's term order (<see cref="Fnv.SplitKey(string)"/>, then ordinal): a dictionary shard's terms and the posting packs' blobs.</summary>
internal sealed class SplitOrder : IComparer<string>
{
    public static SplitOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var byKey = Fnv.SplitKey(x!).CompareTo(Fnv.SplitKey(y!));
        return byKey != 0 ? byKey : string.CompareOrdinal(x, y);
    }
}
