namespace PowerList.Search.Indexing;

/// <summary>
/// What <see cref="IndexWriter"/> remembers of its previous build in a long-running process (<c>serve</c>): the
/// document and code shards it handed out (path and key), the documents those were made from, and the term files'
/// memory (<see cref="TermFilesMemory"/>). A document or code shard whose inputs are the same is handed out with its
/// previous key and made again only if the previous file cannot be reused (or kept, <see cref="Building.DeferredOutput.Kept"/>).
/// </summary>
public sealed class IndexFilesMemory
{
    internal TermFilesMemory Terms { get; } = new();

    /// <summary>The document shards <c>docs/N</c>, by N.</summary>
    internal RememberedFile[] DocShards { get; set; } = [];

    /// <summary>The code shards <c>codes/N</c> that have codes, in order.</summary>
    internal RememberedFile[] CodeShards { get; set; } = [];

    internal IReadOnlyList<SearchDocument>? Documents { get; set; }

    /// <summary>The name impacts written in the document rows (<see cref="NameImpacts"/>).</summary>
    internal NameImpacts? Names { get; set; }
}
