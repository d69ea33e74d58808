using PowerList.Model;
using PowerList.Output;
using PowerList.Search.Indexing;
using PowerList.Building;
using PowerList.Site.Pipeline;

namespace PowerList.Search.Contributor;

/// <summary>
/// The search stage of the site build: writes the index under <see cref="SiteUrls.SearchIndexFolder"/> from the
/// public entries. The browser engine <c>assets/search.js</c> (minified from <c>site-templates/src/search.js</c>) lives in <c>site-templates/assets/</c> and is copied
/// by the site build with the other assets; this contributor does not emit it.
/// <para>
/// In a site build the files are deferred (<see cref="IDeferredContributor"/>): each is keyed by its uncompressed
/// bytes and compressed only when they changed since the previous build. Timings (<c>POWERLIST_TIMINGS=1</c>):
/// marks "search: documents" and "search: inverted index"; the files are made while the site writer consumes them,
/// so their parts are printed with the stage's own mark: "search: serialize" (the uncompressed files),
/// "deferred: key", "deferred: produce" (compression), "link", "write".
/// </para>
/// </summary>
public sealed class SearchIndexContributor : IDeferredContributor, IWarmContributor, ITimedContributor
{
    private WarmSearch? _warm;
    private bool _deferIndex;
    private Diagnostics.TimingLog? _timings;

    public string Name => "search";

    /// <summary>In <c>serve</c>: keep the index between builds and patch it when only a few entries changed.</summary>
    public void UseWarm(WarmBuild warm) => (_warm, _deferIndex) = (warm.Search, warm.DeferSearchIndex);

    /// <summary>Marks the documents and the inverted index as stages of their own, and times the serializing.</summary>
    public void UseTimings(Diagnostics.TimingLog? timings) => _timings = timings;

    /// <summary>Every file compressed, in ordinal path order.</summary>
    public IEnumerable<OutputFile> Contribute(ListSet lists)
    {
        var files = new CompressedFiles();
        files.AddRange(ContributeDeferred(lists));
        return files.Finish();
    }

    /// <remarks>
    /// Not an iterator itself: documents and the inverted index are made when called (so the marks time them); the
    /// files are then serialized lazily, one at a time, as they are taken, and the index is let go after the last
    /// one (<see cref="ReleasingFiles"/>).
    /// </remarks>
    public IEnumerable<DeferredOutput> ContributeDeferred(ListSet lists) => ContributeDeferred(lists, keep: false);

    /// <inheritdoc cref="ContributeDeferred(ListSet)"/>
    /// <param name="keep">Whether the files known to be the previous build's (serve) are given as kept (<see cref="DeferredOutput.Kept"/>).</param>
    public IEnumerable<DeferredOutput> ContributeDeferred(ListSet lists, bool keep)
    {
        var extracted = DocumentExtractor.Extract(lists, _warm?.Extraction);
        _timings?.Mark("search: documents");
        var update = WarmSearch.MakeIndex(_warm, lists.Laws, extracted.Documents, _deferIndex);
        _timings?.Mark(update.Mark);
        return new ReleasingFiles(IndexWriter.Files(extracted, update.Index, lists.Synonyms, _warm?.Files, update.Patch?.Touched, keep: keep), _timings);
    }
}
