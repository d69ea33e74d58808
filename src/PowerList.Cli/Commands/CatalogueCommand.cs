using System.CommandLine;
using PowerList.Conformity;
using PowerList.Import;
using PowerList.Loading;
using PowerList.Writing;

namespace PowerList.Cli.Commands;

/// <summary>
/// <c>powerlist catalogue import FILE|DIR... [--into LISTS] --title T</c>: reads a standard catalogue (通用目录 /
/// 指导目录) workbook into <c>LISTS/catalogue.yaml</c>, which <c>import</c> then ties entries to and <c>conform</c> compares with.
/// </summary>
public static class CatalogueCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("FILES") { Description = "目录表格（.xlsx、.xls、.csv）或其所在文件夹", Arity = ArgumentArity.OneOrMore };
        var into = new Option<string>("--into") { Description = "清单文件夹（默认 ./lists）", DefaultValueFactory = _ => "lists" };
        var title = new Option<string>("--title") { Description = "目录名称，如 某省地县两级权责清单指导目录", Required = true };
        var import = new Command("import", "从表格导入通用目录，写入清单文件夹的 catalogue.yaml（已有则覆盖）");
        import.Arguments.Add(inputs);
        import.Options.Add(into);
        import.Options.Add(title);
        import.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var paths = parse.GetValue(inputs) ?? [];
            var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
            foreach (var m in missing)
            {
                error.WriteLine($"powerlist: 找不到 {m}");
            }

            if (missing.Count > 0)
            {
                return CliApp.ExitUsage;
            }

            CatalogueImport result;
            try
            {
                result = CatalogueImporter.Read(Importer.ExpandPaths(paths), parse.GetValue(title) ?? "");
            }
            catch (Exception ex) when (ex is PowerList.Import.Reading.WorkbookReadException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"powerlist: {ex.Message}");
                return CliApp.ExitUsage;
            }

            foreach (var line in result.Report)
            {
                output.WriteLine(line);
            }

            if (result.Empty)
            {
                error.WriteLine("powerlist: 表格中没有读到目录事项，未写入");
                return CliApp.ExitErrors;
            }

            var root = parse.GetValue(into) ?? "lists";
            Directory.CreateDirectory(root);
            var path = Path.Combine(root, ListLayout.CatalogueFile);
            AtomicFile.WriteText(path, TopLevelYaml.Catalogue(result.Catalogue));
            error.WriteLine($"通用目录 {result.Catalogue.Items.Length} 项，写入 {path}");
            return CliApp.ExitOk;
        });
        var command = new Command("catalogue", "通用目录（指导目录）");
        command.Subcommands.Add(import);
        return command;
    }
}
