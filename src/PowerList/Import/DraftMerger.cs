using System.Text.RegularExpressions;

namespace PowerList.Import;

/// <summary>
/// Puts the cells of a row into an entry draft: <see cref="Start"/> for the row that opens an entry,
/// <see cref="Merge"/> for the rows merged into it (sub-items, levels, responsibilities, differing text).
/// The rules are in docs/import.md ("Rows that belong to one entry").
/// </summary>
internal static partial class DraftMerger
{
    /// <summary>The single texts: the entry's plain fields (<see cref="ColumnKind.Field"/>, in table order), then the kinds with a rule of their own.</summary>
    private static readonly ColumnSlot[] ScalarKinds =
    [
        .. ColumnPolicy.PlainFields.Select(f => new ColumnSlot(ColumnKind.Field, f.Key)),
        ColumnKind.Fees, ColumnKind.SupervisionMethod, ColumnKind.SupervisionPhone, ColumnKind.Remedies,
        ColumnKind.StatutoryLimit, ColumnKind.PromisedLimit, ColumnKind.Code, ColumnKind.CatalogueCode, ColumnKind.GuideUrl, ColumnKind.OnlineUrl,
    ];

    public static void Start(EntryDraft entry, RowValues values, SheetLayout layout)
    {
        if (values[ColumnKind.Basis] is { Length: > 0 } basis)
        {
            entry.BasisTexts.Add(basis);
        }

        entry.Subject = values[ColumnKind.Subject];
        AddPublicMark(entry, values);
        foreach (var kind in ScalarKinds)
        {
            if (values[kind] is { Length: > 0 } v)
            {
                entry.Fields[kind] = v;
            }
        }

        foreach (var (title, value) in values.Extra)
        {
            entry.Extra[title] = value;
        }

        if (values[ColumnKind.SubItem] is { Length: > 0 } sub)
        {
            var item = new SubItemDraft { Name = sub, Code = values[ColumnKind.SubItemCode] };
            if (values[ColumnKind.SubItemNotes] is { Length: > 0 } subNotes)
            {
                item.Notes.Add(subNotes);
            }

            entry.SubItems.Add(item);
        }

        var (levelName, scope) = LevelOf(values);
        if (levelName.Length > 0)
        {
            entry.Levels.Add(new LevelDraft { Name = levelName, Scope = scope });
        }
        else if (scope.Length > 0)
        {
            // A scope without a level name: kept under its column's title, never attached to a guessed level.
            entry.Extra[ScopeTitle(layout)] = scope;
        }

        AddResponsibility(entry, values);
    }

    public static void Merge(EntryDraft entry, RowValues values, SheetLayout layout)
    {
        SubItemDraft? subItem = null;
        if (values[ColumnKind.SubItem] is { Length: > 0 } sub)
        {
            subItem = entry.SubItems.FirstOrDefault(s => s.Name == sub);
            if (subItem is null)
            {
                subItem = new SubItemDraft { Name = sub, Code = values[ColumnKind.SubItemCode] };
                entry.SubItems.Add(subItem);
                if (values[ColumnKind.SubItemNotes] is { Length: > 0 } subNotes)
                {
                    subItem.Notes.Add(subNotes);
                }
            }
            else
            {
                subItem = null; // the same sub-item repeated: treat the row as a plain continuation
            }
        }

        // Levels: a new level name, or the same level with a different subject, adds a level.
        var (levelName, scope) = LevelOf(values);
        var subject = values[ColumnKind.Subject];
        var otherSubject = subject.Length > 0 && subject != entry.Subject ? subject : "";
        LevelDraft? newLevel = null;
        if (levelName.Length > 0)
        {
            var match = entry.Levels.FirstOrDefault(l => l.Name == levelName && l.Subject == otherSubject);
            if (match is null)
            {
                newLevel = new LevelDraft { Name = levelName, Scope = scope, Subject = otherSubject };
                entry.Levels.Add(newLevel);
            }
            else if (scope.Length > 0 && !Contains(match.Scope, scope))
            {
                if (subItem is not null)
                {
                    subItem.Notes.Add($"{TitleOf(layout, ColumnKind.Scope)}：{scope}");
                }
                else
                {
                    match.Scope = Append(match.Scope, scope);
                }
            }
        }
        else
        {
            if (scope.Length > 0)
            {
                AddText(entry, subItem, ScopeTitle(layout), scope);
            }

            if (otherSubject.Length > 0)
            {
                AddText(entry, subItem, TitleOf(layout, ColumnKind.Subject) + "（其他）", otherSubject);
            }
        }

        if (values[ColumnKind.Basis] is { Length: > 0 } basis && !entry.BasisTexts.Contains(basis))
        {
            if (subItem is not null)
            {
                subItem.BasisTexts.Add(basis);
            }
            else
            {
                entry.BasisTexts.Add(basis);
            }
        }

        AddResponsibility(entry, values);
        AddPublicMark(entry, values);

        foreach (var kind in ScalarKinds)
        {
            var value = values[kind];
            if (value.Length == 0 || entry.Fields.GetValueOrDefault(kind, "") == value)
            {
                continue;
            }

            var title = TitleOf(layout, kind);
            if (!entry.Fields.ContainsKey(kind))
            {
                entry.Fields[kind] = value;
            }
            else if (subItem is not null)
            {
                subItem.Notes.Add($"{title}：{value}");
            }
            else if (newLevel is { Name.Length: > 0 })
            {
                entry.Extra[$"{title}（{newLevel.Name}）"] = value;
            }
            else if (!Contains(entry.Fields[kind], value))
            {
                entry.Fields[kind] = Append(entry.Fields[kind], value);
            }
        }

        foreach (var (title, value) in values.Extra)
        {
            if (!entry.Extra.TryGetValue(title, out var existing))
            {
                entry.Extra[title] = value;
            }
            else if (existing != value)
            {
                if (subItem is not null)
                {
                    subItem.Notes.Add($"{title}：{value}");
                }
                else if (newLevel is { Name.Length: > 0 })
                {
                    entry.Extra[$"{title}（{newLevel.Name}）"] = value;
                }
                else if (!Contains(existing, value))
                {
                    entry.Extra[title] = Append(existing, value);
                }
            }
        }
    }

