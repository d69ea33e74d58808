namespace PowerList.Loading;

/// <summary>One file as a <see cref="LoadCache"/> remembers it: its stamp when read, the hash of its bytes, and what it gave.</summary>
internal sealed record CachedFile(PlannedFile Plan, FileStamp Stamp, byte[] Hash, LoadedFile Result);
