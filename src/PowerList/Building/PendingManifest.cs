using PowerList.Building.Dependencies;

namespace PowerList.Building;

/// <summary>
/// The manifest of a build that wrote only the stub (<see cref="WarmSite.DeferManifest"/>): its files and identity
/// table as the build kept them, put into canonical form (<see cref="CanonicalTable"/>) and serialized only when
/// <see cref="Bytes"/> is asked, off the edit path. The same bytes the build would have written.
/// </summary>
public sealed class PendingManifest(
    string code,
    IReadOnlyList<KeyValuePair<string, ManifestItem>> files,
    IReadOnlyList<Identity> identities,
    IReadOnlyList<UInt128> hashes)
{
    /// <summary>The whole manifest file (about 1 s of work at 100,000 entries).</summary>
    public byte[] Bytes()
    {
        var (table, tableHashes, ordered) = CanonicalTable.Of(identities, hashes, files);
        return new BuildManifest(code, ordered, table, tableHashes).ToBytes();
    }
}
