namespace PowerList.Building;

/// <summary>One output file in the <see cref="BuildManifest"/>: the key of its inputs and its length in bytes.</summary>
public readonly record struct ManifestItem(UInt128 Key, long Length);
