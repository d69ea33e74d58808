using PowerList.Conformity;

namespace PowerList.Portal;

/// <summary>
/// The files of the parts being merged that the portal's own pages read (<see cref="PortalPages"/>): a file of a part's
/// site (its conformity downloads, its sitemap), the part's <see cref="CatalogueUse"/> and its search documents. Parts are read only here.
/// </summary>
public sealed class PortalPartFiles
{
    private readonly Dictionary<string, string> _folders;

    public PortalPartFiles(IEnumerable<(PortalPart Part, string Folder)> parts)
    {
        _folders = parts.ToDictionary(p => p.Part.Id, p => p.Folder, StringComparer.Ordinal);
    }

    /// <summary>The file at <paramref name="relative"/> (site-relative) of part <paramref name="id"/>'s site; null when it has none.</summary>
    public byte[]? SiteFile(string id, string relative)
    {
        var path = Path.Combine(_folders[id], PartRecord.SiteFolder, relative);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
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

        return CatalogueUseJson.Read(File.ReadAllBytes(path), path);
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

        return PortalSearchDocuments.Read(File.ReadAllBytes(path), path);
    }
}
