namespace PowerList.Loading;

/// <summary>A file the loader will read; for list files, the department and category its place names.</summary>
public sealed record PlannedFile(string Path, ListFileKind Kind, string Department = "", string Category = "");
