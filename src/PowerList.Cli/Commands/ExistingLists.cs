using PowerList.Diagnostics;
using PowerList.Model;

namespace PowerList.Cli.Commands;

/// <summary>
/// Reads a lists folder for import and export. A folder with no YAML files (or none at all) is an empty
/// <see cref="ListSet"/>; otherwise the loader reads it.
/// </summary>
internal static class ExistingLists
{
    public static bool IsEmpty(string root) =>
        !Directory.Exists(root)
        || !Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Any(f => !Path.GetRelativePath(root, f).Replace('\\', '/').StartsWith("_schema/", StringComparison.Ordinal));

    /// <summary>The lists and the loader's diagnostics.</summary>
    public static (ListSet Lists, IReadOnlyList<Diagnostic> Diagnostics) Load(string root)
    {
        if (IsEmpty(root))
        {
            return (new ListSet { Root = root }, []);
        }

        return Loader(root);
    }

    /// <summary>The loader (PowerList.Loading.ListLoader once it is in main).</summary>
    internal static Func<string, (ListSet, IReadOnlyList<Diagnostic>)> Loader { get; set; } = root =>
        throw new InvalidOperationException($"读取已有清单 {root} 需要清单加载器（ListLoader）");
}
