using System.CommandLine;
using PowerList.Site.Templates;

namespace PowerList.Cli.Commands;

/// <summary>
/// <c>powerlist theme export DIR [--force]</c>: copy the embedded default templates and assets out, to restyle the
/// site (put them in <c>site-templates/</c> beside the lists, or pass <c>--templates DIR</c>). Refuses a non-empty
/// folder unless <c>--force</c> (then files of the same name are overwritten, others are left).
/// </summary>
public static class ThemeCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "导出到的文件夹（不存在或为空；如 site-templates）" };
        var force = new Option<bool>("--force") { Description = "文件夹不是空的也写入：同名文件被覆盖，其他文件保留" };
        var export = new Command("export", "把内置的默认网站模板和样式导出到文件夹，供修改外观；放在清单文件夹旁的 site-templates，或用 --templates 指定。");
        export.Arguments.Add(dir);
        export.Options.Add(force);
        export.SetAction(parse =>
        {
            var config = parse.InvocationConfiguration;
            var target = Path.GetFullPath(parse.GetValue(dir)!);
            if (TargetFolder.Refusal(target, "；要覆盖同名文件请加 --force") is { } refusal && !(parse.GetValue(force) && !File.Exists(target)))
            {
                config.Error.WriteLine("powerlist: " + refusal);
                return CliApp.ExitUsage;
            }

            var source = TemplateSource.Embedded;
            foreach (var file in source.Files())
            {
                var path = Path.Combine(target, file.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, source.Read(file));
            }

            config.Output.WriteLine($"已导出 {source.Files().Count} 个模板和样式文件到 {target}");
            return CliApp.ExitOk;
        });
        var command = new Command("theme", "网站模板和样式");
        command.Subcommands.Add(export);
        return command;
    }
}
