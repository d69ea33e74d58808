namespace PowerList.Building;

/// <summary>
/// One output file in the <see cref="BuildManifest"/>: the key of its inputs (for a recorded output, of its content)
/// and its length in bytes; for a recorded output (<see cref="PlannedOutput.Recorded"/>) also what it read:
/// indices into the manifest's identity table, ascending.
/// </summary>
public readonly record struct ManifestItem(UInt128 Key, long Length, int[]? Reads = null);
