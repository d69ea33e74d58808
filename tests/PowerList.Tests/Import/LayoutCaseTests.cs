using System.Text;
using PowerList.Import;
using PowerList.Model;
using PowerList.Writing;

namespace PowerList.Tests.Import;

/// <summary>
/// Data-driven layout cases: each folder under Import/Cases holds small inputs (CSV files as they are,
/// <c>*.xlsx.json</c> turned into .xlsx) and <c>expected.txt</c>: the import report and the YAML written.
/// Set POWERLIST_UPDATE_GOLDEN=1 (or UPDATE_GOLDEN=1) to rewrite the expected files after a deliberate change.
/// </summary>
public sealed class LayoutCaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(CasesRoot()).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Imports_case_as_expected(string name)
    {
        var source = Path.Combine(CasesRoot(), name);
        var work = Path.Combine(Path.GetTempPath(), "powerlist-case-" + name + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            foreach (var file in Directory.GetFiles(source).Where(f => Path.GetFileName(f) != "expected.txt"))
            {
                var target = Path.Combine(work, Path.GetFileName(file));
                if (file.EndsWith(".xlsx.json", StringComparison.Ordinal))
                {
                    WorkbookFixture.Write(file, target[..^".json".Length]);
                }
                else
                {
                    File.Copy(file, target);
                }
            }

            var actual = Run(work);
            var expectedPath = Path.Combine(source, "expected.txt");
            if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1" || Environment.GetEnvironmentVariable("POWERLIST_UPDATE_GOLDEN") == "1")
            {
                File.WriteAllText(expectedPath, actual);
            }

            File.Exists(expectedPath).ShouldBeTrue($"{expectedPath} missing: run with UPDATE_GOLDEN=1 and review it");
            actual.ShouldBe(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    internal static string Run(string folder)
    {
        var options = new ImportOptions();
        var result = Importer.Import(Importer.ExpandPaths([folder]), options);
        var lists = Path.Combine(folder, "lists");
        var (set, _) = ListUpdater.Apply(new ListSet { Root = lists }, result, options);
        ListsWriter.Write(lists, set);
        var sb = new StringBuilder();
        foreach (var d in PowerList.Validation.ListCheck.Run(lists).Diagnostics.Where(d => d.IsError))
        {
            sb.Append("validation: ").Append(d.Format(lists)).Append('\n');
        }

        foreach (var file in result.Files)
        {
            sb.Append($"## {Path.GetFileName(file.File)} department={file.Department} entries={file.Entries} merged={file.Merged}");
            sb.Append(file.Failed ? $" error={file.Error}" : "").Append('\n');
            foreach (var sheet in file.Sheets)
            {
                sb.Append($"[{sheet.Sheet}] rows={sheet.NonEmptyRows} entries={sheet.Entries} merged={sheet.Merged} extra={string.Join(",", sheet.ExtraColumns)}\n");
                foreach (var column in sheet.Columns)
                {
                    sb.Append($"  column {column.Describe()}\n");
                }

                foreach (var skip in sheet.Skipped)
                {
                    sb.Append($"  skipped row {skip.Row}: {skip.Reason}\n");
                }

                foreach (var warning in sheet.Warnings)
                {
                    sb.Append($"  warning: {warning}\n");
                }
            }
        }

        foreach (var path in Directory.GetFiles(lists, "*.yaml", SearchOption.AllDirectories)
                     .Select(p => Path.GetRelativePath(lists, p).Replace('\\', '/'))
                     .Where(p => p.Contains('/') || p == "laws.yaml" || p == "departments.yaml")
                     .Order(StringComparer.Ordinal))
        {
            sb.Append($"=== {path}\n").Append(File.ReadAllText(Path.Combine(lists, path)));
        }

        return sb.ToString();
    }

    private static string CasesRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "PowerList.Tests", "Import", "Cases");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/PowerList.Tests/Import/Cases");
    }
}
