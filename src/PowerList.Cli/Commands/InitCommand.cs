using System.CommandLine;
using PowerList.Scaffold;

namespace PowerList.Cli.Commands;

/// <summary>
/// <c>powerlist init DIR --jurisdiction 某某市 --division-code NNNNNN</c>: write a new jurisdiction's lists folder
/// (<see cref="NewListsFolder"/>). Refuses a non-empty folder and a bad division code (exit 2). The files are
/// written into a temporary folder beside <c>DIR</c> and moved into place at the end: no half-written folder.
/// </summary>
public static class InitCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "新建的清单文件夹（不存在或为空）" };
        var jurisdiction = new Option<string>("--jurisdiction") { Description = "辖区名称，如 某某市", Required = true };
        var code = new Option<string>("--division-code") { Description = "行政区划代码，6 位数字，如 650200", Required = true };
        var command = new Command("init", "为一个新辖区建立清单文件夹：网站设置、十类职权、部门和法规（各附一个示例）、检索同义词、JSON Schema 和给编辑人员的说明；建立后即可校验和生成网站。");
        command.Arguments.Add(dir);
        command.Options.Add(jurisdiction);
        command.Options.Add(code);
        command.SetAction(parse =>
        {
            var config = parse.InvocationConfiguration;
            return Run(parse.GetValue(dir)!, parse.GetValue(jurisdiction)!.Trim(), parse.GetValue(code)!.Trim(), config.Output, config.Error);
        });
        return command;
    }

    private static int Run(string dir, string jurisdiction, string divisionCode, TextWriter stdout, TextWriter stderr)
    {
        if (jurisdiction.Length == 0)
        {
            stderr.WriteLine("powerlist: --jurisdiction 不能为空：请写辖区名称，如 某某市");
            return CliApp.ExitUsage;
        }

        if (!NewListsFolder.IsDivisionCode(divisionCode))
        {
            stderr.WriteLine($"powerlist: --division-code 行政区划代码“{divisionCode}”应为 6 位数字，如 650200");
            return CliApp.ExitUsage;
        }

        var target = Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar);
        if (TargetFolder.Refusal(target, "；请指定一个新的或空的文件夹") is { } refusal)
        {
            stderr.WriteLine("powerlist: " + refusal);
            return CliApp.ExitUsage;
        }

        var files = NewListsFolder.Files(jurisdiction, divisionCode, dir.TrimEnd('/', Path.DirectorySeparatorChar));
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent, $".{Path.GetFileName(target)}.init-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            foreach (var file in files)
            {
                var path = Path.Combine(temp, file.Path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }

            if (Directory.Exists(target))
            {
                Directory.Delete(target); // empty (checked above); the move needs its place
            }

            Directory.Move(temp, target);
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }

        stdout.WriteLine($"已建立 {jurisdiction}（{divisionCode}）的清单文件夹 {target}：{files.Count} 个文件。");
        stdout.WriteLine($"下一步：阅读 {Path.Combine(dir, "README.md")}，然后 powerlist validate {dir}、powerlist serve {dir}。");
        return CliApp.ExitOk;
    }
}
