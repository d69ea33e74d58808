using System.Collections.Immutable;
using System.Text.RegularExpressions;
using PowerList.Import.Reading;
using PowerList.Tabular;

namespace PowerList.Import;

/// <summary>
/// Turns the rows of one sheet into entry drafts. A row starts an entry when it names one (事项名称) that differs
/// from the entry above, or has a different 序号 or category; otherwise it is merged into the entry above (merged
/// cells, continuation rows, the same item repeated per level or per sub-item). Title rows, header rows,
/// footnotes (备注：…, 注：…) and category headings are skipped with a reason. docs/import.md has the rules.
/// </summary>
internal static partial class SheetImporter
{
    public static (List<EntryDraft> Drafts, SheetReport Report) Import(RawSheet sheet, string file, string fileDepartment, string jurisdiction)
    {
        var drafts = new List<EntryDraft>();
        var skipped = ImmutableArray.CreateBuilder<SkippedRow>();
        var warnings = ImmutableArray.CreateBuilder<string>();
        var nonEmpty = 0;
        var empty = 0;
        var merged = 0;
        var layout = HeaderDetector.Detect(sheet);
        var sheetCategory = CategoryNames.FromTitle(sheet.Name);
        string? sectionCategory = null;
        var headingSinceEntry = false;
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
            if (distinct.Count == 1 && Footnote().IsMatch(distinct[0])
                && (CellsWith(sheet, r, distinct[0]) >= 2 || InLeadingColumn(sheet, layout, r)))
            {
                Skip($"脚注：{Short(distinct[0])}");
                continue;
            }

            if (distinct.Count == 1 && (CellsWith(sheet, r, distinct[0]) >= 2 || IsHeadingCell(sheet, layout, r, distinct[0])))
            {
                if (CategoryNames.FromTitle(distinct[0]) is { } headingCategory)
                {
                    sectionCategory = headingCategory;
                    headingSinceEntry = true;
                    Skip($"分类标题：{Short(distinct[0])}");
                }
                else
                {
                    Skip($"标题或说明行：{Short(distinct[0])}");
                }

                continue;
            }

            if (OnlyDroppedColumns(sheet, layout, r))
            {
                Skip("只有不导入的列（工作人员信息或无表头的辅助列）有内容");
                continue;
            }

            var values = RowValues.Read(sheet, layout, r);
            var name = values[ColumnKind.Name];
            var seq = values[ColumnKind.Seq];
            var rawCategory = values[ColumnKind.Category];
            var category = CategoryNames.FromColumn(rawCategory) ?? (rawCategory.Length > 0 ? "qt" : null) ?? sectionCategory ?? sheetCategory;
            // A row that repeats the entry's name continues it (sub-items, levels, merged cells) only in the same
            // category: its category cell's, else (after a category heading, or in a sheet without a category
            // column) its section's or sheet's. An empty category cell alone never splits an entry.
            var rowCategory = rawCategory.Length > 0 || headingSinceEntry || !layout.Has(ColumnKind.Category) ? category : null;
            if (name.Length > 0 && (current is null || name != current.Name || (seq.Length > 0 && seq != current.Seq)
                || (rowCategory is not null && rowCategory != current.Category)))
            {
                headingSinceEntry = false;
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
                    current.Extra["原" + DraftMerger.TitleOf(layout, ColumnKind.Category)] = rawCategory;
                }

                DraftMerger.Start(current, values, layout);
                drafts.Add(current);
                WarnPublic(values, rowNumber, warnings);
                continue;
            }

            if (current is null)
            {
                Skip("缺少事项名称，且上方没有可并入的事项");
                continue;
            }

            DraftMerger.Merge(current, values, layout);
            WarnPublic(values, rowNumber, warnings);
            merged++;
        }

        var byCategory = drafts.GroupBy(d => d.Category).ToImmutableDictionary(g => g.Key, g => g.Count());
        var report = new SheetReport(sheet.Name, nonEmpty, drafts.Count, merged, skipped.ToImmutable(), ColumnReports(sheet, layout), byCategory)
        {
            EmptyRows = empty,
            Warnings = warnings.ToImmutable(),
        };
        return (drafts, report);
    }

    /// <summary>Every column with a header text or data, and what became of it (docs/import.md, "Columns").</summary>
    private static ImmutableArray<ColumnReport> ColumnReports(RawSheet sheet, SheetLayout? layout)
    {
        if (layout is null)
        {
            return [];
        }

        var reports = ImmutableArray.CreateBuilder<ColumnReport>();
        foreach (var column in layout.Columns)
        {
            var hasData = HasData(sheet, layout, column.Index);
            if (column.Header.Length == 0 && !hasData)
            {
                continue;
            }

            var first = layout.First(column.Slot);
            var duplicateOf = column.Kind is not (ColumnKind.Extra or ColumnKind.Staff or ColumnKind.Untitled) && first is not null && first.Index != column.Index ? first : null;
            reports.Add(ColumnPolicy.Describe(column, duplicateOf) with { HasData = hasData });
        }

        return reports.ToImmutable();
    }

    /// <summary>A 是否公开/是否公示 value that is neither yes nor no: the entry is kept not public, and the report says so.</summary>
    private static void WarnPublic(RowValues values, int row, ImmutableArray<string>.Builder warnings)
    {
        if (values[ColumnKind.Public] is { Length: > 0 } text && PublicValues.Read(text) is null)
        {
            warnings.Add($"第 {row} 行：“{Short(text)}”不是可识别的公开标记（是/否、公开/不公开、公示/不公示），该事项按不公开导入");
        }
    }

    /// <summary>True when the row's only text stands in dropped columns (staff, untitled helpers) or outside the header.</summary>
    private static bool OnlyDroppedColumns(RawSheet sheet, SheetLayout layout, int row)
    {
        foreach (var column in layout.Columns)
        {
            if (column.Kind is not (ColumnKind.Staff or ColumnKind.Untitled) && sheet.Cell(row, column.Index).Trim().Length > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static string Expand(string name, string jurisdiction) => DepartmentNames.FromTitle(name, jurisdiction) is { Length: > 0 } n ? n : name;

    private static List<string> DistinctValues(RawSheet sheet, int row) =>
        sheet.Rows[row].Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();

    private static int CellsWith(RawSheet sheet, int row, string value) =>
        sheet.Rows[row].Count(c => c.Trim() == value);

    /// <summary>The row's only text stands in the first or the 序号 column (not in a data column such as 备注).</summary>
    private static bool InLeadingColumn(RawSheet sheet, SheetLayout layout, int row)
    {
        var column = Array.FindIndex(sheet.Rows[row].ToArray(), c => c.Trim().Length > 0);
        return column == 0 || column == (layout.First(ColumnKind.Seq)?.Index ?? 0);
    }

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
}
