using PowerList.Tabular;

namespace PowerList.Import;

/// <summary>
/// The text report of <c>powerlist import</c> for one file: per sheet the entries by category, merged and skipped
/// rows (with row number and reason), every column with its letter, its header and what became of it (mapped to a
/// field, kept in <c>extra</c>, dropped with the reason), and warnings. docs/cli.md shows it.
/// </summary>
public static class ImportReportText
{
    public static void Write(TextWriter output, FileReport file, string displayPath)
    {
        output.WriteLine($"{displayPath}: {(file.Failed ? "无法读取" : $"{file.Department}，{file.Entries} 项，合并 {file.Merged} 行，跳过 {file.Skipped.Count()} 行")}");
        foreach (var sheet in file.Sheets.Where(s => s.NonEmptyRows > 0))
        {
            var categories = string.Join("，", sheet.EntriesByCategory.OrderBy(c => CategoryNames.OrderOf(c.Key)).Select(c => $"{CategoryNames.NameOf(c.Key)} {c.Value}"));
            output.WriteLine($"  [{sheet.Sheet}] {sheet.Entries} 项（{categories}），合并 {sheet.Merged} 行，跳过 {sheet.Skipped.Length} 行，空行 {sheet.EmptyRows}");
            if (!sheet.Columns.IsEmpty)
            {
                output.WriteLine($"    列：{sheet.Columns.Count(c => c.Fate == ColumnFate.Mapped)} 列导入字段，{sheet.Columns.Count(c => c.Fate == ColumnFate.Extra)} 列保留在 extra，{sheet.Columns.Count(c => c.Fate == ColumnFate.Dropped)} 列不导入");
                foreach (var column in sheet.Columns)
                {
                    output.WriteLine($"      {column.Describe()}");
                }
            }

            foreach (var skip in sheet.Skipped)
            {
                output.WriteLine($"    第 {skip.Row} 行：{skip.Reason}");
            }

            foreach (var warning in sheet.Warnings)
            {
                output.WriteLine($"    注意：{warning}");
            }
        }
    }
}
