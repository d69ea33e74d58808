using PowerList.Model;
using PowerList.Output;
using PowerList.Search.Indexing;

namespace PowerList.Search.Contributor;

/// <summary>
/// The search stage of the site build: writes the index under <see cref="SiteUrls.SearchIndexFolder"/> from the
/// public entries. The browser engine <c>assets/search.js</c> (minified from <c>site-templates/src/search.js</c>) lives in <c>site-templates/assets/</c> and is copied
/// by the site build with the other assets; this contributor does not emit it.
/// </summary>
public sealed class SearchIndexContributor : ISiteContributor
{
    public string Name => "search";

    /// <remarks>
    /// Deliberately not an iterator: the extracted documents and the inverted index (about 280 MB at 100,000 entries)
    /// are locals here, so they can be collected as soon as <see cref="IndexWriter.Write"/> has returned, while the
    /// site writer still enumerates the files; an iterator would keep them alive until the last file is written.
    /// </remarks>
    public IEnumerable<OutputFile> Contribute(ListSet lists)
    {
        var extracted = DocumentExtractor.Extract(lists);
        Site.Incremental.BuildTimings.Mark("search: documents");
        var index = IndexBuilder.Build(extracted.Documents);
        Site.Incremental.BuildTimings.Mark("search: inverted index");
        var files = IndexWriter.Write(extracted, index, lists.Synonyms);
        Site.Incremental.BuildTimings.Mark("search: files");
        return files;
    }
}
