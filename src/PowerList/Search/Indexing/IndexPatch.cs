namespace PowerList.Search.Indexing;

/// <summary>
/// A patched index (<see cref="IndexPatcher"/>): the index, the terms whose postings may differ from the previous
/// index's (added and gone terms too), the documents whose texts changed, and how many other documents were
/// scanned again because a term crossed an idf bucket.
/// </summary>
internal sealed record IndexPatch(InvertedIndex Index, HashSet<string> Touched, int Changed, int Rescanned);
