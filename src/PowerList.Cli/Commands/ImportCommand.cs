using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using PowerList.Import;
using PowerList.Writing;

namespace PowerList.Cli.Commands;

/// <summary>
/// <c>powerlist import FILE|DIR... [--into lists] [--department ID] [--department-name 全称] [--format text|json]</c>:
/// reads Excel (.xls, .xlsx) and CSV lists into the YAML lists, updating entries in place on re-import.
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("FILE")
        {
            Description = "要导入的 .xls/.xlsx/.csv 文件或文件夹（按内容识别格式）",
            Arity = ArgumentArity.OneOrMore,
        };
        var into = new Option<string>("--into") { Description = "清单文件夹（默认 ./lists）", DefaultValueFactory = _ => "lists" };
        var department = new Option<string>("--department") { Description = "部门标识（小写字母、数字、连字符），覆盖表中和文件名中的部门" };
        var departmentName = new Option<string>("--department-name") { Description = "部门全称，如 克拉玛依市商务局" };
        var format = new Option<string>("--format") { Description = "报告格式：text（默认）或 json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("import", "导入政府发布的 Excel/CSV 权责清单，写成 YAML 清单（重新导入时按编码或名称原位更新，不重新编号）");
        command.Arguments.Add(inputs);
        command.Options.Add(into);
        command.Options.Add(department);
        command.Options.Add(departmentName);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var root = parse.GetValue(into) ?? "lists";
            var departmentId = parse.GetValue(department) ?? "";
            if (departmentId.Length > 0 && !System.Text.RegularExpressions.Regex.IsMatch(departmentId, "^[a-z][a-z0-9-]{0,39}$"))
            {
                error.WriteLine($"powerlist: 部门标识 {departmentId} 不合规：只能用小写字母、数字和连字符，以字母开头");
                return CliApp.ExitUsage;
            }

            var paths = parse.GetValue(inputs) ?? [];
            var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
            foreach (var m in missing)
            {
                error.WriteLine($"powerlist: 找不到 {m}");
            }

            var (existing, diagnostics) = ExistingLists.Load(root);
            if (diagnostics.Any(d => d.IsError))
            {
                foreach (var d in diagnostics.Where(d => d.IsError))
                {
                    error.WriteLine(d.Format());
                }

                error.WriteLine($"powerlist: {root} 中的清单有错误，先修正再导入");
                return CliApp.ExitErrors;
            }

            var options = new ImportOptions
            {
                Jurisdiction = existing.Site.Jurisdiction.Length > 0 ? existing.Site.Jurisdiction : new ImportOptions().Jurisdiction,
                DivisionCode = existing.Site.DivisionCode.Length > 0 ? existing.Site.DivisionCode : new ImportOptions().DivisionCode,
                DepartmentId = departmentId,
                DepartmentName = parse.GetValue(departmentName) ?? "",
                Catalogue = existing.Catalogue,
            };
            var files = Importer.ExpandPaths(paths.Except(missing));
            var result = Importer.Import(files, options, existing.Laws);
            var (lists, update) = ListUpdater.Apply(existing with { Root = root }, result, options);
            var departments = result.Entries.Select(e => e.Department).ToHashSet(StringComparer.Ordinal);
            ListsWriter.Write(root, lists, departments);

            // A new lists folder gets the shipped synonym table (docs/search.md), which staff then edit; an existing one is theirs.
            var synonyms = Path.Combine(root, PowerList.Loading.ListLayout.SynonymsFile);
            if (!File.Exists(synonyms))
            {
                AtomicFile.WriteText(synonyms, PowerList.Search.Analysis.DefaultSynonyms.Yaml());
            }

            if (parse.GetValue(format) == "json")
            {
                WriteJson(output, result);
            }
            else
            {
                WriteText(output, result, update);
            }

            foreach (var failed in result.Files.Where(f => f.Failed))
            {
                error.WriteLine($"powerlist: {failed.Error}");
            }

            error.WriteLine($"导入 {result.Entries.Length} 项：新增 {update.Added.Length}，变更 {update.Changed.Length}，取消 {update.Removed.Length}，未变 {update.Unchanged}；写入 {root}");
            return result.HasFailures || missing.Count > 0 ? CliApp.ExitErrors : CliApp.ExitOk;
        });
        return command;
    }

    private static void WriteText(TextWriter output, ImportResult result, UpdateReport update)
    {
        foreach (var file in result.Files)
        {
            ImportReportText.Write(output, file, file.File);
        }

        foreach (var (code, name) in update.Changed)
        {
            output.WriteLine($"变更 {code} {name}");
        }

        foreach (var (code, name) in update.Removed)
        {
            output.WriteLine($"取消 {code} {name}（源表已无此项）");
        }

        CatalogueMatchText.Write(output, result.Matches);
    }

    private static void WriteJson(TextWriter output, ImportResult result)
    {
        var report = result.Files.Select(f => new
        {
            file = f.File,
            entries = f.Entries,
            merged = f.Merged,
            skipped = f.Skipped.Select(s => new { sheet = s.Sheet, row = s.Row, reason = s.Reason }).ToArray(),
            columns = f.Sheets.SelectMany(s => s.Columns.Select(c => new
            {
                sheet = s.Sheet,
                column = c.Letter,
                header = c.Header,
                fate = c.Fate switch { ColumnFate.Mapped => "field", ColumnFate.Extra => "extra", _ => "dropped" },
                target = c.Target,
                has_data = c.HasData,
            })).ToArray(),
            warnings = f.Sheets.SelectMany(s => s.Warnings.Select(w => new { sheet = s.Sheet, message = w })).ToArray(),
            error = f.Failed ? f.Error : null,
        }).ToArray();
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        };
        output.WriteLine(JsonSerializer.Serialize(report, options));
    }
}
