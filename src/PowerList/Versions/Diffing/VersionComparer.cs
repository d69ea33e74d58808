using System.Collections.Immutable;
using PowerList.Model;

namespace PowerList.Versions.Diffing;

/// <summary>
/// Compares two versions of the lists entry by entry, matched by code. An entry that is not public in either
/// version is left out entirely, and so are codes it replaces that were not public. See <see cref="ChangeTypes"/>
/// for how each change is typed.
/// </summary>
public static class VersionComparer
{
    public static ListDiff Compare(VersionSide from, VersionSide to)
    {
        // An ended entry (ended:) is not in force: compared as absent, and its recorded ending types its removal.
        var endedAfter = new Dictionary<string, Ending>(StringComparer.Ordinal);
        var before = ByCode(from.Lists, null);
        var after = ByCode(to.Lists, endedAfter);
        var lawsBefore = Laws(from.Lists);
        var lawsAfter = Laws(to.Lists);
        var hidden = new HashSet<string>(
            from.Lists.Entries.Concat(to.Lists.Entries).Where(e => !e.Public).Select(e => e.Code), StringComparer.Ordinal);

        // The period whose adjustment notes explain the changes: (from.Date, to.Date]; from current, none.
        var windowStart = from.IsCurrent ? "\uffff" : from.Date;
        string Window(Entry e, out Adjustment? note) => (note = ChangeTypes.NoteWithin(e, windowStart, to.Date, to.IsCurrent)) is null ? "" : note.Type;

        var onlyBefore = before.Keys.Where(c => !after.ContainsKey(c) && !hidden.Contains(c)).ToHashSet(StringComparer.Ordinal);
        var onlyAfter = after.Keys.Where(c => !before.ContainsKey(c) && !hidden.Contains(c)).Order(StringComparer.Ordinal).ToList();

        var added = new List<EntryChange>();
        var replaced = new List<EntryChange>();
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in onlyAfter)
        {
            var entry = after[code];
            var olds = entry.Adjustments.SelectMany(a => a.Replaces).Where(c => onlyBefore.Contains(c) && !endedAfter.ContainsKey(c))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            Window(entry, out var note);
            var change = Describe(ChangeKind.Added, entry);
            if (olds.Count == 0)
            {
                added.Add(ChangeTypes.Apply(change, note, AdjustmentType.Added));
                continue;
            }

            claimed.UnionWith(olds);
            change = change with
            {
                Kind = ChangeKind.Replaced,
                Replaces = [.. olds.Select(c => new EntryRef(c, before[c].Name, before[c].Department, before[c].Category))],
            };
            replaced.Add(ChangeTypes.Apply(change, note, olds.Count >= 2 ? AdjustmentType.Merged : AdjustmentType.Adjusted));
        }

        // Removed codes that a surviving entry says it absorbed are merges, not abolitions.
        var absorbedBy = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (code, entry) in after)
        {
            if (before.ContainsKey(code) && !hidden.Contains(code))
            {
                absorbedBy.UnionWith(entry.Adjustments.SelectMany(a => a.Replaces));
            }
        }

        var removed = new List<EntryChange>();
        foreach (var code in onlyBefore.Where(c => !claimed.Contains(c)).Order(StringComparer.Ordinal))
        {
            var entry = before[code];
            if (endedAfter.TryGetValue(code, out var ending))
            {
                removed.Add(ChangeTypes.Apply(Describe(ChangeKind.Removed, entry), ChangeTypes.NoteOf(ending), AdjustmentType.Abolished));
                continue;
            }

            Window(entry, out var note);
            var inferred = absorbedBy.Contains(code) ? AdjustmentType.Merged : AdjustmentType.Abolished;
            removed.Add(ChangeTypes.Apply(Describe(ChangeKind.Removed, entry), note, inferred));
        }

        var changed = new List<EntryChange>();
        var moved = new List<EntryChange>();
        foreach (var code in after.Keys.Where(c => before.ContainsKey(c) && !hidden.Contains(c)).Order(StringComparer.Ordinal))
        {
            var old = before[code];
            var now = after[code];
            var fields = CompareFields(old, now, lawsBefore, lawsAfter);
            var isMoved = old.Department != now.Department || old.Category != now.Category;
            if (fields.IsEmpty && !isMoved)
            {
                continue;
            }

            Window(now, out var note);
            var inferred = ChangeTypes.InferForChange(old, now, fields, isMoved);
            var change = ChangeTypes.Apply(Describe(ChangeKind.Changed, now), note, inferred);
            if (!fields.IsEmpty)
            {
                changed.Add(change with { Fields = fields });
            }

            if (isMoved)
            {
                moved.Add(change with { Kind = ChangeKind.Moved, FromDepartment = old.Department, FromCategory = old.Category });
            }
        }

        return new ListDiff(from, to, [.. added], [.. removed], [.. changed], [.. moved], [.. replaced]);
    }

    /// <summary>The fields of two versions of an entry whose reader-visible text differs, in field order.</summary>
    public static ImmutableArray<FieldChange> CompareFields(
        Entry before, Entry after, IReadOnlyDictionary<string, Law> lawsBefore, IReadOnlyDictionary<string, Law> lawsAfter)
    {
        var result = ImmutableArray.CreateBuilder<FieldChange>();
        foreach (var field in EntryFieldText.Fields)
        {
            var a = field.Text(before, lawsBefore);
            var b = field.Text(after, lawsAfter);
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                result.Add(new FieldChange(field.Key, field.Label, a, b, WordDiff.Compute(a, b)));
            }
        }

        return result.ToImmutable();
    }

    private static EntryChange Describe(ChangeKind kind, Entry e) => new()
    {
        Kind = kind,
        Code = e.Code,
        Name = e.Name,
        Department = e.Department,
        Category = e.Category,
    };

    /// <summary>The entries in force by code (first wins); ended ones go to <paramref name="ended"/> when given.</summary>
    private static Dictionary<string, Entry> ByCode(ListSet lists, Dictionary<string, Ending>? ended)
    {
        var map = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var e in lists.Entries)
        {
            if (e.Ended is { } end)
            {
                if (e.Public)
                {
                    ended?.TryAdd(e.Code, end);
                }

                continue;
            }

            map.TryAdd(e.Code, e);
        }

        return map;
    }

    private static Dictionary<string, Law> Laws(ListSet lists)
    {
        var map = new Dictionary<string, Law>(StringComparer.Ordinal);
        foreach (var l in lists.Laws)
        {
            map.TryAdd(l.Id, l);
        }

        return map;
    }
}
