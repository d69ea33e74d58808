using System.Collections.Immutable;
using PowerList.Model;
using PowerList.Writing;
using PowerList.Tabular;

namespace PowerList.Import;

/// <summary>
/// Puts imported entries into a (possibly empty) set of lists without renumbering anything. An imported entry
/// matches an existing one of the same department by code, else by name and sub-item names; a match keeps its
/// code, its sub-items' codes, its adjustments, a <c>public: false</c>, and the fields the sheet leaves empty.
/// Unmatched imported entries get the next free codes. Existing entries of an imported department that the
/// sheets no longer contain stay in the lists (their codes are never reused) with their ending recorded
/// (<c>ended: {type: 取消, reason: 重新导入时源表已无此事项}</c>); the document and date are left for staff, which the
/// validator's warning PL0510 asks for. A 取消 adjustment an older import wrote for the same reason becomes that ending.
/// </summary>
public static class ListUpdater
{
    public const string RemovedNote = "重新导入时源表已无此事项";

    /// <summary>Extra key for a sheet code that could not be kept (invalid, or already used).</summary>
    public const string OriginalCode = "原编码";

    public static (ListSet Lists, UpdateReport Report) Apply(ListSet existing, ImportResult imported, ImportOptions options)
    {
        var existingEntries = existing.Entries.ToList();
        var scheme = new CodeScheme(
            existing.Site.DivisionCode.Length > 0 ? existing.Site.DivisionCode : options.DivisionCode,
            existingEntries.SelectMany(e => e.SubItems.Select(s => s.Code).Prepend(e.Code)));
        var departments = imported.Entries.Select(e => e.Department).ToHashSet(StringComparer.Ordinal);
        var pool = existingEntries.Where(e => departments.Contains(e.Department)).ToList();
        var matched = new HashSet<Entry>(ReferenceEqualityComparer.Instance);
        var added = ImmutableArray.CreateBuilder<(string, string)>();
        var changed = ImmutableArray.CreateBuilder<(string, string)>();
        var unchanged = 0;
        var result = new List<Entry>();

        // Sheet codes that are valid and match no existing entry are claimed first, so that assigned numbers skip them.
        var byCode = pool.Where(e => e.Code.Length > 0).GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var entry in imported.Entries)
        {
            Entry? old = null;
            if (entry.Code.Length > 0 && byCode.TryGetValue(entry.Code, out var byCodeMatch) && !matched.Contains(byCodeMatch)
                && byCodeMatch.Department == entry.Department)
            {
                old = byCodeMatch;
            }

            old ??= pool.FirstOrDefault(e => !matched.Contains(e) && e.Department == entry.Department && e.Name == entry.Name
                && e.SubItems.Select(s => s.Name).SequenceEqual(entry.SubItems.Select(s => s.Name)));
            old ??= pool.FirstOrDefault(e => !matched.Contains(e) && e.Department == entry.Department && e.Name == entry.Name && e.Category == entry.Category);
            if (old is not null)
            {
                matched.Add(old);
                var updated = Update(old, entry, scheme);
                if (Same(old, updated))
                {
                    unchanged++;
                    result.Add(old);
                }
                else
                {
                    changed.Add((updated.Code, updated.Name));
                    result.Add(updated);
                }

                continue;
            }

            var fresh = Assign(entry, scheme);
            added.Add((fresh.Code, fresh.Name));
            result.Add(fresh);
        }

        var removed = ImmutableArray.CreateBuilder<(string, string)>();
        foreach (var old in pool.Where(e => !matched.Contains(e)))
        {
            var gone = old.Ended is null ? Ended(old) : old;
            if (!ReferenceEquals(gone, old))
            {
                removed.Add((old.Code, old.Name));
            }

            result.Add(gone);
        }

