using PowerList.Model;

namespace PowerList.Output;

/// <summary>
/// A stage that adds files to the built site from the validated lists: pages, the search index, downloads,
/// version pages. The site build runs every registered contributor and writes all their files in one atomic swap.
/// Contributors must be deterministic and must use only <see cref="ListSet.PublicEntries"/>.
/// </summary>
public interface ISiteContributor
{
    /// <summary>A short name for progress and errors, e.g. "pages", "search".</summary>
    string Name { get; }

    IEnumerable<OutputFile> Contribute(ListSet lists);
}
