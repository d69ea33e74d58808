using System.CommandLine;
using System.Globalization;
using PowerList.Portal;
using PowerList.Site.Pages;

namespace PowerList.Cli.Commands;

/// <summary>
/// <c>powerlist merge PARTDIR... -o SITE [--templates DIR] [--no-precompress]</c>: assemble a portal's site from the
/// parts that <c>build --jurisdiction X --part</c> wrote (in other processes or on other machines).
/// </summary>
public static class MergeCommand
{
    public static Command Create()
    {
        var parts = new Argument<string[]>("PARTDIR") { Description = "各辖区的部分（build --jurisdiction X --part 的输出文件夹）", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "输出文件夹", DefaultValueFactory = _ => "site" };
        var templates = new Option<string?>("--templates") { Description = "网站模板文件夹（门户页面用；默认用内置模板）" };
        var noPrecompress = new Option<bool>("--no-precompress") { Description = "门户页面不写 .gz 压缩副本（应与生成各部分时一致）" };
        var command = new Command("merge", "把各辖区分别生成的部分合并为一个门户网站：各辖区网站在 j/<辖区>/，加上门户首页、层级切换和目录对照汇总；完成后恰好是新网站。");
        command.Arguments.Add(parts);
        command.Options.Add(output);
        command.Options.Add(templates);
        command.Options.Add(noPrecompress);
        command.SetAction((parse, token) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var source = parse.GetValue(templates) is { } folder ? PowerList.Site.Templates.TemplateSource.FromFolder(folder) : PowerList.Site.Templates.TemplateSource.Embedded;

            try
            {
                var read = PortalMerge.ReadParts(parse.GetValue(parts)!);
                var target = Path.GetFullPath(parse.GetValue(output)!);
                var precompress = parse.GetValue(noPrecompress) ? null : PowerList.Site.Compression.Precompression.Default;
                var (files, bytes) = PortalMerge.Merge(read, TemplateSet.Load(source), target, precompress, token);
                var mb = (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
                stdout.WriteLine($"门户网站已合并：{read.Count} 个辖区，{files} 个文件，{mb} MB，位于 {target}");
                return Task.FromResult(CliApp.ExitOk);
            }
            catch (InvalidDataException ex)
            {
                stderr.WriteLine($"powerlist: {ex.Message}");
                return Task.FromResult(CliApp.ExitUsage);
            }
        });
        return command;
    }
}
