namespace PowerList.Search.Indexing;

/// <summary>A dictionary shard of a build: its terms, their blobs' pack references in order, and the key of its bytes.</summary>
internal sealed record DictShardRecord(string[] Terms, int[] Refs, UInt128 Key);
