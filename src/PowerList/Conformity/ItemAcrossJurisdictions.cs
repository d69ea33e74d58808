using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using PowerList.Model;
using PowerList.Versions.Diffing;

namespace PowerList.Conformity;

/// <summary>
/// The side-by-side view of one catalogue item (issue 20: who adds what, whose time limits are longer): for each
/// jurisdiction, in the order given, its public entries in force that name the item (<see cref="ItemImplementation"/>,
/// read from its <see cref="CatalogueUse"/>),
/// compared with the item's wording in that jurisdiction's catalogue by the versions' word diff (the basis only when the
/// catalogue words one). A limit is longer
/// when its leading number of days is greater than that of the limit most jurisdictions give (ties: the shorter).
/// </summary>
public static class ItemAcrossJurisdictions
{
    public const string Implemented = "implemented";
    public const string WrongLevel = "wrong_level";
    public const string Missing = "missing";
    public const string NotGiven = "not_given";

    /// <summary>Null when no jurisdiction's catalogue has <paramref name="code"/>.</summary>
    public static ItemAcross? Compare(string code, IEnumerable<(string Id, ListSet Lists)> jurisdictions) =>
        Compare(code, jurisdictions.Select(j => new Indexed(CatalogueUse.Of(j.Id, j.Lists))));

    /// <summary>Null when no jurisdiction's catalogue has <paramref name="code"/>.</summary>
    public static ItemAcross? Compare(string code, IEnumerable<CatalogueUse> jurisdictions) =>
        Compare(code, jurisdictions.Select(u => new Indexed(u)));

    /// <summary>
    /// Every item of the jurisdictions' catalogues side by side, by code (ordinal): the portal's side-by-side pages.
    /// Each jurisdiction is indexed once, so this costs one pass over its entries, not one per item.
    /// </summary>
    /// <param name="wanted">Which items to compare (the others are skipped, not returned); null: all.</param>
    /// <param name="codes">The jurisdictions' <see cref="Codes"/> when the caller has them already; null: found here.</param>
    public static IEnumerable<ItemAcross> CompareAll(IReadOnlyList<CatalogueUse> jurisdictions, Func<string, bool>? wanted = null, IEnumerable<string>? codes = null)
    {
        var indexed = jurisdictions.Select(u => IndexedUses.GetValue(u, use => new Indexed(use))).ToList();
        foreach (var code in (codes ?? Codes(jurisdictions)).Where(c => wanted is null || wanted(c)))
        {
            if (Compare(code, indexed) is { } across)
            {
                yield return across;
            }
        }
    }

    /// <summary>The codes of every item of the jurisdictions' catalogues, once each, in ordinal order.</summary>
    public static IEnumerable<string> Codes(IReadOnlyList<CatalogueUse> jurisdictions) =>
        jurisdictions.SelectMany(u => u.Items.Select(i => i.Code)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private static ItemAcross? Compare(string code, IEnumerable<Indexed> jurisdictions)
    {
        var rows = new List<(ItemImplementation Row, int Statutory, int Promised)>();
        CatalogueItem? first = null;
        foreach (var j in jurisdictions)
        {
            var use = j.Use;
            if (!j.Items.TryGetValue(code, out var item))
            {
                continue;
            }

            first ??= item;
            var level = use.Level;
            var given = level.Length == 0 || item.Levels.IsDefaultOrEmpty || item.Levels.Contains(level);
            if (!j.Entries.TryGetValue(code, out var entries))
            {
                rows.Add((new ItemImplementation(use.Id, use.Jurisdiction, level, given ? Missing : NotGiven, "", "", "", "", false, [], []), -1, -1));
                continue;
            }

            foreach (var entry in entries)
            {
                var row = new ItemImplementation(
                    use.Id,
                    use.Jurisdiction,
                    level,
                    given ? Implemented : WrongLevel,
                    entry.Code,
                    entry.Name,
                    entry.StatutoryLimit,
                    entry.PromisedLimit,
                    false,
                    WordDiff.Compute(item.Name, entry.Name),
                    item.Basis.Length == 0 ? [] : WordDiff.Compute(item.Basis, entry.Basis)); // no wording to compare with
                rows.Add((row, Days(entry.StatutoryLimit), Days(entry.PromisedLimit)));
            }
        }

        if (first is null)
        {
            return null;
        }

        var commonStatutory = Common(rows.Select(r => (r.Row.StatutoryLimit, r.Statutory)));
        var commonPromised = Common(rows.Select(r => (r.Row.PromisedLimit, r.Promised)));
        var marked = rows.Select(r => r.Row with
        {
            LongerLimit = (commonStatutory.Days >= 0 && r.Statutory > commonStatutory.Days) || (commonPromised.Days >= 0 && r.Promised > commonPromised.Days),
        });
        return new ItemAcross(first, commonStatutory.Text, commonPromised.Text, [.. marked]);
    }

    /// <summary>The leading number of a limit (<c>20个工作日</c> → 20); -1 when it starts with none.</summary>
    public static int Days(string limit)
    {
        var digits = limit.TakeWhile(char.IsAsciiDigit).Count();
        return digits > 0 && int.TryParse(limit.AsSpan(0, Math.Min(digits, 9)), NumberStyles.None, CultureInfo.InvariantCulture, out var days) ? days : -1;
    }

    /// <summary>The limit given most often among those with a number; ties go to the shorter.</summary>
    private static (string Text, int Days) Common(IEnumerable<(string Text, int Days)> limits) =>
        limits.Where(l => l.Days >= 0)
            .GroupBy(l => l.Days)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => (g.Select(l => l.Text).Order(StringComparer.Ordinal).First(), g.Key))
            .FirstOrDefault(("", -1));

    /// <summary>A jurisdiction's use with its items and entries looked up by catalogue code.</summary>
    /// <summary>
    /// Each use's lookups, made once per <see cref="CatalogueUse"/> (immutable): serve compares again only the items an
    /// edit reached, and at 115 jurisdictions making every use's lookups again was tens of megabytes a rebuild.
    /// </summary>
    private static readonly ConditionalWeakTable<CatalogueUse, Indexed> IndexedUses = new();

    private sealed class Indexed(CatalogueUse use)
    {
        public CatalogueUse Use { get; } = use;

        public Dictionary<string, CatalogueItem> Items { get; } = use.Items.DistinctBy(i => i.Code).ToDictionary(i => i.Code, StringComparer.Ordinal);

        public Dictionary<string, List<CatalogueUseEntry>> Entries { get; } = use.Entries.GroupBy(e => e.Item, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }
}
