namespace PowerList.Search.Indexing;

/// <summary>A posting pack of a build: its path, its blobs, and the key of its bytes (<c>ContentKey.Of("source", …)</c>).</summary>
internal sealed record PackRecord(string Path, PackMember[] Members, UInt128 Key);
