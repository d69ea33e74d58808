using System.Collections.Immutable;
using System.Globalization;
using PowerList.Format;
using PowerList.Import;
using PowerList.Import.Reading;
using PowerList.Model;
using PowerList.Tabular;

namespace PowerList.Conformity;

/// <summary>
/// Reads a standard catalogue (通用目录 / 指导目录) from workbooks (docs/import.md, "Catalogue"): the header is found as
/// for lists (<see cref="HeaderDetector"/>); columns 目录编码 or 基本编码/编码, 事项名称, 子项名称, 事项类型, 行使层级,
/// 设定依据. A catalogue of two levels repeats an item's row once per level (地级, then 县级): rows of one code are one
/// item whose levels are the union. Rows without a code get <c>ML-0001</c>… in order; every such row, and every row
/// skipped or at odds with an earlier one of its code, is reported.
/// </summary>
public static class CatalogueImporter
{
    public static CatalogueImport Read(IEnumerable<string> files, string title)
    {
        var items = new List<Builder>();
        var byCode = new Dictionary<string, Builder>(StringComparer.Ordinal);
        var report = ImmutableArray.CreateBuilder<string>();
        var generated = 0;
        foreach (var file in files)
        {
            var workbook = WorkbookReader.Read(file);
            foreach (var sheet in workbook.Sheets)
            {
                var name = $"{Path.GetFileName(file)} [{sheet.Name}]";
                var layout = HeaderDetector.Detect(sheet);
                if (layout is null)
                {
                    if (Enumerable.Range(0, sheet.RowCount).Any(r => !sheet.IsEmptyRow(r)))
                    {
                        report.Add($"{name}：没有找到含“事项名称”的表头，未读取");
                    }

                    continue;
                }

                var sheetCategory = CategoryNames.FromTitle(sheet.Name) ?? "";
                int rows = 0, merged = 0;
                for (var r = layout.DataFirstRow; r < sheet.RowCount; r++)
                {
                    if (sheet.IsEmptyRow(r) || HeaderDetector.IsRepeatedHeader(sheet, layout, r))
                    {
                        continue;
                    }

                    string Cell(ColumnKind kind) => layout.First(kind) is { } c ? TextCleaner.Clean(sheet.Cell(r, c.Index)) : "";
                    var line = r + 1;
                    var main = Cell(ColumnKind.Name);
                    var sub = Cell(ColumnKind.SubItem);
                    if (main.Length == 0)
                    {
                        report.Add($"{name} 第 {line} 行：没有事项名称，跳过");
                        continue;
                    }

                    var itemName = sub.Length > 0 && sub != main ? $"{main}（{sub}）" : main;
                    var category = CategoryNames.FromColumn(Cell(ColumnKind.Category)) ?? sheetCategory;
                    var levels = Levels(Cell(ColumnKind.Level).Length > 0 ? Cell(ColumnKind.Level) : LevelNames.Split(Cell(ColumnKind.LevelAndScope)).Level);
                    foreach (var unknown in levels.Where(l => !ListFormat.JurisdictionLevels.Contains(l)))
                    {
                        report.Add($"{name} 第 {line} 行：行使层级“{unknown}”不是{string.Join("、", ListFormat.JurisdictionLevels)}之一，未计入");
                    }

                    var code = TextCleaner.CleanCode(TextCleaner.ToHalfWidth(Cell(ColumnKind.CatalogueCode) is { Length: > 0 } cc ? cc : Cell(ColumnKind.Code)));
                    if (code.Length > 0 && !System.Text.RegularExpressions.Regex.IsMatch(code, ListFormat.CodePattern))
                    {
                        report.Add($"{name} 第 {line} 行：编码“{code}”不符合编码规则（大写字母、数字和连字符），改用自动编码");
                        code = "";
                    }

                    if (code.Length == 0)
                    {
                        // The same name again (the next level's row of an item without code) joins that item.
                        var same = items.FirstOrDefault(b => b.Generated && b.Name == itemName && b.Category == category);
                        if (same is not null)
                        {
                            same.Levels.UnionWith(levels);
                            merged++;
                            rows++;
                            continue;
                        }

                        code = "ML-" + (++generated).ToString("D4", CultureInfo.InvariantCulture);
                        report.Add($"{name} 第 {line} 行：“{itemName}”没有目录编码，编为 {code}");
                    }

                    rows++;
                    if (byCode.TryGetValue(code, out var known))
                    {
                        if (known.Name != itemName)
                        {
                            report.Add($"{name} 第 {line} 行：编码 {code} 已用于“{known.Name}”，此行名称“{itemName}”不同，只取其层级");
                        }

                        known.Levels.UnionWith(levels);
                        known.Basis = known.Basis.Length > 0 ? known.Basis : Cell(ColumnKind.Basis);
                        merged++;
                        continue;
                    }

                    var builder = new Builder(code, itemName, category, Cell(ColumnKind.Basis), code.StartsWith("ML-", StringComparison.Ordinal));
                    builder.Levels.UnionWith(levels);
                    if (category.Length == 0)
                    {
                        report.Add($"{name} 第 {line} 行：“{itemName}”看不出职权类别，请在 catalogue.yaml 中补上 category");
                    }

                    items.Add(builder);
                    byCode[code] = builder;
                }

                report.Add($"{name}：{rows} 行，{rows - merged} 项，{merged} 行并入同一编码的事项（不同层级）");
            }
        }

        var catalogue = new Catalogue
        {
            Title = title,
            Items = [.. items.Select(b => new CatalogueItem
            {
                Code = b.Code,
                Name = b.Name,
                Category = b.Category,
                Levels = [.. ListFormat.JurisdictionLevels.Where(b.Levels.Contains)],
                Basis = b.Basis,
            })],
        };
        return new CatalogueImport(catalogue, report.ToImmutable());
    }

    /// <summary>The canonical levels of a 行使层级 cell: one level, or several joined by 、 , ， / 和 or spaces.</summary>
    public static IEnumerable<string> Levels(string cell)
    {
        var whole = LevelNames.Canonical(cell.Trim());
        if (ListFormat.JurisdictionLevels.Contains(whole))
        {
            return [whole];
        }

        return cell.Split(['、', ',', '，', '/', '／', ';', '；', ' ', '和'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(LevelNames.Canonical)
            .Where(l => l.Length > 0);
    }

    private sealed class Builder(string code, string name, string category, string basis, bool generated)
    {
        public string Code { get; } = code;
        public string Name { get; } = name;
        public string Category { get; } = category;
        public string Basis { get; set; } = basis;
        public bool Generated { get; } = generated;
        public HashSet<string> Levels { get; } = new(StringComparer.Ordinal);
    }
}
