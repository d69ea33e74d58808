namespace PowerList.Search.Indexing;

/// <summary>
/// Where one term's postings lie: <see cref="Count"/> impacts from <see cref="ImpactStart"/> in
/// <see cref="Impacts"/>, and their doc-id gaps (varints) from <see cref="GapStart"/> in <see cref="Gaps"/>. The
/// arrays are shared by every term of a full build; a patched index (<see cref="IndexPatcher"/>) gives the terms it
/// changed arrays of their own and shares the rest with the index it came from.
/// </summary>
internal readonly record struct PostingSegment(ushort[] Impacts, int ImpactStart, int Count, byte[] Gaps, long GapStart, long GapLength);
