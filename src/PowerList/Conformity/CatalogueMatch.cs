namespace PowerList.Conformity;

/// <summary>
/// One imported entry and the catalogue item it was tied to (<see cref="ItemCode"/>, empty when none), how, and for a
/// similar name the similarity (0–1) and the item's name, so a person can check it.
/// </summary>
public sealed record CatalogueMatch(string EntryCode, string EntryName, MatchKind Kind, string ItemCode, string ItemName, double Similarity);
