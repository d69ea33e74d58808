using PowerList.Model;

namespace PowerList.Versions.Diffing;

/// <summary>
/// Types a change: the newest adjustment note of the entry dated within the compared period (after the older
/// version's date, up to and including the newer one's; <c>current</c> has no upper bound) gives the type and the
/// document; without one the type is inferred: added → 新增, removed → 取消, replacing two or more → 合并,
/// only 实施层级 (with 行使主体/承办机构) changed and moved to lower levels only → 下放, anything else → 调整.
/// </summary>
public static class ChangeTypes
{
    private static readonly HashSet<string> DelegationFields = new(StringComparer.Ordinal) { "levels", "subject", "handler" };

    /// <summary>The adjustment that explains a change in (<paramref name="after"/>, <paramref name="upTo"/>], if any.</summary>
    public static Adjustment? NoteWithin(Entry entry, string after, string upTo, bool unbounded)
    {
        Adjustment? best = null;
        foreach (var a in entry.Adjustments)
        {
            if (!AdjustmentType.All.Contains(a.Type) || !VersionNames.IsValidDate(a.Date))
            {
                continue;
            }

            var inWindow = string.CompareOrdinal(a.Date, after) > 0 && (unbounded || string.CompareOrdinal(a.Date, upTo) <= 0);
            if (inWindow && (best is null || string.CompareOrdinal(a.Date, best.Date) >= 0))
            {
                best = a;
            }
        }

        return best;
    }

    /// <summary>A recorded ending as the note that explains a removal: its type, document, date, and its reason as the note.</summary>
    public static Adjustment NoteOf(Ending ending) => new()
    {
        Type = ending.Type, Document = ending.Document, Date = ending.Date, Note = ending.Reason, Source = ending.Source,
    };

    /// <summary>Fills type, document, date and note from <paramref name="note"/>, or the inferred type.</summary>
    public static EntryChange Apply(EntryChange change, Adjustment? note, string inferred) => note is null
        ? change with { Type = inferred, Inferred = true }
        : change with { Type = note.Type, Inferred = false, Document = note.Document, AdjustmentDate = note.Date, Note = note.Note };

    /// <summary>下放 when only delegation fields changed and the levels moved down and nowhere up.</summary>
    public static string InferForChange(Entry before, Entry after, IReadOnlyCollection<FieldChange> fields, bool moved)
    {
        if (moved || fields.Count == 0 || !fields.Any(f => f.Field == "levels") || fields.Any(f => !DelegationFields.Contains(f.Field)))
        {
            return AdjustmentType.Adjusted;
        }

        var old = before.Levels.Select(l => LevelRanks.Of(l.Name)).ToList();
        var now = after.Levels.Select(l => LevelRanks.Of(l.Name)).ToList();
        if (old.Count == 0 || now.Count == 0 || old.Any(r => r is null) || now.Any(r => r is null))
        {
            return AdjustmentType.Adjusted;
        }

        int oldTop = old.Min()!.Value, oldBottom = old.Max()!.Value, newTop = now.Min()!.Value, newBottom = now.Max()!.Value;
        var down = newTop >= oldTop && newBottom >= oldBottom && (newTop > oldTop || newBottom > oldBottom);
        return down ? AdjustmentType.Delegated : AdjustmentType.Adjusted;
    }
}
