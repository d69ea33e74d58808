using PowerList.Model;
using PowerList.Output;
using PowerList.Search.Contributor;
using PowerList.Search.Querying;

namespace PowerList.Tests.Search;

/// <summary>The index files the contributor writes for a list set, kept in memory, and engines over them.</summary>
public sealed class BuiltIndex
{
    private static readonly Lazy<BuiltIndex> FixtureIndex = new(() => new BuiltIndex(SearchFixture.Lists));

    public BuiltIndex(ListSet lists)
    {
        Files = new SearchIndexContributor().Contribute(lists).ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
    }

    public static BuiltIndex Fixture => FixtureIndex.Value;

    /// <summary>Site-relative path → bytes.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    /// <summary>A fresh engine (empty cache), so that <see cref="SearchResponse.FilesRead"/> counts one query.</summary>
    public SearchEngine Engine() => new(new IndexFiles(path =>
        Files.TryGetValue(SiteUrls.SearchIndexFolder + path, out var bytes) ? bytes : null));

    public SearchResponse Search(string query, string? department = null, string? category = null, string? level = null, int limit = 10) =>
        Engine().Search(new SearchRequest(query, department, category, level, limit));

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PowerList.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("PowerList.sln not found above the test binaries");
    }
}
