using PowerList.Conformity;

namespace PowerList.Portal;

/// <summary>
/// The files of the parts being merged that the portal's own pages read (<see cref="PortalPages"/>): a file of a part's
/// site (its conformity downloads, its sitemap), the part's <see cref="CatalogueUse"/> and its search documents. Parts are read only here (in <c>serve</c>, a part rebuilt
/// by this process is not read back: its build handed both to <see cref="PortalWarm.HandOver"/>).
/// </summary>
public sealed class PortalPartFiles
{
    private readonly Dictionary<string, string> _folders;
    private readonly PortalWarm? _warm;

    /// <param name="warm">serve's memory (<see cref="PortalWarm"/>): a part's catalogue use and search documents are read again only when their file changed.</param>
    public PortalPartFiles(IEnumerable<(PortalPart Part, string Folder)> parts, PortalWarm? warm = null)
    {
        _folders = parts.ToDictionary(p => p.Part.Id, p => p.Folder, StringComparer.Ordinal);
        _warm = warm;
    }

    /// <summary>The file at <paramref name="relative"/> (site-relative) of part <paramref name="id"/>'s site; null when it has none.</summary>
    public byte[]? SiteFile(string id, string relative)
    {
        var path = Path.Combine(_folders[id], PartRecord.SiteFolder, relative);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    /// <summary>
    /// The key of the stamps (length, modification time: a part build writes a changed file anew) of the file at
    /// <paramref name="relative"/> of the sites of parts <paramref name="ids"/>, in that order: equal keys, the same files.
    /// </summary>
    public UInt128 StampsKey(IEnumerable<string> ids, string relative)
    {
        var text = new System.Text.StringBuilder(relative);
        foreach (var id in ids)
        {
            text.Append('\0').Append(id).Append('\u0001').Append(PortalWarm.Stamp(Path.Combine(_folders[id], PartRecord.SiteFolder, relative)));
        }

        return Building.ContentKey.Of("portal-inputs", System.Text.Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>The catalogue use of part <paramref name="id"/> (<see cref="CatalogueUseJson"/>).</summary>
    /// <exception cref="InvalidDataException">The part has none (made by an older build).</exception>
    public CatalogueUse Use(string id)
    {
        var path = Path.Combine(_folders[id], CatalogueUseJson.FileName);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{_folders[id]} 缺少 {CatalogueUseJson.FileName}：请用这一版本的 powerlist build --part 重新生成");
        }

        return Cached(_warm?.Uses, id, path, () => CatalogueUseJson.Read(File.ReadAllBytes(path), path));
    }

    /// <summary>The search documents of part <paramref name="id"/> (<see cref="PortalSearchDocuments"/>).</summary>
    /// <exception cref="InvalidDataException">The part has none (made by an older build).</exception>
    public PortalSearchDocuments.Part SearchDocuments(string id)
    {
        var path = Path.Combine(_folders[id], PortalSearchDocuments.FileName);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{_folders[id]} 缺少 {PortalSearchDocuments.FileName}：请用这一版本的 powerlist build --part 重新生成");
        }

        return Cached(_warm?.Documents, id, path, () => PortalSearchDocuments.Read(File.ReadAllBytes(path), path));
    }

    /// <summary>What <paramref name="read"/> gives, or the value kept for <paramref name="id"/> while the file at <paramref name="path"/> keeps its stamp.</summary>
    private static T Cached<T>(Dictionary<string, (string Stamp, T Value)>? cache, string id, string path, Func<T> read)
    {
        if (cache is null)
        {
            return read();
        }

        var stamp = PortalWarm.Stamp(path);
        if (cache.TryGetValue(id, out var kept) && kept.Stamp == stamp)
        {
            return kept.Value;
        }

        var value = read();
        cache[id] = (stamp, value);
        return value;
    }
}
