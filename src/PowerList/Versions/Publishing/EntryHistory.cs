using System.Collections.Immutable;
using PowerList.Versions.Diffing;

namespace PowerList.Versions.Publishing;

/// <summary>
/// The history of one entry across the published versions: when it first appeared and every change since, each
/// with the version, its type and the document. Built from the timeline's consecutive comparisons, so it shows
/// only what the public comparisons show (an entry not public in a version has no event there).
/// </summary>
public sealed record EntryHistory(string Code, ImmutableArray<EntryHistory.Event> Events)
{
    /// <summary>One step: the version in which it happened (compared with <see cref="CompareFrom"/>), type and document.</summary>
    public sealed record Event
    {
        public string Code { get; init; } = "";

        public string Version { get; init; } = "";

        /// <summary>Release date; empty for current.</summary>
        public string Date { get; init; } = "";

        /// <summary>The version before; empty for the first appearance in the first release.</summary>
        public string CompareFrom { get; init; } = "";

        /// <summary>新增, 取消, 下放, 调整 or 合并; empty for the first appearance in the first release.</summary>
        public string Type { get; init; } = "";

        public bool Inferred { get; init; }

        /// <summary>The adjustment note's document, else the release's.</summary>
        public string Document { get; init; } = "";

        public string AdjustmentDate { get; init; } = "";

        public string Note { get; init; } = "";

        public ImmutableArray<ChangeKind> Kinds { get; init; } = [];

        /// <summary>Labels of the changed fields.</summary>
        public ImmutableArray<string> Fields { get; init; } = [];

        public bool FirstAppearance { get; init; }

        public ImmutableArray<EntryRef> Replaces { get; init; } = [];

        /// <summary>For a code replaced by a new one: the new code.</summary>
        public string ReplacedBy { get; init; } = "";
    }

    /// <summary>The history of a public code when there are no releases: its first appearance, in the current lists.</summary>
    public static EntryHistory Unreleased(string code) => new(code, [FirstNow(code)]);

    /// <summary>The history of every public entry of every version, in ordinal order of the codes.</summary>
    public static IReadOnlyList<EntryHistory> Build(ReleaseTimeline timeline)
    {
        var events = new Dictionary<string, List<Event>>(StringComparer.Ordinal);
        void Add(Event e)
        {
            if (!events.TryGetValue(e.Code, out var list))
            {
                events[e.Code] = list = new List<Event>();
            }

            list.Add(e);
        }

        if (timeline.Releases.FirstOrDefault() is { } first)
        {
            foreach (var entry in first.Lists.PublicEntries)
            {
                Add(new Event { Code = entry.Code, Version = first.Version, Date = first.Date, Document = first.Document, FirstAppearance = true });
            }
        }

        foreach (var step in timeline.Steps())
        {
            var to = step.To;
            foreach (var group in step.All.GroupBy(c => c.Code, StringComparer.Ordinal))
            {
                var c = group.First();
                Add(new Event
                {
                    Code = group.Key,
                    Version = to.Version,
                    Date = to.Date,
                    CompareFrom = step.From.Version,
                    Type = c.Type,
                    Inferred = c.Inferred,
                    Document = c.Document.Length > 0 ? c.Document : to.Document,
                    AdjustmentDate = c.AdjustmentDate,
                    Note = c.Note,
                    Kinds = [.. group.Select(x => x.Kind)],
                    Fields = [.. group.SelectMany(x => x.Fields).Select(f => f.Label)],
                    FirstAppearance = group.Any(x => x.Kind is ChangeKind.Added or ChangeKind.Replaced),
                    Replaces = [.. group.SelectMany(x => x.Replaces)],
                });
            }

            foreach (var replaced in step.Replaced)
            {
                foreach (var old in replaced.Replaces)
                {
                    Add(new Event
                    {
                        Code = old.Code,
                        Version = to.Version,
                        Date = to.Date,
                        CompareFrom = step.From.Version,
                        Type = replaced.Type,
                        Inferred = replaced.Inferred,
                        Document = replaced.Document.Length > 0 ? replaced.Document : to.Document,
                        AdjustmentDate = replaced.AdjustmentDate,
                        Note = replaced.Note,
                        Kinds = [ChangeKind.Removed],
                        ReplacedBy = replaced.Code,
                    });
                }
            }
        }

        // Every current entry has a history page, even one not yet in any release.
        foreach (var entry in timeline.Current.Lists.PublicEntries)
        {
            if (!events.ContainsKey(entry.Code))
            {
                Add(FirstNow(entry.Code));
            }
        }

        // One sort of the codes (a sorted tree of 100,000 codes took as long as everything else here).
        var histories = new EntryHistory[events.Count];
        var at = 0;
        foreach (var (code, list) in events)
        {
            histories[at++] = new EntryHistory(code, [.. list]);
        }

        Array.Sort(histories, static (a, b) => string.CompareOrdinal(a.Code, b.Code));
        return histories;
    }

    private static Event FirstNow(string code) => new() { Code = code, Version = VersionNames.Current, FirstAppearance = true };
}
