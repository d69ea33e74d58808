using System.Collections.Immutable;
using System.Text.RegularExpressions;
using PowerList.Import.Reading;

namespace PowerList.Import;

/// <summary>
/// Turns the rows of one sheet into entry drafts. A row starts an entry when it names one (事项名称) that differs
/// from the entry above, or has a different 序号 or category; otherwise it is merged into the entry above (merged
/// cells, continuation rows, the same item repeated per level or per sub-item). Title rows, header rows,
/// footnotes (备注：…, 注：…) and category headings are skipped with a reason. docs/import.md has the rules.
/// </summary>
internal static partial class SheetImporter
{
    private static readonly ColumnKind[] ScalarKinds =
    [
        ColumnKind.Handler, ColumnKind.Duties, ColumnKind.Accountable, ColumnKind.Accountability, ColumnKind.Notes,
        ColumnKind.Fees, ColumnKind.SupervisionMethod, ColumnKind.SupervisionPhone, ColumnKind.Remedies,
        ColumnKind.StatutoryLimit, ColumnKind.PromisedLimit, ColumnKind.Public, ColumnKind.Code,
    ];

    public static (List<EntryDraft> Drafts, SheetReport Report) Import(RawSheet sheet, string file, string fileDepartment, string jurisdiction)
    {
        var drafts = new List<EntryDraft>();
        var skipped = ImmutableArray.CreateBuilder<SkippedRow>();
        var nonEmpty = 0;
        var empty = 0;
        var merged = 0;
        var layout = HeaderDetector.Detect(sheet);
        var sheetCategory = CategoryNames.FromTitle(sheet.Name);
        string? sectionCategory = null;
        EntryDraft? current = null;
        var department = fileDepartment;

        for (var r = 0; r < sheet.RowCount; r++)
        {
            if (sheet.IsEmptyRow(r))
            {
                empty++;
                continue;
            }

            nonEmpty++;
            var rowNumber = r + 1;
            void Skip(string reason) => skipped.Add(new SkippedRow(sheet.Name, rowNumber, reason));

            if (layout is null)
            {
                Skip("未找到表头（没有可识别的事项名称列）");
                continue;
            }

            if (r < layout.HeaderFirstRow)
            {
                var title = RowText(sheet, r);
                if (DepartmentNames.FromTitle(title, jurisdiction) is { Length: > 0 } named && title.Contains("部门名称", StringComparison.Ordinal))
                {
                    department = named;
                }

                Skip($"标题行：{Short(title)}");
                continue;
            }

            if (r <= layout.HeaderLastRow)
            {
                Skip("表头");
                continue;
            }

            if (HeaderDetector.IsRepeatedHeader(sheet, layout, r))
            {
                Skip("重复的表头");
                continue;
            }

            var distinct = DistinctValues(sheet, r);
            if (distinct.Count == 1 && Footnote().IsMatch(distinct[0]))
            {
                Skip($"脚注：{Short(distinct[0])}");
                continue;
            }

            if (distinct.Count == 1 && (CellsWith(sheet, r, distinct[0]) >= 2 || IsHeadingCell(sheet, layout, r, distinct[0])))
            {
                if (CategoryNames.FromTitle(distinct[0]) is { } headingCategory)
                {
                    sectionCategory = headingCategory;
                    Skip($"分类标题：{Short(distinct[0])}");
                }
                else
                {
                    Skip($"标题或说明行：{Short(distinct[0])}");
                }

                continue;
            }

            var values = RowValues.Read(sheet, layout, r);
            var name = values[ColumnKind.Name];
            var seq = values[ColumnKind.Seq];
            var rawCategory = values[ColumnKind.Category];
            var category = CategoryNames.FromColumn(rawCategory) ?? (rawCategory.Length > 0 ? "qt" : null) ?? sectionCategory ?? sheetCategory;
            if (name.Length > 0 && (current is null || name != current.Name || (seq.Length > 0 && seq != current.Seq)
                || (rawCategory.Length > 0 && category != current.Category)))
            {
                if (category is null)
                {
                    Skip("无法确定权力类型：没有权力类型列或该格为空，工作表名和分类标题也未标明");
                    current = null;
                    continue;
                }

                var rowDepartment = values[ColumnKind.Department] is { Length: > 0 } d ? Expand(d, jurisdiction) : department;
                current = new EntryDraft
                {
                    File = file,
                    Sheet = sheet.Name,
                    Row = rowNumber,
                    Seq = seq,
                    Name = name,
                    Category = category,
                    DepartmentName = rowDepartment,
                };
                if (rawCategory.Length > 0 && CategoryNames.FromColumn(rawCategory) is null)
                {
                    current.Extra["原" + TitleOf(layout, ColumnKind.Category)] = rawCategory;
                }

                Start(current, values, layout);
                drafts.Add(current);
                continue;
            }

            if (current is null)
            {
                Skip("缺少事项名称，且上方没有可并入的事项");
                continue;
            }

            Merge(current, values, layout);
            merged++;
        }

        var byCategory = drafts.GroupBy(d => d.Category).ToImmutableDictionary(g => g.Key, g => g.Count());
        var extras = layout?.Columns.Where(c => c.Kind == ColumnKind.Extra && HasData(sheet, layout, c.Index)).Select(c => c.Title).ToImmutableArray() ?? [];
        var report = new SheetReport(sheet.Name, nonEmpty, drafts.Count, merged, skipped.ToImmutable(), extras, byCategory) { EmptyRows = empty };
        return (drafts, report);
    }

