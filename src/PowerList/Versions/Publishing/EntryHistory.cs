using System.Collections.Immutable;
using PowerList.Versions.Diffing;

namespace PowerList.Versions.Publishing;

/// <summary>
/// The history of one entry across the published versions: when it first appeared and every change since, each
/// with the version, its type and the document. Built from the timeline's consecutive comparisons, so it shows
/// only what the public diffs show.
/// </summary>
public sealed record EntryHistory(string Code, ImmutableArray<EntryHistory.Event> Events)
{
    /// <summary>One step: the version in which it happened, the change kinds (新列入, 内容变化…), type and document.</summary>
    public sealed record Event(
        string Version,
        string Date,
        string Type,
        bool Inferred,
        string Document,
        string AdjustmentDate,
        string Note,
        ImmutableArray<ChangeKind> Kinds,
        ImmutableArray<string> Fields,
        bool FirstAppearance,
        ImmutableArray<EntryRef> Replaces,
        string ReplacedBy);

    /// <summary>The history of every public entry of every version, by code.</summary>
    public static IReadOnlyDictionary<string, EntryHistory> Build(ReleaseTimeline timeline)
    {
        var events = new Dictionary<string, List<Event>>(StringComparer.Ordinal);
        void Add(string code, Event e)
        {
            if (!events.TryGetValue(code, out var list))
            {
                events[code] = list = new List<Event>();
            }

            list.Add(e);
        }

        if (timeline.Releases.FirstOrDefault() is { } first)
        {
            foreach (var entry in first.Lists.PublicEntries)
            {
                Add(entry.Code, new Event(first.Version, first.Date, "", false, first.Document, "", "", [], [], true, [], ""));
            }
        }

        foreach (var step in timeline.Steps())
        {
            var to = step.To;
            foreach (var group in step.All.GroupBy(c => c.Code, StringComparer.Ordinal))
            {
                var c = group.First();
                var firstSeen = group.Any(x => x.Kind is ChangeKind.Added or ChangeKind.Replaced);
                Add(group.Key, new Event(
                    to.Version, to.Date, c.Type, c.Inferred, c.Document.Length > 0 ? c.Document : to.Document, c.AdjustmentDate, c.Note,
                    [.. group.Select(x => x.Kind)],
                    [.. group.SelectMany(x => x.Fields).Select(f => f.Label)],
                    firstSeen,
                    [.. group.SelectMany(x => x.Replaces)],
                    ""));
            }

            foreach (var replaced in step.Replaced)
            {
                foreach (var old in replaced.Replaces)
                {
                    Add(old.Code, new Event(
                        to.Version, to.Date, replaced.Type, replaced.Inferred,
                        replaced.Document.Length > 0 ? replaced.Document : to.Document, replaced.AdjustmentDate, replaced.Note,
                        [ChangeKind.Removed], [], false, [], replaced.Code));
                }
            }
        }

        return events.ToImmutableSortedDictionary(
            kv => kv.Key, kv => new EntryHistory(kv.Key, [.. kv.Value]), StringComparer.Ordinal);
    }
}
