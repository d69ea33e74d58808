using System.CommandLine;
using System.Text;
using PowerList.Diagnostics;
using PowerList.Editing;
using PowerList.Versions.Snapshots;
using PowerList.Writing;

namespace PowerList.Cli.Commands;

/// <summary>
/// <c>powerlist new DEPARTMENT CATEGORY NAME [--lists DIR]</c>: append an entry with the next free code and the
/// required keys to <c>DIR/DEPARTMENT/CATEGORY.yaml</c> (the file's existing bytes are kept) and print where it is.
/// </summary>
public static class NewCommand
{
    public static Command Create()
    {
        var department = new Argument<string>("department") { Description = "部门标识（departments.yaml 中的 id，如 fgw）" };
        var category = new Argument<string>("category") { Description = "类别代码（categories.yaml 中的 code，如 cf）" };
        var name = new Argument<string>("name") { Description = "职权名称" };
        var lists = VersionCommandSupport.ListsOption();
        var command = new Command("new", "新增一项职权：按下一个未用过的编码追加到 <部门>/<类别>.yaml 末尾，并显示位置。");
        command.Arguments.Add(department);
        command.Arguments.Add(category);
        command.Arguments.Add(name);
        command.Options.Add(lists);
        command.SetAction(parse => Run(
            parse.GetValue(lists)!, parse.GetValue(department)!, parse.GetValue(category)!, parse.GetValue(name)!,
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string root, string department, string category, string name, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(root))
        {
            stderr.WriteLine($"powerlist: 找不到清单文件夹 {root}");
            return CliApp.ExitUsage;
        }

        name = name.Trim();
        if (name.Length == 0)
        {
            stderr.WriteLine("powerlist: 职权名称不能为空");
            return CliApp.ExitUsage;
        }

        var lists = PowerList.Loading.ListLoader.Load(root).Lists;
        var departments = lists.Departments.Select(d => d.Id).ToList();
        if (!departments.Contains(department, StringComparer.Ordinal))
        {
            stderr.WriteLine($"powerlist: 没有部门“{department}”{Suggestions.Hint(department, departments)}（可用的部门：{string.Join("、", departments)}；见 {Shown(root, "departments.yaml")}）");
            return CliApp.ExitUsage;
        }

        var categories = lists.Categories.Select(c => c.Code).ToList();
        if (!categories.Contains(category, StringComparer.Ordinal))
        {
            stderr.WriteLine($"powerlist: 没有类别“{category}”{Suggestions.Hint(category, categories)}（可用的类别：{string.Join("、", categories)}；见 {Shown(root, "categories.yaml")}）");
            return CliApp.ExitUsage;
        }

        if (lists.Site.DivisionCode.Length == 0)
        {
            stderr.WriteLine($"powerlist: {Shown(root, "site.yaml")} 没有填写 division_code（行政区划代码），无法生成职权编码");
            return CliApp.ExitUsage;
        }

        var code = NewEntry.NextCode(lists, PublishedCodes.Of(root), department, category);
        var path = Path.Combine(root, department, category + ".yaml");
        var existing = File.Exists(path) ? File.ReadAllBytes(path) : null;
        var addition = NewEntry.Addition(existing is null ? null : Encoding.UTF8.GetString(existing), department, category, code, name);
        if (addition is not { } add)
        {
            stderr.WriteLine($"powerlist: {Shown(root, department, category + ".yaml")} 的最后一个顶层键不是 entries 列表，无法在末尾追加；请手工添加");
            return CliApp.ExitUsage;
        }

        var bytes = new UTF8Encoding(false).GetBytes(add.Text);
        AtomicFile.WriteBytes(path, existing is null ? bytes : [.. existing, .. bytes]);
        stdout.WriteLine($"{Shown(root, department, category + ".yaml")}:{add.Line}:{add.Column}: {code} {name}");
        return CliApp.ExitOk;
    }

    /// <summary>A path under the lists folder as the user typed the folder, with forward slashes.</summary>
    private static string Shown(string root, params string[] parts) =>
        Path.Combine([root, .. parts]).Replace('\\', '/');
}
