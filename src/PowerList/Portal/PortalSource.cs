using PowerList.Diagnostics;
using PowerList.Model;
using PowerList.Validation;

namespace PowerList.Portal;

/// <summary>
/// A portal opened but not loaded (<see cref="PortalLoader.Open"/>): <c>portal.yaml</c> and the shared files read, the
/// jurisdiction folders found, each one's <c>site.yaml</c> read for the checks between them. <see cref="Load"/> loads
/// and validates one jurisdiction; the caller keeps it only as long as it needs it. <see cref="Finish"/> adds the
/// checks between jurisdictions and returns every diagnostic gathered, sorted.
/// </summary>
public sealed class PortalSource
{
    private readonly Dictionary<string, SiteInfo> _sites;
    private readonly Func<string, Func<ListSet, ListSet>> _completer;
    private readonly DiagnosticBag _bag;
    private readonly HashSet<string> _loaded = new(StringComparer.Ordinal);

    internal PortalSource(string root, PortalShared shared, IReadOnlyList<(string Id, string Folder)> folders, Dictionary<string, SiteInfo> sites, Func<string, Func<ListSet, ListSet>> completer, DiagnosticBag bag)
    {
        Root = root;
        Shared = shared;
        Folders = folders;
        _sites = sites;
        _completer = completer;
        _bag = bag;
    }

    public string Root { get; }

    public PortalInfo Info => Shared.Info;

    /// <summary>The portal's own files as read (kept by <c>serve</c> while they do not change).</summary>
    public PortalShared Shared { get; }

    /// <summary>The jurisdiction folders (id, path), by id.</summary>
    public IReadOnlyList<(string Id, string Folder)> Folders { get; }

    /// <summary>Loads and validates the jurisdiction <paramref name="id"/>, with the portal's shared files where it has none; its diagnostics are kept for <see cref="Finish"/>.</summary>
    /// <param name="warm">serve's memory of this jurisdiction's files (<see cref="PartWarmth"/>), if any.</param>
    /// <param name="timings">Where loading and validating are timed (<c>build --timings</c>), if anywhere.</param>
    public PortalJurisdiction Load(string id, PartWarmth? warm = null, Diagnostics.TimingLog? timings = null)
    {
        var folder = Folders.First(f => f.Id == id).Folder;
        var result = ListCheck.Run(folder, null, warm?.Load, warm?.Validation, _completer(id), timings);
        _bag.AddRange(result.Diagnostics);
        _sites[id] = result.Lists.Site;
        _loaded.Add(id);
        return new PortalJurisdiction(id, folder, result);
    }

    /// <summary>
    /// Takes the diagnostics of a jurisdiction not loaded again in this run (unchanged since a run that loaded it) as
    /// if <see cref="Load"/> had reported them.
    /// </summary>
    public void Reuse(string id, IEnumerable<Diagnostic> diagnostics)
    {
        _bag.AddRange(diagnostics);
        _loaded.Add(id);
    }

    /// <summary>Checks how the loaded jurisdictions fit with the others (<see cref="PortalRules"/>); every diagnostic so far, sorted.</summary>
    public IReadOnlyList<Diagnostic> Finish()
    {
        var bag = new DiagnosticBag();
        bag.AddRange(_bag.ToSortedList());
        PortalRules.Check(_sites, _loaded, bag);
        return bag.ToSortedList();
    }
}
