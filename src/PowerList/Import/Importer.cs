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
            var id = options.DepartmentId.Length > 0 ? options.DepartmentId : UniqueId(departments, name, options.Jurisdiction);
            departments.TryAdd(id, new Department
            {
                Id = id,
                Name = name,
                ShortName = DepartmentNames.ShortName(name, options.Jurisdiction),
            });
            entries.Add(EntryBuilder.Build(draft, id, laws));
        }

        var ordered = departments.Values.Select((d, i) => d with { Order = i + 1 }).ToImmutableArray();
        if (options.Catalogue is { } catalogue)
        {
            var (tied, matches) = Conformity.CatalogueMatcher.Match(catalogue, entries);
            return new ImportResult(tied, ordered, laws.Laws(), reports.ToImmutable()) { Matches = matches };
        }

        return new ImportResult(entries.ToImmutable(), ordered, laws.Laws(), reports.ToImmutable());
    }

    /// <summary>
    /// The id of a department name: <see cref="DepartmentNames.IdFor"/>, with 2, 3 … appended when another name of
    /// this import already has that id (two names with the same initials never merge into one department).
    /// </summary>
    private static string UniqueId(SortedDictionary<string, Department> departments, string name, string jurisdiction)
    {
        var id = DepartmentNames.IdFor(name, jurisdiction);
        for (var n = 2; departments.TryGetValue(id, out var taken) && taken.Name != name; n++)
        {
            id = DepartmentNames.IdFor(name, jurisdiction) + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return id;
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
        var fromSheet = SheetDepartment(workbook, ColumnKind.Department, options.Jurisdiction)
            ?? SheetDepartment(workbook, ColumnKind.Subject, options.Jurisdiction);
        if (DepartmentNames.LooksLikeDepartment(fromFile))
        {
            // The sheet's own full name of the same department (国动办 in the file name, 国防动员办公室 in 行使主体).
            return fromSheet is { Local: true } full && full.Name.Length > fromFile.Length
                && DepartmentNames.IdFor(full.Name, options.Jurisdiction) == DepartmentNames.IdFor(fromFile, options.Jurisdiction)
                ? full.Name
                : fromFile;
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

        // The file name names no department: the sheets' 部门 column, else their 行使主体 column, says who acts.
        return fromSheet?.Name ?? fromFile;
    }

    /// <summary>
    /// The most frequent one-line text of a column (部门 or 行使主体) across a workbook's data rows that looks like a
    /// department's name, preferring names of this jurisdiction (克拉玛依市…, 市…) over generic ones (地州市…); null
    /// when there is none. Ties go to the name seen first.
    /// </summary>
    private static (string Name, bool Local)? SheetDepartment(RawWorkbook workbook, ColumnKind kind, string jurisdiction)
    {
        var counts = new Dictionary<string, (int Count, int First, bool Local)>(StringComparer.Ordinal);
        foreach (var sheet in workbook.Sheets)
        {
            if (HeaderDetector.Detect(sheet) is not { } layout || layout.First(kind) is not { } column)
            {
                continue;
            }

            for (var r = layout.DataFirstRow; r < sheet.RowCount; r++)
            {
                var text = TextCleaner.CleanHeader(sheet.Cell(r, column.Index));
                if (text.Length == 0 || text.Contains('\n') || HeaderSynonyms.Recognise(text) is not null)
                {
                    continue;
                }

                var local = jurisdiction.Length > 0 && (text.StartsWith(jurisdiction, StringComparison.Ordinal) || text[0] == jurisdiction[^1]);
                var name = DepartmentNames.FromTitle(text, jurisdiction);
                if (!DepartmentNames.LooksLikeDepartment(name))
                {
                    continue;
                }

                var (count, first, _) = counts.GetValueOrDefault(name, (0, counts.Count, local));
                counts[name] = (count + 1, first, local);
            }
        }

        if (counts.Count == 0)
        {
            return null;
        }

        var best = counts.OrderByDescending(c => c.Value.Local).ThenByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).First();
        return (best.Key, best.Value.Local);
    }
}
