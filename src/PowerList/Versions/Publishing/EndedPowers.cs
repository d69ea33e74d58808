using PowerList.Model;

namespace PowerList.Versions.Publishing;

/// <summary>
/// Every public code that is not in force now (docs/format.md "The life of a power"): ended entries of the current
/// lists, and codes some release published that the current lists no longer have (a code that is in the lists but not
/// public is left out: it is secret now). Sorted by code.
/// </summary>
public static class EndedPowers
{
    public static IReadOnlyList<EndedPower> Of(ReleaseTimeline timeline, IReadOnlyList<EntryHistory> histories)
    {
        var current = timeline.Current.Lists;
        var result = new List<EndedPower>();
        foreach (var entry in current.EndedEntries)
        {
            result.Add(FromEnding(entry, entry.Ended!, inCurrent: true, NewestRelease(timeline, entry.Code)));
        }

        HashSet<string>? all = null;
        foreach (var history in histories)
        {
            if (current.PublicByCode.ContainsKey(history.Code))
            {
                continue;
            }

            all ??= current.Entries.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
            var release = NewestRelease(timeline, history.Code);
            if (all.Contains(history.Code) || release.Length == 0)
            {
                continue;
            }

            var last = timeline.Releases.First(r => r.Version == release).Lists.PublicByCode[history.Code];
            if (last.Ended is { } recorded)
            {
                result.Add(FromEnding(last, recorded, inCurrent: false, release));
                continue;
            }

            // Deleted without a record: the comparison that removed it says how (取消, or 合并 into the code that replaces it).
            var removal = history.Events.LastOrDefault(e => e.Kinds.Contains(Diffing.ChangeKind.Removed));
            var type = removal?.Type ?? AdjustmentType.Abolished;
            var status = removal is { ReplacedBy.Length: > 0 } ? EntryStatus.Merged : EntryStatus.OfType(type);
            result.Add(new EndedPower
            {
                Code = last.Code,
                Name = last.Name,
                Department = last.Department,
                Category = last.Category,
                Status = status,
                Type = type,
                Date = removal is { Inferred: false } ? removal.AdjustmentDate : "",
                Document = removal?.Inferred == false ? removal.Document : "",
                Reason = removal?.Note ?? "",
                Successors = removal is { ReplacedBy.Length: > 0 } ? [removal.ReplacedBy] : [],
                Recorded = false,
                LastRelease = release,
            });
        }

        result.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return result;
    }

    private static EndedPower FromEnding(Entry entry, Ending end, bool inCurrent, string lastRelease) => new()
    {
        Code = entry.Code,
        Name = entry.Name,
        Department = entry.Department,
        Category = entry.Category,
        Status = EntryStatus.OfType(end.Type),
        Type = end.Type,
        Date = end.Date,
        Document = end.Document,
        Reason = end.Reason,
        To = end.To,
        Successors = end.Successors,
        Recorded = true,
        InCurrentLists = inCurrent,
        LastRelease = lastRelease,
    };

    /// <summary>The newest release in which <paramref name="code"/> is public, or "".</summary>
    private static string NewestRelease(ReleaseTimeline timeline, string code)
    {
        for (var i = timeline.Releases.Length - 1; i >= 0; i--)
        {
            if (timeline.Releases[i].Lists.PublicByCode.ContainsKey(code))
            {
                return timeline.Releases[i].Version;
            }
        }

        return "";
    }
}
