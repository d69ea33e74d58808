using PowerList.Building;
using PowerList.Model;
using PowerList.Search.Contributor;
using PowerList.Versions.Pages;

namespace PowerList.Site.Pipeline;

/// <summary>
/// Everything a long-running process (<c>serve</c>) keeps in memory from one build of a site to the next, each field
/// named for what it holds. Memoization only: a build with an empty <see cref="WarmBuild"/> or none gives the same
/// bytes. A build that fails or is cancelled clears it (<see cref="Clear"/>), since a stage may have been left between
/// two states. What each output read is not here: the build manifest records it (<see cref="BuildManifest"/>), and
/// <see cref="Site"/> keeps the last manifest in memory.
/// </summary>
public sealed class WarmBuild
{
    private ModelHashes? _hashes;
    private PowerList.Site.Pages.SiteIndex? _index;

    /// <summary>The site this process wrote last: its manifest, with every output's read set and the hashes it read.</summary>
    public WarmSite Site { get; private set; } = new();

    /// <summary>Each release's search index, made once per snapshot.</summary>
    public ReleaseIndexMemo ReleaseIndexes { get; private set; } = new();

    /// <summary>
    /// The last build's entry histories and ended powers with the lists they were made of, when it had no releases: the
    /// next build without releases takes them over when the lists' changes leave them as they were
    /// (<see cref="VersionsData.Histories"/>, <see cref="VersionsData.Ended"/>).
    /// </summary>
    public VersionsData.Unreleased? Versions { get; set; }

    /// <summary>
    /// Set by <c>serve</c>: builds leave the current lists' downloads (<c>data/current/</c>) as they are in the site, and
    /// serve makes them again in the background once the editor is idle (docs/performance.md, "Downloads in serve").
    /// A CLI <c>build</c> never sets it.
    /// </summary>
    public bool DeferDownloads { get; set; }

    /// <summary>
    /// Set by <c>serve</c>: the first build keeps the search documents but not their index, which would otherwise be held
    /// through the versions stage, where the build's memory peaks; serve makes it once the build is done
    /// (<see cref="CompleteSearchIndex"/>), before the first rebuild (docs/performance.md, "serve's first build").
    /// </summary>
    public bool DeferSearchIndex { get; set; }

    /// <summary>Whether a build kept the search documents without their index (<see cref="DeferSearchIndex"/>).</summary>
    public bool SearchIndexPending => Search.IndexPending;

    /// <summary>
    /// Makes the search index a build left to make (<see cref="DeferSearchIndex"/>), so that the next build patches it;
    /// returns whether there was one to make. Not while a build runs (serve holds its rebuild gate).
    /// </summary>
    public bool CompleteSearchIndex() => Search.CompleteIndex();

    /// <summary>The search index of the current lists, its documents and files (updated for the entries that changed).</summary>
    internal WarmSearch Search { get; private set; } = new();

    /// <summary>
    /// The model hashes of <paramref name="lists"/> (<see cref="ModelHashes.Of(ListSet)"/>): an entry that is the very
    /// object of the previous build's lists (records are immutable: <c>serve</c> keeps the parsed entries of unchanged
    /// files) keeps its hash instead of being hashed again.
    /// </summary>
    public ModelHashes HashesOf(ListSet lists, Diagnostics.TimingLog? timings = null)
    {
        lock (this)
        {
            return _hashes = ModelHashes.Of(lists, _hashes, timings);
        }
    }

    /// <summary>
    /// The site index of <paramref name="lists"/> (<see cref="PowerList.Site.Pages.SiteIndex.Of"/>): updated from the previous
    /// build's for the list files that changed, when it can be.
    /// </summary>
    public PowerList.Site.Pages.SiteIndex IndexOf(ListSet lists, Diagnostics.TimingLog? timings = null)
    {
        lock (this)
        {
            return _index = PowerList.Site.Pages.SiteIndex.Of(lists, _index, timings);
        }
    }

    /// <summary>Forgets everything: the next build starts cold.</summary>
    public void Clear()
    {
        lock (this)
        {
            _hashes = null;
            _index = null;
        }

        Site.Forget();
        ReleaseIndexes = new();
        Versions = null;
        Search = new();
    }
}
