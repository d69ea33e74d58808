namespace PowerList.Search.Indexing;

/// <summary>
/// What <see cref="TermFiles"/> remembers of its previous build in a long-running process: each term's
/// <see cref="TermShape"/> and each posting pack's blobs and key. With the terms whose postings changed since then,
/// the next build places the blobs again from the shapes alone and makes only the packs whose blobs changed.
/// </summary>
public sealed class TermFilesMemory
{
    internal int Documents { get; set; } = -1;

    internal int DictShards { get; set; } = -1;

    internal Dictionary<string, TermShape> Shapes { get; set; } = new(StringComparer.Ordinal);

    internal Dictionary<int, PackRecord> Packs { get; set; } = [];

    internal Dictionary<int, DictShardRecord> Shards { get; set; } = [];
}
