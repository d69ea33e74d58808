namespace PowerList.Search.Indexing;

/// <summary>Term → postings (doc id, impact byte with the name flag), doc-id sorted; built by <see cref="IndexBuilder"/>.</summary>
public sealed record InvertedIndex(int Documents, SortedDictionary<string, List<(int Doc, int Impact)>> Postings);
