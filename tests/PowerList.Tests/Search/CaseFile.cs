namespace PowerList.Tests.Search;

/// <summary>Reads tab-separated case files next to the tests (lines starting with # are comments).</summary>
public static class CaseFile
{
    public static IEnumerable<object[]> Rows(string name, int columns)
    {
        var path = Path.Combine(BuiltIndex.RepoRoot(), "tests", "PowerList.Tests", "Search", name);
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.StartsWith('#') || line.Trim().Length == 0 && !line.Contains('\t'))
            {
                continue;
            }

            var parts = line.Split('\t');
            yield return [.. Enumerable.Range(0, columns).Select(i => i < parts.Length ? parts[i] : "")];
        }
    }

    /// <summary>The query lines of a query file in <c>tests/fixtures/</c> (by default the shared <c>search-queries.txt</c>).</summary>
    public static IEnumerable<string> Queries(string file = "search-queries.txt")
    {
        var path = Path.Combine(BuiltIndex.RepoRoot(), "tests", "fixtures", file);
        return File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#'));
    }
}
