using System.Globalization;
using PowerList.Model;
using PowerList.Output;
using PowerList.Search.Indexing;
using PowerList.Site.Incremental;

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
public sealed class SearchIndexContributor : IDeferredContributor, IPreparingContributor
{
    private WarmSearch? _warm;
    private ListSet? _preparedFor;
    private Task<Prepared>? _prepared;

    public string Name => "search";

    /// <summary>In <c>serve</c>: keep the index between builds and patch it when only a few entries changed.</summary>
    public void UseWarm(WarmBuild warm) => _warm = warm.Slot<WarmSearch>("search");

    /// <summary>
    /// In a warm build after a previous one: extracts the documents, patches the index and, when the patch applies,
    /// makes the index files in the background while the stages before this one run (an edit's index files are few:
    /// the others are handed out with their previous keys, without bytes). Without a patch only the documents are
    /// kept for <see cref="ContributeDeferred"/>, which builds the index in its turn as in a cold build.
    /// </summary>
    public void Prepare(ListSet lists)
    {
        if (_warm is not { Index: not null } warm)
        {
            return;
        }

        _preparedFor = lists;
        _prepared = Task.Run(() =>
        {
            var t = BuildTimings.Now();
            var extracted = DocumentExtractor.Extract(lists, warm.Extraction);
            BuildTimings.Measure("search, in the background: documents", t);
            if (warm.Changed(lists.Laws, extracted.Documents) is not { } changed)
            {
                return new Prepared(extracted, null, null);
            }

            t = BuildTimings.Now();
            var patch = IndexPatcher.TryPatch(warm.Index!, extracted.Documents, changed, warm.Documents!);
            BuildTimings.Measure("search, in the background: patch", t);
            if (patch is null)
            {
                return new Prepared(extracted, null, null);
            }

            warm.Documents = extracted.Documents;
            warm.Index = patch.Index;
            warm.Laws = lists.Laws;
            t = BuildTimings.Now();
            var files = IndexWriter.Files(extracted, patch.Index, lists.Synonyms, warm.Files, patch.Touched).ToList();
            BuildTimings.Measure("search, in the background: files", t);
            return new Prepared(extracted, patch, files);
        });
    }

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
    public IEnumerable<DeferredOutput> ContributeDeferred(ListSet lists)
    {
        var prepared = _prepared is not null && ReferenceEquals(lists, _preparedFor) ? _prepared.GetAwaiter().GetResult() : null;
        _prepared = null;
        _preparedFor = null;
        if (prepared?.Files is { } ready)
        {
            BuildTimings.Mark(string.Create(CultureInfo.InvariantCulture,
                $"search: prepared in the background (patched: {prepared.Patch!.Changed} documents changed, {prepared.Patch.Touched.Count} terms, {prepared.Patch.Rescanned} documents rescanned)"));
            return ready;
        }

        var extracted = prepared?.Extracted ?? DocumentExtractor.Extract(lists, _warm?.Extraction);
        BuildTimings.Mark("search: documents");
        var docs = extracted.Documents;
        InvertedIndex? index = null;
        HashSet<string>? changedTerms = null;
        if (prepared is null && _warm?.Changed(lists.Laws, docs) is { } changed)
        {
            var patch = IndexPatcher.TryPatch(_warm.Index!, docs, changed, _warm.Documents!);
            index = patch?.Index;
            changedTerms = patch?.Touched;
            BuildTimings.Mark(patch is null
                ? $"search: inverted index ({changed.Count} documents read again, not patched)"
                : $"search: inverted index (patched: {patch.Changed} of {changed.Count} documents read again changed, {patch.Touched.Count} terms, {patch.Rescanned} documents rescanned)");
        }

        if (index is null)
        {
            index = IndexBuilder.Build(docs);
            BuildTimings.Mark("search: inverted index");
        }

        if (_warm is { } warm)
        {
            warm.Documents = docs;
            warm.Index = index;
            warm.Laws = lists.Laws;
        }

        return new ReleasingFiles(IndexWriter.Files(extracted, index, lists.Synonyms, _warm?.Files, changedTerms));
    }

    private sealed record Prepared(DocumentExtractor.Extracted Extracted, IndexPatch? Patch, List<DeferredOutput>? Files);
}
