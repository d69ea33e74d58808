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
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Any(f => !f.StartsWith("_schema/", StringComparison.Ordinal) && f != "synonyms.yaml" && f != PowerList.Loading.ListLayout.CatalogueFile);

    /// <summary>The lists and the loader's diagnostics.</summary>
    public static (ListSet Lists, IReadOnlyList<Diagnostic> Diagnostics) Load(string root)
    {
        if (IsEmpty(root))
        {
            // A new lists folder may hold only the catalogue (powerlist catalogue import) that the import ties entries to.
            var catalogue = Path.Combine(root, PowerList.Loading.ListLayout.CatalogueFile);
            if (!File.Exists(catalogue))
            {
                return (new ListSet { Root = root }, []);
            }

            var (partial, diagnostics) = Loader(root);
            var full = Path.GetFullPath(catalogue);
            return (new ListSet { Root = root, Catalogue = partial.Catalogue },
                [.. diagnostics.Where(d => d.Location.File.Length > 0 && Path.GetFullPath(d.Location.File) == full)]);
        }

        return Loader(root);
    }

    private static (ListSet, IReadOnlyList<Diagnostic>) Loader(string root)
    {
        var result = PowerList.Loading.ListLoader.Load(root);
        return (result.Lists, result.Diagnostics);
    }
}
