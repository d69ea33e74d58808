using System.Runtime.CompilerServices;
using System.Text;
using PowerList.Building;
using PowerList.Conformity;

namespace PowerList.Portal;

/// <summary>
/// The read set of a side-by-side page (<c>catalogue/&lt;code&gt;/</c>, <see cref="PortalItemPages"/>) as one key: the
/// page reads, of each jurisdiction in portal order, its id, name and level, the catalogue item with that code and
/// the entries that name it (<see cref="ItemAcrossJurisdictions"/>), plus what the page frame shows (the portal's
/// title and which sections it has). Equal keys: equal pages, so <c>serve</c> renders again only the pages of the
/// items whose slice changed in the edited jurisdiction. A jurisdiction's slices are hashed once per
/// <see cref="CatalogueUse"/> read.
/// </summary>
public sealed class ItemPageKeys
{
    private readonly ConditionalWeakTable<CatalogueUse, Dictionary<string, UInt128>> _slices = new();

    /// <summary>Item code → key of its page's inputs, for every item of <paramref name="uses"/> (in portal order).</summary>
    public Dictionary<string, UInt128> Of(IReadOnlyList<CatalogueUse> uses, string frame)
    {
        var slices = uses.Select(u => _slices.GetValue(u, Slices)).ToList();
        var keys = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var code in ItemAcrossJurisdictions.Codes(uses))
        {
            text.Clear().Append(frame).Append('\0').Append(code);
            for (var j = 0; j < uses.Count; j++)
            {
                text.Append('\0').Append(uses[j].Id).Append('\u0001').Append(uses[j].Jurisdiction).Append('\u0001').Append(uses[j].Level).Append('\u0001');
                if (slices[j].TryGetValue(code, out var slice))
                {
                    text.Append(ContentKey.ToHex(slice));
                }
            }

            keys[code] = ContentKey.Of("portal-item", Encoding.UTF8.GetBytes(text.ToString()));
        }

        return keys;
    }

    /// <summary>Code → key of the jurisdiction's item with that code (the first) and the entries naming it.</summary>
    private static Dictionary<string, UInt128> Slices(CatalogueUse use)
    {
        var entries = use.Entries.GroupBy(e => e.Item, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var slices = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var item in use.Items)
        {
            if (slices.ContainsKey(item.Code))
            {
                continue;
            }

            text.Clear().AppendJoin('\u0001', item.Code, item.Name, item.Category, string.Join('\u0002', item.Levels), item.Basis);
            foreach (var e in entries.GetValueOrDefault(item.Code) ?? [])
            {
                text.Append('\0').AppendJoin('\u0001', e.Code, e.Name, e.StatutoryLimit, e.PromisedLimit, e.Basis);
            }

            slices[item.Code] = ContentKey.Of("portal-item-slice", Encoding.UTF8.GetBytes(text.ToString()));
        }

        return slices;
    }
}