        var others = existingEntries.Where(e => !departments.Contains(e.Department));
        var lists = Compose(existing, imported, options, others.Concat(result));
        return (lists, new UpdateReport(added.ToImmutable(), changed.ToImmutable(), removed.ToImmutable(), unchanged));
    }

    /// <summary>
    /// <paramref name="old"/> ended as 取消 because the sheets no longer contain it; an older import's 取消 adjustment with
    /// <see cref="RemovedNote"/> is taken out and gives the ending its document and date, if it had them.
    /// </summary>
    private static Entry Ended(Entry old)
    {
        var legacy = old.Adjustments.LastOrDefault(a => a.Type == AdjustmentType.Abolished && a.Note == RemovedNote);
        return old with
        {
            Adjustments = legacy is null ? old.Adjustments : old.Adjustments.Remove(legacy),
            Ended = new Ending
            {
                Type = AdjustmentType.Abolished,
                Reason = RemovedNote,
                Document = legacy?.Document ?? "",
                Date = legacy?.Date ?? "",
            },
        };
    }

    /// <summary>The entry YAML is the comparison: it is what would change on disk.</summary>
    public static bool Same(Entry a, Entry b) =>
        a.Department == b.Department && a.Category == b.Category && EntryYaml(a) == EntryYaml(b);

    private static string EntryYaml(Entry e)
    {
        var w = new YamlWriter();
        ListYaml.WriteEntry(w, e);
        return w.ToString();
    }

    private static Entry Update(Entry old, Entry entry, CodeScheme scheme)
    {
        var extra = entry.Extra;
        if (entry.Code.Length > 0 && entry.Code != old.Code)
        {
            extra = extra.SetItem(OriginalCode, entry.Code);
        }

        var subItems = entry.SubItems.Select(s =>
        {
            var same = old.SubItems.FirstOrDefault(o => o.Name == s.Name);
            return s with { Code = same?.Code ?? SubCode(s.Code, old.Code, scheme) };
        }).ToImmutableArray();
        return entry with
        {
            Code = old.Code,
            SubItems = subItems,
            Extra = extra,
            Adjustments = old.Adjustments,
            Public = entry.Public && old.Public,
            Process = entry.Process ?? old.Process,
            Fees = entry.Fees ?? old.Fees,
            Supervision = entry.Supervision ?? old.Supervision,
            Remedies = entry.Remedies.IsDefaultOrEmpty ? old.Remedies : entry.Remedies,
            Notes = entry.Notes.Length > 0 ? entry.Notes : old.Notes,
            Catalogue = entry.Catalogue.Length > 0 ? entry.Catalogue : old.Catalogue,
            Source = old.Source,
        };
    }

    private static Entry Assign(Entry entry, CodeScheme scheme)
    {
        var extra = entry.Extra;
        string code;
        if (scheme.TryClaim(entry.Code))
        {
            code = entry.Code;
        }
        else
        {
            if (entry.Code.Length > 0)
            {
                extra = extra.SetItem(OriginalCode, entry.Code);
            }

            code = scheme.NextEntryCode(entry.Department, entry.Category);
        }

        var subItems = entry.SubItems.Select(s => s with { Code = SubCode(s.Code, code, scheme) }).ToImmutableArray();
        return entry with { Code = code, SubItems = subItems, Extra = extra };
    }

    private static string SubCode(string sheetCode, string entryCode, CodeScheme scheme) =>
        scheme.TryClaim(sheetCode) ? sheetCode : scheme.NextSubItemCode(entryCode);

    private static ListSet Compose(ListSet existing, ImportResult imported, ImportOptions options, IEnumerable<Entry> entries)
    {
        var site = existing.Site.Jurisdiction.Length > 0 || existing.Site.DivisionCode.Length > 0
            ? existing.Site
            : new SiteInfo
            {
                Jurisdiction = options.Jurisdiction,
                DivisionCode = options.DivisionCode,
                Title = $"{options.Jurisdiction}权责清单",
                DefaultRemedies = ["行政复议", "行政诉讼"],
            };

        var departments = existing.Departments.ToList();
        var order = departments.Count == 0 ? 0 : departments.Max(d => d.Order);
        foreach (var d in imported.Departments)
        {
            if (departments.All(x => x.Id != d.Id))
            {
                departments.Add(d with { Order = ++order });
            }
        }

        var categories = existing.Categories.IsDefaultOrEmpty ? CategoryNames.StandardCategories().ToList() : existing.Categories.ToList();
        var all = entries.ToList();
        foreach (var code in all.Select(e => e.Category).Distinct().Order(StringComparer.Ordinal))
        {
            if (categories.All(c => c.Code != code))
            {
                categories.Add(new Category { Code = code, Name = CategoryNames.NameOf(code), Order = CategoryNames.OrderOf(code) });
            }
        }

        var laws = imported.Laws.Concat(existing.Laws.Where(l => imported.Laws.All(i => i.Id != l.Id)))
            .OrderBy(l => l.Id, StringComparer.Ordinal).ToImmutableArray();
        var files = all.GroupBy(e => (e.Department, e.Category))
            .Select(g => new ListFile
            {
                Path = Path.Combine(existing.Root, g.Key.Department, g.Key.Category + ".yaml"),
                Department = g.Key.Department,
                Category = g.Key.Category,
                Entries = [.. g],
            })
            .OrderBy(f => f.Department, StringComparer.Ordinal).ThenBy(f => CategoryNames.OrderOf(f.Category)).ThenBy(f => f.Category, StringComparer.Ordinal)
            .ToImmutableArray();
        return existing with
        {
            Site = site,
            Categories = [.. categories.OrderBy(c => c.Order).ThenBy(c => c.Code, StringComparer.Ordinal)],
            Departments = [.. departments.OrderBy(d => d.Order).ThenBy(d => d.Id, StringComparer.Ordinal)],
            Laws = laws,
            Files = files,
        };
    }
}
