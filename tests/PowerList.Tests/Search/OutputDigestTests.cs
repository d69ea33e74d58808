using System.Security.Cryptography;
using System.Text;
using PowerList.Model;
using PowerList.Search.Contributor;
using PowerList.Tests.Site;

namespace PowerList.Tests.Search;

/// <summary>
/// The index build may get faster or leaner, never different: the SHA-256 over every file of the index (path and
/// content, in ordinal path order) must equal the digest recorded in <c>index-digests.txt</c>. A deliberate change
/// of the index format updates that file (the failure message prints the new digest).
/// </summary>
public class OutputDigestTests
{
    public static IEnumerable<object[]> Cases => File.ReadAllLines(Path.Combine(SiteTestSupport.RepoRoot, "tests", "PowerList.Tests", "Search", "index-digests.txt"))
        .Where(l => l.Length > 0 && l[0] != '#')
        .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Select(p => new object[] { p[0], p[1] });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Index_files_equal_the_recorded_digest(string set, string digest)
    {
        var lists = set switch
        {
            "search-fixture" => SearchFixture.Lists,
            "sample-lists" => SiteTestSupport.Load(SiteTestSupport.FixtureLists),
            "lists" => SiteTestSupport.Load(SiteTestSupport.DefaultLists),
            _ => throw new ArgumentException(set),
        };
        var actual = Digest(lists);
        actual.ShouldBe(digest, $"index of {set}: after a deliberate change, record `{set} {actual}` in index-digests.txt");
    }

    /// <summary>SHA-256 over (path "\n" SHA-256(content)) of every file, in ordinal path order.</summary>
    public static string Digest(ListSet lists)
    {
        var files = new SearchIndexContributor().Contribute(lists).Select(f => (f.Path, Hash: SHA256.HashData(f.Content))).ToList();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, content) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(path + "\n"));
            hash.AppendData(content);
        }

        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }
}
