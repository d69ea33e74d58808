using PowerList.Building.Dependencies;

namespace PowerList.Building;

/// <summary>
/// The outputs one contributor made in the build remembered by <see cref="WarmSite"/>: where they are in its file list
/// (<paramref name="Start"/>, <paramref name="Count"/>) and the <see cref="ReadIndex"/> of their read sets.
/// </summary>
public sealed record OutputSlice(int Start, int Count, ReadIndex Index);
