namespace PowerList.Search.Indexing;

/// <summary>
/// Where a <see cref="PackLayout"/> stands between two blobs: how many packs it has made, the number of the pack still
/// open (−1: none), that pack's bytes so far and its member count. Placing the same blobs from the same state places
/// them the same way (<see cref="TermFiles"/> skips the dictionary shards where that holds).
/// </summary>
internal readonly record struct LayoutState(int Packs, int Open, int OpenBytes, int OpenMembers)
{
    /// <summary>An empty layout's.</summary>
    public static LayoutState Start { get; } = new(0, -1, 0, 0);
}
