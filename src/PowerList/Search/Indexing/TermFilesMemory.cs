namespace PowerList.Search.Indexing;

/// <summary>
/// What <see cref="TermFiles"/> remembers of its previous build in a long-running process: each term's
/// <see cref="TermShape"/>, each dictionary shard (<see cref="DictShardRecord"/>, by number) and each posting pack
/// (<see cref="PackRecord"/>, by number). With the terms whose postings changed since then, the next build places the
/// blobs again from the shapes alone, skips the shards where nothing can differ and makes only the files that changed.
/// </summary>
public sealed class TermFilesMemory
{
    internal int Documents { get; set; } = -1;

    internal int DictShards { get; set; } = -1;

    internal Dictionary<string, TermShape> Shapes { get; set; } = new(StringComparer.Ordinal);

    internal List<PackRecord?> Packs { get; set; } = [];

    internal DictShardRecord[] Shards { get; set; } = [];
}
