namespace PowerList.Search.Indexing;

/// <summary>
/// What <see cref="IndexWriter"/> remembers of its previous build in a long-running process (<c>serve</c>): the key
/// of every file it handed out, the documents and codes those were made from, and the term files' memory
/// (<see cref="TermFilesMemory"/>). A document or code shard whose inputs are the same is handed out with its previous
/// key and made again only if the previous file cannot be reused.
/// </summary>
public sealed class IndexFilesMemory
{
    internal TermFilesMemory Terms { get; } = new();

    /// <summary>Final path → key of the source bytes (<c>ContentKey.Of("source", …)</c>).</summary>
    internal Dictionary<string, UInt128> Keys { get; set; } = new(StringComparer.Ordinal);

    internal IReadOnlyList<SearchDocument>? Documents { get; set; }

    internal List<(string Code, int Doc)>? Codes { get; set; }

    /// <summary>The name impacts written in the document rows (<see cref="NameImpacts"/>).</summary>
    internal NameImpacts? Names { get; set; }
}
