using System.Collections.Immutable;
using PowerList.Model;
using PowerList.Versions.Diffing;

namespace PowerList.Conformity;

/// <summary>
/// What the side-by-side view (<see cref="ItemAcrossJurisdictions"/>) needs of one jurisdiction, and no more: who it is,
/// its level, its catalogue's items, and its public entries in force that name a catalogue item with the texts compared
/// (name, limits, the legal basis as the versions' diff words it). A portal's part keeps it beside the part's site
/// (<see cref="CatalogueUseJson"/>), so the portal's side-by-side pages are made at the merge without the lists.
/// </summary>
public sealed record CatalogueUse(
    string Id,
    string Jurisdiction,
    string Level,
    ImmutableArray<CatalogueItem> Items,
    ImmutableArray<CatalogueUseEntry> Entries)
{
    /// <summary>The use of <paramref name="lists"/>; no items when the lists follow no catalogue.</summary>
    public static CatalogueUse Of(string id, ListSet lists)
    {
        if (lists.Catalogue is not { } catalogue)
        {
            return new CatalogueUse(id, lists.Site.Jurisdiction, JurisdictionLevel.Of(lists.Site), [], []);
        }

        var basis = EntryFieldText.Fields.Single(f => f.Key == "basis");
        var laws = lists.Laws.ToDictionary(l => l.Id, StringComparer.Ordinal);
        var known = catalogue.Items.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var entries = lists.InForceEntries
            .Where(e => e.Catalogue.Length > 0 && known.Contains(e.Catalogue))
            .OrderBy(e => e.Catalogue, StringComparer.Ordinal).ThenBy(e => e.Code, StringComparer.Ordinal)
            .Select(e => new CatalogueUseEntry(e.Catalogue, e.Code, e.Name, e.Process?.StatutoryLimit ?? "", e.Process?.PromisedLimit ?? "", basis.Text(e, laws)));
        return new CatalogueUse(id, lists.Site.Jurisdiction, JurisdictionLevel.Of(lists.Site), [.. catalogue.Items.DistinctBy(i => i.Code)], [.. entries]);
    }
}

/// <summary>A public entry in force that names catalogue item <see cref="Item"/>: the texts the side-by-side view compares.</summary>
public sealed record CatalogueUseEntry(string Item, string Code, string Name, string StatutoryLimit, string PromisedLimit, string Basis);
