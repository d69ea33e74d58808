using System.Collections.Immutable;
using PowerList.Import.Reading;
using PowerList.Model;

namespace PowerList.Import;

/// <summary>
/// Reads workbooks and CSV files into entries: Read → detect header → merge rows → clean → parse citations.
/// Files that cannot be read are reported and skipped; the others are still imported.
/// </summary>
public static class Importer
{
    /// <summary>The files to import: each path itself, or the .xls/.xlsx/.csv files of a folder (sorted, not recursive).</summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.GetFiles(path)
                    .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".xls" or ".xlsx" or ".csv" or ".et")
                    .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }

    public static ImportResult Import(IEnumerable<string> files, ImportOptions options, IEnumerable<Law>? existingLaws = null)
    {
        var laws = new LawRegistry(existingLaws);
        var reports = ImmutableArray.CreateBuilder<FileReport>();
        var drafts = new List<EntryDraft>();
        foreach (var file in files)
        {
            RawWorkbook workbook;
            try
            {
                workbook = WorkbookReader.Read(file);
            }
            catch (Exception ex) when (ex is WorkbookReadException or IOException or UnauthorizedAccessException)
            {
                reports.Add(new FileReport(file, "", [], ex.Message));
                continue;
            }

            var department = FileDepartment(workbook, options);
            var sheets = ImmutableArray.CreateBuilder<SheetReport>();
            foreach (var sheet in workbook.Sheets)
            {
                var (sheetDrafts, report) = SheetImporter.Import(sheet, file, department, options.Jurisdiction);
                drafts.AddRange(sheetDrafts);
                sheets.Add(report);
            }

            var noHeader = sheets.All(s => s.Entries == 0) && sheets.Any(s => s.NonEmptyRows > 0);
            reports.Add(new FileReport(file, department, sheets.ToImmutable(),
                noHeader ? $"{Path.GetFileName(file)}：未导入任何事项（没有找到含“事项名称”等列名的表头，或全部行都被跳过）" : ""));
        }

        var departments = new SortedDictionary<string, Department>(StringComparer.Ordinal);
        var entries = ImmutableArray.CreateBuilder<Entry>();
        foreach (var draft in drafts)
        {
            var name = options.DepartmentName.Length > 0 ? options.DepartmentName : draft.DepartmentName;
            var id = options.DepartmentId.Length > 0 ? options.DepartmentId : DepartmentNames.IdFor(name, options.Jurisdiction);
            departments.TryAdd(id, new Department
            {
                Id = id,
                Name = name,
                ShortName = DepartmentNames.ShortName(name, options.Jurisdiction),
            });
            entries.Add(EntryBuilder.Build(draft, id, laws));
        }

        var ordered = departments.Values.Select((d, i) => d with { Order = i + 1 }).ToImmutableArray();
        return new ImportResult(entries.ToImmutable(), ordered, laws.Laws(), reports.ToImmutable());
    }

    private static string FileDepartment(RawWorkbook workbook, ImportOptions options)
    {
        if (options.DepartmentName.Length > 0)
        {
            return options.DepartmentName;
        }

        // A 部门名称：… row or a title row above the header names the department better than a file name.
        foreach (var sheet in workbook.Sheets)
        {
            var layout = HeaderDetector.Detect(sheet);
            var last = layout?.HeaderFirstRow ?? Math.Min(3, sheet.RowCount);
            for (var r = 0; r < last; r++)
            {
                var text = string.Join(" ", sheet.Rows[r].Select(c => c.Trim()).Where(c => c.Length > 0).Distinct());
                if (text.Contains("部门名称", StringComparison.Ordinal)
                    && DepartmentNames.FromTitle(text, options.Jurisdiction) is { Length: > 0 } named
                    && DepartmentNames.LooksLikeDepartment(named))
                {
                    return named;
                }
            }
        }

        var fromFile = DepartmentNames.FromFileName(workbook.File, options.Jurisdiction);
        if (DepartmentNames.LooksLikeDepartment(fromFile))
        {
            return fromFile;
        }

        foreach (var sheet in workbook.Sheets)
        {
            for (var r = 0; r < Math.Min(3, sheet.RowCount); r++)
            {
                var text = sheet.Rows[r].Select(c => c.Trim()).FirstOrDefault(c => c.Length > 0) ?? "";
                if (text.Contains("清单", StringComparison.Ordinal)
                    && DepartmentNames.FromTitle(text, options.Jurisdiction) is { Length: > 0 } titled
                    && DepartmentNames.LooksLikeDepartment(titled))
                {
                    return titled;
                }
            }
        }

        return fromFile;
    }
}