    private static void Start(EntryDraft entry, RowValues values, SheetLayout layout)
    {
        if (values[ColumnKind.Basis] is { Length: > 0 } basis)
        {
            entry.BasisTexts.Add(basis);
        }

        entry.Subject = values[ColumnKind.Subject];
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

    private static void Merge(EntryDraft entry, RowValues values, SheetLayout layout)
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

    /// <summary>The level name and scope of a row. A single 实施层级及权限 column holds a level name when it is short and ends with 级.</summary>
    private static (string Level, string Scope) LevelOf(RowValues values)
    {
        var level = values[ColumnKind.Level];
        var scope = values[ColumnKind.Scope];
        var both = values[ColumnKind.LevelAndScope];
        if (both.Length > 0)
        {
            if (LevelName().IsMatch(both))
            {
                level = level.Length > 0 ? level : both;
            }
            else
            {
                scope = scope.Length > 0 ? scope : both;
            }
        }

        return (level, scope);
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

    private static string TitleOf(SheetLayout layout, ColumnKind kind) => kind switch
    {
        ColumnKind.Scope when layout.First(ColumnKind.Scope) is null => "权限范围",
        _ => layout.First(kind)?.Title ?? kind.ToString(),
    };

    /// <summary>A continuation row's text goes on a new line of the field.</summary>
    private static string Append(string existing, string value) => existing.Length == 0 ? value : existing + "\n" + value;

    /// <summary>True when the value already stands as whole lines in the field.</summary>
    private static bool Contains(string existing, string value) =>
        ("\n" + existing + "\n").Contains("\n" + value + "\n", StringComparison.Ordinal);

    private static string Expand(string name, string jurisdiction) => DepartmentNames.FromTitle(name, jurisdiction) is { Length: > 0 } n ? n : name;

    private static List<string> DistinctValues(RawSheet sheet, int row) =>
        sheet.Rows[row].Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();

    private static int CellsWith(RawSheet sheet, int row, string value) =>
        sheet.Rows[row].Count(c => c.Trim() == value);

    /// <summary>A lone text in the first or the 序号 column that is not a number: a heading such as 一、行政许可.</summary>
    private static bool IsHeadingCell(RawSheet sheet, SheetLayout layout, int row, string value)
    {
        var seq = layout.First(ColumnKind.Seq)?.Index ?? 0;
        var column = Array.FindIndex(sheet.Rows[row].ToArray(), c => c.Trim().Length > 0);
        return (column == 0 || column == seq) && column != layout.First(ColumnKind.Name)?.Index && !SeqNumber().IsMatch(TextCleaner.ToHalfWidth(value));
    }

    private static string RowText(RawSheet sheet, int row) => string.Join(" ", DistinctValues(sheet, row));

    private static bool HasData(RawSheet sheet, SheetLayout layout, int column)
    {
        for (var r = layout.DataFirstRow; r < sheet.RowCount; r++)
        {
            if (sheet.Cell(r, column).Trim().Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string Short(string text)
    {
        var one = TextCleaner.CleanHeader(text);
        return one.Length <= 40 ? one : one[..40] + "…";
    }

    [GeneratedRegex(@"^\s*(备注|注|说明|附注|注释|填表说明)\s*[0-9０-９]*\s*[：:]")]
    private static partial Regex Footnote();

    [GeneratedRegex(@"^[\d\s,，、.-]+$")]
    private static partial Regex SeqNumber();

    [GeneratedRegex(@"^[^\n]{0,12}级$")]
    private static partial Regex LevelName();
}
