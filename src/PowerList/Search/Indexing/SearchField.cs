namespace PowerList.Search.Indexing;

/// <summary>The fields an entry is indexed under, each with its BM25 weight (see <see cref="Weights"/>).</summary>
public enum SearchField
{
    /// <summary>职权名称.</summary>
    Name = 0,

    /// <summary>子项名称.</summary>
    SubItems = 1,

    /// <summary>Entry and sub-item codes.</summary>
    Code = 2,

    /// <summary>Titles (and aliases) of cited laws, free-text bases, adjustment documents.</summary>
    Laws = 3,

    /// <summary>行使主体, 承办机构, department and category names.</summary>
    Subject = 4,

    /// <summary>Long texts: quotes, duties, responsibilities, accountability, level scopes, notes.</summary>
    Text = 5,
}
