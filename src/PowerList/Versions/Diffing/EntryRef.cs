namespace PowerList.Versions.Diffing;

/// <summary>An entry named by a change (e.g. one of the codes a new entry replaces).</summary>
public sealed record EntryRef(string Code, string Name, string Department, string Category);
