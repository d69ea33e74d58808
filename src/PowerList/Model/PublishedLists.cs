using System.Collections.Immutable;

namespace PowerList.Model;

/// <summary>
/// Non-public means absent everywhere, references included: the lists as every output sees them, where no public
/// entry's <c>adjustments.replaces</c> or <c>ended.successors</c> names the code of an entry (or sub-item) that is not public. Validation warns
/// about such a reference (PL0320) at its place; the site, the releases' pages and downloads, the exports and the
/// comparisons never show it. The same set comes back (no copy) when there is nothing to drop.
/// </summary>
public static class PublishedLists
{
    public static ListSet Of(ListSet lists)
    {
        var hidden = HiddenCodes(lists);
        if (hidden.Count == 0)
        {
            return lists;
        }

        var files = lists.Files.ToBuilder();
        var changed = false;
        for (var f = 0; f < files.Count; f++)
        {
            var entries = files[f].Entries;
            ImmutableArray<Entry>.Builder? copy = null;
            for (var i = 0; i < entries.Length; i++)
            {
                var entry = entries[i];
                if (entry.Public && Names(entry, hidden))
                {
                    copy ??= entries.ToBuilder();
                    copy[i] = entry with
                    {
                        Adjustments = [.. entry.Adjustments.Select(a => a with { Replaces = [.. a.Replaces.Where(c => !hidden.Contains(c))] })],
                        Ended = entry.Ended is { } end ? end with { Successors = [.. end.Successors.Where(c => !hidden.Contains(c))] } : null,
                    };
                }
            }

            if (copy is not null)
            {
                files[f] = files[f] with { Entries = copy.MoveToImmutable() };
                changed = true;
            }
        }

        return changed ? lists with { Files = files.MoveToImmutable() } : lists;
    }

    /// <summary>Codes of entries that are not public, and of their sub-items.</summary>
    public static HashSet<string> HiddenCodes(ListSet lists)
    {
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in lists.Files)
        {
            foreach (var entry in file.Entries)
            {
                if (!entry.Public)
                {
                    hidden.Add(entry.Code);
                    foreach (var sub in entry.SubItems)
                    {
                        hidden.Add(sub.Code);
                    }
                }
            }
        }

        if (hidden.Count == 0)
        {
            return hidden;
        }

        // A code also used by a public entry or sub-item (a validation error) stays: it is published anyway.
        foreach (var entry in lists.PublicEntries)
        {
            hidden.Remove(entry.Code);
            foreach (var sub in entry.SubItems)
            {
                hidden.Remove(sub.Code);
            }
        }

        return hidden;
    }

    private static bool Names(Entry entry, HashSet<string> hidden)
    {
        if (entry.Ended is { } end && end.Successors.Any(hidden.Contains))
        {
            return true;
        }

        foreach (var adjustment in entry.Adjustments)
        {
            foreach (var code in adjustment.Replaces)
            {
                if (hidden.Contains(code))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
