namespace PowerList.Search.Indexing;

/// <summary>A file <see cref="IndexWriter"/> handed out in its previous build: its final path and the key of its source bytes.</summary>
internal readonly record struct RememberedFile(string Path, UInt128 Key);
