namespace PowerList.Generation;

/// <summary>What <see cref="ListGenerator.Generate"/> wrote.</summary>
public sealed record GenerationResult(int Entries, int Departments, int ListFiles, int Laws);
