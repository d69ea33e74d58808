using PowerList.Conformity;
using PowerList.Search.Contributor;
using PowerList.Search.Indexing;

namespace PowerList.Portal;

/// <summary>
/// What <c>serve</c> keeps of a portal's own files between rebuilds (<see cref="PortalSiteUpdate"/>), so that an edit
/// in one jurisdiction costs in proportion to that jurisdiction, not to the portal:
/// <list type="bullet">
/// <item>each part's <see cref="CatalogueUse"/> and search documents as last read, with the stamp (length, time) of
/// their files: a part not rebuilt is not read again;</item>
/// <item>the portal search index's documents and inverted index (<see cref="WarmSearch"/>): the index is patched for
/// the changed documents (<see cref="Search.Indexing.IndexPatcher"/>), and the key of each index file as it is on disk:
/// a file whose key did not change is neither compressed nor written again;</item>
/// <item>for each side-by-side page (<c>catalogue/&lt;code&gt;/</c>) the key of what it read (the item and its entries
/// in every jurisdiction, <see cref="PortalItemPages"/>) and its row on the category page: a page whose key did not
/// change is neither compared nor rendered again.</item>
/// </list>
/// Files known unchanged are listed in <see cref="Kept"/> while the portal's files are made. The files on disk must be
/// those the last run wrote (the runner forgets all of this after a failure); a kept file that is missing is made
/// again by a run without this memory (<see cref="PortalSiteUpdate"/>).
/// </summary>
public sealed class PortalWarm
{
    internal WarmSearch Search { get; } = new();

    /// <summary>
    /// Site-relative path → key of the uncompressed source of the search index file there (<see cref="Building.DeferredOutput.SourceKey"/>),
    /// and the number of the last run (<see cref="SearchRun"/>) that made or kept it.
    /// </summary>
    internal Dictionary<string, (UInt128 Key, int Run)> SearchFiles { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The number of the portal index's last run, for <see cref="SearchFiles"/>.</summary>
    internal int SearchRun { get; set; }

    /// <summary>Url of a side-by-side page → the key of what it read, its length, its category and its row there.</summary>
    internal Dictionary<string, ItemPage> ItemPages { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Site-relative path → key of what a portal file was made from, for the files kept by that key (<see cref="Keeps"/>):
    /// the conformity bundles (each part's download, by its stamp, <see cref="PortalPartFiles.StampsKey"/>), the category
    /// pages of the side-by-side pages and their index (their rows, <see cref="PortalItemPages"/>).
    /// </summary>
    internal Dictionary<string, UInt128> Inputs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The portal's own files on disk as the last update in place left them (<see cref="PortalSiteUpdate"/>).</summary>
    internal PortalFilesOnDisk Disk { get; } = new();

    /// <summary>The keys of the side-by-side pages' inputs.</summary>
    internal ItemPageKeys ItemKeys { get; } = new();

    /// <summary>Part id → its catalogue use as read, with the stamp of the file.</summary>
    internal Dictionary<string, (string Stamp, CatalogueUse Use)> Uses { get; } = new(StringComparer.Ordinal);

    /// <summary>Part id → its search documents as read, with the stamp of the file.</summary>
    internal Dictionary<string, (string Stamp, PortalSearchDocuments.Part Part)> Documents { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Part id → its documents as the portal index last placed them (<see cref="PortalSearchIndex"/>: jurisdiction,
    /// categories, level, claimed codes set): a part whose documents are the same objects, in the same place, keeps them,
    /// so the index's documents are re-made only for the parts read again, and compared by reference.
    /// </summary>
    internal Dictionary<string, AssembledPart> Assembled { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How many codes the portal index's documents claimed in the last run (<see cref="PortalSearchIndex"/>).</summary>
    internal int ClaimedCodes { get; set; }

    /// <summary>A part's documents (<paramref name="Source"/>) as placed in the portal index: at <paramref name="Position"/>, with that level mask and category remapping.</summary>
    internal sealed record AssembledPart(PortalSearchDocuments.Part Source, int Position, int Mask, int[] Remap, SearchDocument[] Documents);

    /// <summary>The site-relative paths of the files this run found unchanged (not made, not written).</summary>
    public List<string> Kept { get; } = [];

    /// <summary>Whether files may be kept (an update in place); false while a merge fills a fresh folder.</summary>
    internal bool MayKeep { get; set; }

    /// <summary>A side-by-side page as last made: the key of its inputs, its category and its row on that category's page.</summary>
    internal sealed record ItemPage(UInt128 Key, string Category, PortalItemRow Row);

    /// <summary>Starts a run: nothing kept yet; <paramref name="inPlace"/>: the site's files are those of the last run.</summary>
    internal void Begin(bool inPlace)
    {
        Kept.Clear();
        MayKeep = inPlace;
        if (!inPlace)
        {
            Disk.Forget(); // a new folder: its files are listed at the first update
        }
    }

    /// <summary>
    /// Whether the portal file at <paramref name="path"/>, made of inputs of key <paramref name="key"/>
    /// (<see cref="Inputs"/>), is on disk as the last run made it from the same inputs: then it is listed in
    /// <see cref="Kept"/> and need not be made; else the key is remembered for the file about to be made.
    /// </summary>
    internal bool Keeps(string path, UInt128 key)
    {
        if (MayKeep && Inputs.TryGetValue(path, out var was) && was == key)
        {
            Kept.Add(path);
            return true;
        }

        Inputs[path] = key;
        return false;
    }

    /// <summary>Forgets the files on disk (the next run makes every file), keeping what was read of the parts.</summary>
    public void ForgetFiles()
    {
        SearchFiles = new(StringComparer.Ordinal);
        ItemPages = new(StringComparer.Ordinal);
        Inputs = new(StringComparer.Ordinal);
        Kept.Clear();
        Disk.Forget();
    }

    /// <summary>
    /// Takes part <paramref name="id"/>'s catalogue use and search documents as its build in this process just wrote them
    /// into <paramref name="partFolder"/> (<see cref="PortalPartBuilder"/>), with the stamps of those files: the portal's
    /// next run uses them as it would the files read back (<see cref="PortalPartFiles"/>), and reads a file again only
    /// if it is not as written then.
    /// </summary>
    internal void HandOver(string id, string partFolder, CatalogueUse use, PortalSearchDocuments.Part documents)
    {
        Uses[id] = (Stamp(Path.Combine(partFolder, CatalogueUseJson.FileName)), use);
        Documents[id] = (Stamp(Path.Combine(partFolder, PortalSearchDocuments.FileName)), documents);
    }

    /// <summary>The stamp of a file: its length and modification time (a part build writes its files anew).</summary>
    internal static string Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? $"{info.Length}:{info.LastWriteTimeUtc.Ticks}" : "";
    }
}
