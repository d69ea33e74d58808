using System.Collections.Immutable;
using PowerList.Model;

namespace PowerList.Conformity;

/// <summary>Compares a jurisdiction's public entries in force with its catalogue (<see cref="ConformityReport"/>).</summary>
public static class ConformityChecker
{
    /// <summary>The report of <paramref name="lists"/>; null when the lists have no catalogue.</summary>
    public static ConformityReport? Check(ListSet lists)
    {
        if (lists.Catalogue is not { } catalogue)
        {
            return null;
        }

        var level = JurisdictionLevel.Of(lists.Site);
        var applicable = level.Length == 0 || catalogue.Items.Any(i => i.Levels.IsDefaultOrEmpty || i.Levels.Contains(level));
        var byItem = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var extra = new List<ConformityItem>();
        var known = catalogue.Items.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in lists.InForceEntries)
        {
            if (entry.Catalogue.Length > 0 && known.Contains(entry.Catalogue))
            {
                if (!byItem.TryGetValue(entry.Catalogue, out var codes))
                {
                    byItem[entry.Catalogue] = codes = [];
                }

                codes.Add(entry.Code);
            }
            else
            {
                extra.Add(new ConformityItem(entry.Code, entry.Name, entry.Category, [.. entry.Levels.Select(l => l.Name)], [entry.Code]));
            }
        }

        var implemented = new List<ConformityItem>();
        var missing = new List<ConformityItem>();
        var wrongLevel = new List<ConformityItem>();
        foreach (var item in catalogue.Items.DistinctBy(i => i.Code))
        {
            var given = level.Length == 0 || item.Levels.IsDefaultOrEmpty || item.Levels.Contains(level);
            var entries = byItem.TryGetValue(item.Code, out var codes)
                ? [.. codes.Order(StringComparer.Ordinal)]
                : ImmutableArray<string>.Empty;
            var line = new ConformityItem(item.Code, item.Name, item.Category, item.Levels, entries);
            if (entries.Length > 0)
            {
                (given ? implemented : wrongLevel).Add(line);
            }
            else if (given)
            {
                missing.Add(line);
            }
        }

        return new ConformityReport(
            lists.Site.Jurisdiction,
            level,
            catalogue.Title,
            Sorted(implemented),
            Sorted(missing),
            applicable ? Sorted(extra) : [],
            Sorted(wrongLevel))
        {
            Applicable = applicable,
        };
    }

    private static ImmutableArray<ConformityItem> Sorted(List<ConformityItem> items) =>
        [.. items.OrderBy(i => i.Code, StringComparer.Ordinal)];
}
