using System.Collections.Immutable;
using System.Globalization;
using PowerList.Model;
using PowerList.Versions.Diffing;

namespace PowerList.Conformity;

/// <summary>
/// The side-by-side view of one catalogue item (issue 20: who adds what, whose time limits are longer): for each
/// jurisdiction, in the order given, its public entries in force that name the item (<see cref="ItemImplementation"/>),
/// compared with the item's wording in that jurisdiction's catalogue by the versions' word diff. A limit is longer
/// when its leading number of days is greater than that of the limit most jurisdictions give (ties: the shorter).
/// </summary>
public static class ItemAcrossJurisdictions
{
    public const string Implemented = "implemented";
    public const string WrongLevel = "wrong_level";
    public const string Missing = "missing";
    public const string NotGiven = "not_given";

    /// <summary>Null when no jurisdiction's catalogue has <paramref name="code"/>.</summary>
    public static ItemAcross? Compare(string code, IEnumerable<(string Id, ListSet Lists)> jurisdictions)
    {
        var basisField = EntryFieldText.Fields.Single(f => f.Key == "basis");
        var rows = new List<(ItemImplementation Row, int Statutory, int Promised)>();
        CatalogueItem? first = null;
        foreach (var (id, lists) in jurisdictions)
        {
            var item = lists.Catalogue?.Items.FirstOrDefault(i => i.Code == code);
            if (item is null)
            {
                continue;
            }

            first ??= item;
            var level = JurisdictionLevel.Of(lists.Site);
            var given = level.Length == 0 || item.Levels.IsDefaultOrEmpty || item.Levels.Contains(level);
            var entries = lists.InForceEntries.Where(e => e.Catalogue == code).OrderBy(e => e.Code, StringComparer.Ordinal).ToList();
            if (entries.Count == 0)
            {
                rows.Add((new ItemImplementation(id, lists.Site.Jurisdiction, level, given ? Missing : NotGiven, "", "", "", "", false, [], []), -1, -1));
                continue;
            }

            var laws = lists.Laws.ToDictionary(l => l.Id, StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var statutory = entry.Process?.StatutoryLimit ?? "";
                var promised = entry.Process?.PromisedLimit ?? "";
                var row = new ItemImplementation(
                    id,
                    lists.Site.Jurisdiction,
                    level,
                    given ? Implemented : WrongLevel,
                    entry.Code,
                    entry.Name,
                    statutory,
                    promised,
                    false,
                    WordDiff.Compute(item.Name, entry.Name),
                    WordDiff.Compute(item.Basis, basisField.Text(entry, laws)));
                rows.Add((row, Days(statutory), Days(promised)));
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
}
