using System.Text.Json;

namespace PowerList.Search.Querying;

/// <summary>
/// <c>facets.jgz</c>, read only for facet counts or a filter: department ids by index and the department, category
/// and level mask of every document (runs over doc ids, expanded here).
/// </summary>
public sealed class IndexFacets
{
    public IndexFacets(JsonElement facets, int documents)
    {
        DepartmentIds = facets.GetProperty("departments").GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        DocDepartment = Expand(facets.GetProperty("dept").GetString()!, documents);
        DocCategory = Expand(facets.GetProperty("cat").GetString()!, documents);
        DocLevels = Expand(facets.GetProperty("level").GetString()!, documents);
    }

    public IReadOnlyList<string> DepartmentIds { get; }
    public int[] DocDepartment { get; }
    public int[] DocCategory { get; }
    public int[] DocLevels { get; }

    private static int[] Expand(string runs, int n)
    {
        var values = new int[n];
        var pairs = Indexing.PostingCodec.DecodeVarints(runs);
        var doc = 0;
        for (var i = 0; i + 1 < pairs.Count; i += 2)
        {
            for (var k = 0; k < pairs[i]; k++)
            {
                values[doc++] = pairs[i + 1];
            }
        }

        return values;
    }
}
