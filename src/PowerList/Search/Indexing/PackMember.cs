namespace PowerList.Search.Indexing;

/// <summary>One blob in a posting pack: the term's blob number <see cref="Blob"/> (0: its only blob or its bitmap; then its tiers).</summary>
internal readonly record struct PackMember(string Term, int Blob);
