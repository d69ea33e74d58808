namespace PowerList.Search.Querying;

/// <summary>The department, category and level filters of a request, and facet counts over the matching documents.</summary>
internal sealed class FacetFilter
{
    private readonly IndexMeta meta;
    private readonly IndexFacets facets;
    private readonly int department;
    private readonly int category;
    private readonly int level;

    public FacetFilter(IndexMeta meta, IndexFacets facets, SearchRequest request)
    {
        this.meta = meta;
        this.facets = facets;
        department = Index(request.Department, facets.DepartmentIds.ToList());
        category = Index(request.Category, meta.Categories.Select(c => c.Key).ToList());
        level = Index(request.Level, meta.Levels.ToList());
    }

    public bool Passes(int doc) => PassDepartment(doc) && PassCategory(doc) && PassLevel(doc);

    /// <summary>The <see cref="IndexMeta.TopDepartments"/> most frequent departments (ties: index order), in index order.</summary>
    public IReadOnlyList<FacetCount> Departments(bool[] matches, Func<int, string> name)
    {
        var counts = new int[facets.DepartmentIds.Count];
        for (var d = 0; d < matches.Length; d++)
        {
            if (matches[d] && PassCategory(d) && PassLevel(d))
            {
                counts[facets.DocDepartment[d]]++;
            }
        }

        return Enumerable.Range(0, counts.Length).Where(i => counts[i] > 0)
            .OrderByDescending(i => counts[i]).ThenBy(i => i).Take(meta.TopDepartments).Order()
            .Select(i => new FacetCount(facets.DepartmentIds[i], name(i), counts[i])).ToList();
    }

    public IReadOnlyList<FacetCount> Categories(bool[] matches)
    {
        var counts = new int[meta.Categories.Count];
        for (var d = 0; d < matches.Length; d++)
        {
            if (matches[d] && PassDepartment(d) && PassLevel(d))
            {
                counts[facets.DocCategory[d]]++;
            }
        }

        return meta.Categories.Select((x, i) => new FacetCount(x.Key, x.Name, counts[i])).Where(f => f.Count > 0).ToList();
    }

    public IReadOnlyList<FacetCount> Levels(bool[] matches)
    {
        var counts = new int[meta.Levels.Count];
        for (var d = 0; d < matches.Length; d++)
        {
            if (matches[d] && PassDepartment(d) && PassCategory(d))
            {
                for (var i = 0; i < counts.Length; i++)
                {
                    if ((facets.DocLevels[d] & (1 << i)) != 0)
                    {
                        counts[i]++;
                    }
                }
            }
        }

        return meta.Levels.Select((x, i) => new FacetCount(x, x, counts[i])).Where(f => f.Count > 0).ToList();
    }

    private bool PassDepartment(int doc) => department == -1 || facets.DocDepartment[doc] == department;

    private bool PassCategory(int doc) => category == -1 || facets.DocCategory[doc] == category;

    private bool PassLevel(int doc) => level == -1 || (level >= 0 && (facets.DocLevels[doc] & (1 << level)) != 0);

    /// <summary>-1: no filter; -2: a value the index does not know (matches nothing).</summary>
    private static int Index(string? value, List<string> values)
    {
        if (string.IsNullOrEmpty(value))
        {
            return -1;
        }

        var i = values.IndexOf(value);
        return i >= 0 ? i : -2;
    }
}
