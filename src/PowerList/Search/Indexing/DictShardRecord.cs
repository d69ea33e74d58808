namespace PowerList.Search.Indexing;

/// <summary>
/// A dictionary shard of a build: its path, its terms, their blobs' pack references in order, the key of its bytes,
/// and where the pack layout stood once its terms were placed (<see cref="LayoutState"/>).
/// </summary>
internal sealed record DictShardRecord(string Path, string[] Terms, int[] Refs, UInt128 Key, LayoutState End);
