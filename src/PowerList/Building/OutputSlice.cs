using PowerList.Building.Dependencies;

namespace PowerList.Building;

/// <summary>
/// The outputs one contributor made in the build remembered by <see cref="WarmSite"/>: where they are in its file list
/// (<paramref name="Start"/>, <paramref name="Count"/>), the <see cref="ReadIndex"/> of their read sets, and what the
/// hashes they read were computed from (<paramref name="Basis"/>, <see cref="IIdentityHashes.Basis"/>), if known.
/// </summary>
public sealed record OutputSlice(int Start, int Count, ReadIndex Index, object? Basis = null);
