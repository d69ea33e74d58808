using PowerList.Site.Pages;

namespace PowerList.Portal;

/// <summary>A jurisdiction on the portal's pages.</summary>
public sealed record PortalJurisdictionView(
    string Id, string Name, string Href, string Level, string ParentName, int Entries, int Departments,
    PartConformity? Conformity, string ConformityHref);

/// <summary>The jurisdictions of one level on the portal's home page.</summary>
public sealed record PortalGroupView(string Id, string Label, IReadOnlyList<PortalJurisdictionView> Jurisdictions)
{
    public int Count => Jurisdictions.Count;
}

/// <summary>The portal's home page (<c>portal.hbs</c>): all levels, or one (<c>level/&lt;slug&gt;/</c>); also its 404 page.</summary>
public sealed record PortalHomeModel(PageFrame Frame, string Description, IReadOnlyList<LinkView> Levels, IReadOnlyList<PortalGroupView> Groups, bool NotFound, string ConformityHref)
{
    /// <summary>The portal's search page, where the home page's search box sends its query; empty: no search box.</summary>
    public string SearchAction { get; init; } = "";
}

/// <summary>The portal's search page (<c>portal-search.hbs</c>), with links to each jurisdiction's own search page.</summary>
public sealed record PortalSearchModel(PageFrame Frame, IReadOnlyList<LinkView> Jurisdictions);

/// <summary>The portal's conformity summary (<c>portal-conformity.hbs</c>): one row per jurisdiction that follows a catalogue.</summary>
/// With the portal-wide downloads (<see cref="JsonHref"/>, <see cref="CsvHref"/>) and the side-by-side pages (<see cref="CatalogueHref"/>) when made.
public sealed record PortalConformityModel(PageFrame Frame, IReadOnlyList<PortalJurisdictionView> Rows, IReadOnlyList<string> Catalogues)
{
    public string JsonHref { get; init; } = "";

    public string CsvHref { get; init; } = "";

    public string CatalogueHref { get; init; } = "";
}