    /// <summary>Every row's 是否公开 mark stays with the entry (one 否 on any of its rows makes it not public).</summary>
    private static void AddPublicMark(EntryDraft entry, RowValues values)
    {
        if (values[ColumnKind.Public] is { Length: > 0 } mark)
        {
            var marks = entry.Fields.GetValueOrDefault(ColumnKind.Public, "");
            entry.Fields[ColumnKind.Public] = Contains(marks, mark) ? marks : Append(marks, mark);
        }
    }

    private static void AddResponsibility(EntryDraft entry, RowValues values)
    {
        var content = values[ColumnKind.Responsibility];
        var basis = values[ColumnKind.ResponsibilityBasis];
        if (content.Length == 0 && basis.Length == 0)
        {
            return;
        }

        var index = entry.Responsibilities.FindIndex(x => x.Content == content);
        if (index < 0)
        {
            if (content.Length == 0 && entry.Responsibilities.Count > 0)
            {
                index = entry.Responsibilities.Count - 1;
            }
            else
            {
                entry.Responsibilities.Add((content, basis));
                return;
            }
        }

        var (c, b) = entry.Responsibilities[index];
        if (basis.Length > 0 && basis != b && !Contains(b, basis))
        {
            entry.Responsibilities[index] = (c, Append(b, basis));
        }
    }

    /// <summary>
    /// The level name (in the one vocabulary of <see cref="LevelNames"/>) and scope of a row. A single 实施层级及权限
    /// column holds the level, the scope, or both (地州市级；负责…): <see cref="LevelNames.Split"/>.
    /// </summary>
    private static (string Level, string Scope) LevelOf(RowValues values)
    {
        var level = values[ColumnKind.Level];
        var scope = values[ColumnKind.Scope];
        var both = values[ColumnKind.LevelAndScope];
        if (both.Length > 0)
        {
            var (cellLevel, cellScope) = LevelNames.Split(both);
            level = level.Length > 0 ? level : cellLevel;
            scope = scope.Length > 0 ? scope : cellScope;
        }
        else if (level.Length > 0 && LevelNames.Split(level) is { Level.Length: > 0, Scope.Length: > 0 } split)
        {
            // 实施层级及权限 merged over the level and scope columns, one text in both: 地州市级；负责…
            scope = scope.Length == 0 || scope == level ? split.Scope : scope;
            level = split.Level;
        }

        return (level.Length > 0 ? LevelNames.Canonical(level) : level, scope);
    }

    /// <summary>Text with no field of its own: a sub-item's note, else a line of the entry's extra column.</summary>
    private static void AddText(EntryDraft entry, SubItemDraft? subItem, string title, string value)
    {
        if (subItem is not null)
        {
            subItem.Notes.Add($"{title}：{value}");
        }
        else if (!entry.Extra.TryGetValue(title, out var existing))
        {
            entry.Extra[title] = value;
        }
        else if (!Contains(existing, value))
        {
            entry.Extra[title] = Append(existing, value);
        }
    }

    private static string ScopeTitle(SheetLayout layout) =>
        layout.First(ColumnKind.LevelAndScope)?.Title ?? layout.First(ColumnKind.Scope)?.Title ?? "权限范围";

    public static string TitleOf(SheetLayout layout, ColumnSlot slot) => slot.Kind switch
    {
        ColumnKind.Scope when layout.First(ColumnKind.Scope) is null => "权限范围",
        _ => layout.First(slot)?.Title ?? slot.Kind.ToString(),
    };

    /// <summary>A continuation row's text goes on a new line of the field.</summary>
    private static string Append(string existing, string value) => existing.Length == 0 ? value : existing + "\n" + value;

    /// <summary>True when the value already stands as whole lines in the field.</summary>
    private static bool Contains(string existing, string value) =>
        ("\n" + existing + "\n").Contains("\n" + value + "\n", StringComparison.Ordinal);

}
