using PowerList.Building.Dependencies;

namespace PowerList.Building;

/// <summary>
/// A warm build's large lists that the build after the next may fill again (<see cref="WarmSite.TakeSpares"/>): the
/// files in build order, the identity table and its hashes, and the files by path. At 100,000 entries they are some
/// 40 MB of arrays on the large object heap, which a warm edit would otherwise allocate anew every time and so spend
/// the heap's budget for a full collection (docs/performance.md, "s32-lohedit").
/// </summary>
public sealed record ManifestSpares(
    List<KeyValuePair<string, ManifestItem>>? Ordered,
    List<Identity>? Identities,
    List<UInt128>? Hashes,
    Dictionary<string, ManifestItem>? Files);
