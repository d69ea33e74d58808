using System.Reflection;
using PowerList.Diagnostics;
using PowerList.Model;

namespace PowerList.Cli.Commands;

/// <summary>
/// Load and validate the lists for the site build: <c>PowerList.Loading.ListLoader.Load</c> then
/// <c>PowerList.Validation.ListValidator.Validate</c>. Bound late while the loader is on its way into main
/// (branch <c>loader</c>); replace with direct calls once it has landed.
/// </summary>
internal static class ListSource
{
    public static (ListSet Lists, IReadOnlyList<Diagnostic> Diagnostics) LoadAndValidate(string listsRoot)
    {
        var assembly = typeof(ListSet).Assembly;
        var loader = assembly.GetType("PowerList.Loading.ListLoader")
            ?? throw new InvalidOperationException("这个版本还没有清单加载器（PowerList.Loading.ListLoader）。");
        var load = loader.GetMethod("Load", BindingFlags.Public | BindingFlags.Static, [typeof(string)])
            ?? throw new InvalidOperationException("ListLoader.Load(string) 不存在。");
        var result = load.Invoke(null, [listsRoot])!;
        var lists = (ListSet)result.GetType().GetProperty("Lists")!.GetValue(result)!;
        var diagnostics = new List<Diagnostic>((IEnumerable<Diagnostic>)result.GetType().GetProperty("Diagnostics")!.GetValue(result)!);

        var validator = assembly.GetType("PowerList.Validation.ListValidator");
        var validate = validator?.GetMethod("Validate", [typeof(ListSet)]);
        if (validate is not null && !diagnostics.Any(d => d.IsError))
        {
            var target = validate.IsStatic ? null : Activator.CreateInstance(validator!);
            diagnostics.AddRange((IEnumerable<Diagnostic>)validate.Invoke(target, [lists])!);
        }

        return (lists, diagnostics.Distinct().OrderBy(d => d, DiagnosticOrder.Instance).ToArray());
    }
}
