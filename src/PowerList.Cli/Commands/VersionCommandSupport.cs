using System.CommandLine;
using System.Reflection;
using PowerList.Diagnostics;
using PowerList.Model;

namespace PowerList.Cli.Commands;

/// <summary>What release, diff and verify share: the --lists option, loading the working lists, printing diagnostics.</summary>
internal static class VersionCommandSupport
{
    public static Option<string> ListsOption() => new("--lists")
    {
        Description = "清单文件夹（默认 lists）",
        DefaultValueFactory = _ => "lists",
    };

    /// <summary>
    /// The working lists, loaded (<c>PowerList.Loading.ListLoader.Load</c>) and validated
    /// (<c>PowerList.Validation.ListValidator.Validate</c>); null when they have errors (added to the bag). Bound
    /// late while the loader is on its way into main; replace with direct calls once it has landed.
    /// </summary>
    public static ListSet? LoadCurrent(string listsRoot, DiagnosticBag diagnostics)
    {
        var assembly = typeof(ListSet).Assembly;
        var loader = assembly.GetType("PowerList.Loading.ListLoader")
            ?? throw new InvalidOperationException("这个版本还没有清单加载器（PowerList.Loading.ListLoader）。");
        var load = loader.GetMethod("Load", BindingFlags.Public | BindingFlags.Static, [typeof(string)])
            ?? throw new InvalidOperationException("ListLoader.Load(string) 不存在。");
        var result = load.Invoke(null, [listsRoot])!;
        var lists = (ListSet)result.GetType().GetProperty("Lists")!.GetValue(result)!;
        diagnostics.AddRange((IEnumerable<Diagnostic>)result.GetType().GetProperty("Diagnostics")!.GetValue(result)!);
        var validate = assembly.GetType("PowerList.Validation.ListValidator")?.GetMethod("Validate", BindingFlags.Public | BindingFlags.Static, [typeof(ListSet)]);
        if (validate is not null && !diagnostics.HasErrors)
        {
            diagnostics.AddRange((IEnumerable<Diagnostic>)validate.Invoke(null, [lists])!);
        }

        return diagnostics.HasErrors ? null : lists;
    }

    public static void Print(TextWriter error, DiagnosticBag diagnostics)
    {
        foreach (var d in diagnostics.ToSortedList())
        {
            error.WriteLine(d.Format());
        }
    }
}
