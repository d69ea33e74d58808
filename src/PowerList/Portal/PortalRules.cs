using PowerList.Diagnostics;
using PowerList.Model;

namespace PowerList.Portal;

/// <summary>
/// How a portal's jurisdictions fit together: every <c>parent</c> names a jurisdiction of the portal (PL0802), parents
/// form no cycle (PL0803) and each jurisdiction's level is below its parent's (PL0804: no county under a county).
/// Reported only for the jurisdictions in <c>checkedIds</c> (all of them, or the one a part build loads).
/// </summary>
public static class PortalRules
{
    public static void Check(IReadOnlyDictionary<string, SiteInfo> sites, IReadOnlySet<string> checkedIds, DiagnosticBag bag)
    {
        foreach (var id in checkedIds.Order(StringComparer.Ordinal))
        {
            var site = sites[id];
            if (site.Parent.Length == 0)
            {
                continue;
            }

            if (!sites.TryGetValue(site.Parent, out var parent))
            {
                bag.Add(DiagnosticCodes.UnknownParent.At(site.Source.Of("parent"), site.Parent, Suggestions.Hint(site.Parent, sites.Keys)));
                continue;
            }

            if (Cycle(id, sites) is { } cycle)
            {
                bag.Add(DiagnosticCodes.ParentCycle.At(site.Source.Of("parent"), string.Join(" → ", cycle)));
                continue;
            }

            var level = Conformity.JurisdictionLevel.Of(site);
            var above = Conformity.JurisdictionLevel.Of(parent);
            var (rank, parentRank) = (PortalJurisdiction.Rank(level), PortalJurisdiction.Rank(above));
            if (rank < 4 && parentRank < 4 && rank <= parentRank)
            {
                var at = site.Source.Has("level") ? site.Source.Of("level") : site.Source.Of("division_code");
                bag.Add(DiagnosticCodes.LevelNotBelowParent.At(at, level, site.Parent, above));
            }
        }
    }

    /// <summary>The chain from <paramref name="id"/> back to itself when following parents leads there, else null.</summary>
    private static List<string>? Cycle(string id, IReadOnlyDictionary<string, SiteInfo> sites)
    {
        var chain = new List<string> { id };
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        var at = id;
        while (sites.TryGetValue(at, out var site) && site.Parent.Length > 0)
        {
            at = site.Parent;
            chain.Add(at);
            if (at == id)
            {
                return chain;
            }

            if (!seen.Add(at))
            {
                return null; // a cycle above, reported on its own members
            }
        }

        return null;
    }
}
