using System.CommandLine;
using PowerList.Export;

namespace PowerList.Cli.Commands;

/// <summary><c>powerlist export [LISTS] [--format xlsx|csv|table-csv|json|datapackage] [-o FILE|FOLDER] [--include-private]</c>.</summary>
public static class ExportCommand
{
    private const string DataPackageFormat = "datapackage";

    public static Command Create()
    {
        var lists = new Argument<string>("LISTS")
        {
            Description = "清单文件夹（默认 ./lists）",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "lists",
        };
        var format = new Option<string>("--format")
        {
            Description = "xlsx（默认，每类一个工作表）、csv（开放数据：每个事项一行）、table-csv（官员常用表格，可再导入）、json，或 datapackage（一个文件夹：JSON、CSV 及附表、XLSX 和 datapackage.json）",
            DefaultValueFactory = _ => "xlsx",
        };
        format.AcceptOnlyFromAmong([.. Exporter.Formats, DataPackageFormat]);
        var outputFile = new Option<string>("--output", "-o") { Description = "输出文件（默认 权责清单.<格式>；datapackage 为文件夹，默认 权责清单-开放数据）" };
        var includePrivate = new Option<bool>("--include-private") { Description = "也导出不公开（涉密）的事项" };

        var command = new Command("export", "把清单导出为官员常用的 Excel/CSV 表格或 JSON（默认只含公开事项）");
        command.Arguments.Add(lists);
        command.Options.Add(format);
        command.Options.Add(outputFile);
        command.Options.Add(includePrivate);
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var root = parse.GetValue(lists) ?? "lists";
            var kind = parse.GetValue(format) ?? "xlsx";
            if (!Directory.Exists(root))
            {
                error.WriteLine($"powerlist: 找不到清单文件夹 {root}");
                return CliApp.ExitUsage;
            }

            var (set, diagnostics) = ExistingLists.Load(root);
            // With --include-private the person exporting sees non-public entries anyway; else their texts stay out of the log.
            var errors = PrivateOption.Apply([.. diagnostics.Where(d => d.IsError)], set, parse.GetValue(includePrivate));
            foreach (var d in errors)
            {
                error.WriteLine(d.Format());
            }

            if (errors.Count > 0)
            {
                error.WriteLine("powerlist: 清单有错误，未导出");
                return CliApp.ExitErrors;
            }

            var count = parse.GetValue(includePrivate) ? set.Entries.Count() : set.PublicEntries.Count();
            if (kind == DataPackageFormat)
            {
                var folder = parse.GetValue(outputFile) is { Length: > 0 } d ? d : "权责清单-开放数据";
                var title = $"{(set.Site.Title.Length > 0 ? set.Site.Title : set.Site.Jurisdiction + "权责清单")}（现行数据）";
                var files = Export.OpenData.OpenDataFiles.Of(set, title, "", parse.GetValue(includePrivate));
                Directory.CreateDirectory(folder);
                foreach (var file in files)
                {
                    Writing.AtomicFile.WriteBytes(Path.Combine(folder, file.Path), file.Bytes());
                }

                error.WriteLine($"导出 {count} 项到 {folder}（{files.Count} 个文件：{string.Join("、", files.Select(f => f.Path))}）");
                return CliApp.ExitOk;
            }

            var bytes = Exporter.Export(set, kind, parse.GetValue(includePrivate));
            var path = parse.GetValue(outputFile) is { Length: > 0 } o ? o : $"权责清单.{(kind == Exporter.TableCsv ? "csv" : kind)}";
            Writing.AtomicFile.WriteBytes(path, bytes);
            error.WriteLine($"导出 {count} 项到 {path}（{bytes.Length} 字节）");
            return CliApp.ExitOk;
        });
        return command;
    }
}
