namespace PowerList.Search.Querying;

/// <summary>A facet value (department id, category code or level name), its label and how many matching entries have it.</summary>
public sealed record FacetCount(string Value, string Label, int Count);
