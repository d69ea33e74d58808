using PowerList.Diagnostics;

namespace PowerList.Loading;

/// <summary>
/// Finds the files of a lists folder: the fixed top-level files and every <c>&lt;department&gt;/&lt;category&gt;.yaml</c>.
/// Folders starting with <c>_</c> or <c>.</c>, the <c>releases/</c> folder and <c>releases.yaml</c> are not lists.
/// </summary>
public static class ListLayout
{
    public const string SiteFile = "site.yaml";
    public const string CategoriesFile = "categories.yaml";
    public const string DepartmentsFile = "departments.yaml";
    public const string LawsFile = "laws.yaml";
    public const string SynonymsFile = "synonyms.yaml";
    public const string CatalogueFile = "catalogue.yaml";

    private static readonly (string Name, ListFileKind Kind, bool Required)[] TopLevel =
    [
        (SiteFile, ListFileKind.Site, true),
        (CategoriesFile, ListFileKind.Categories, true),
        (DepartmentsFile, ListFileKind.Departments, true),
        (LawsFile, ListFileKind.Laws, true),
        (SynonymsFile, ListFileKind.Synonyms, false),
        (CatalogueFile, ListFileKind.Catalogue, false),
    ];

    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "releases", "releases.yaml" };

    /// <summary>
    /// The files to read, sorted by path (ordinal). Missing required files and stray files are reported; so are links
    /// leading outside the folder or in a loop and special files (<see cref="ClosedTree"/>), which are never read.
    /// </summary>
    public static IReadOnlyList<PlannedFile> Scan(string root, DiagnosticBag diagnostics)
    {
        var tree = new ClosedTree(root);
        var files = new List<PlannedFile>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, kind, required) in TopLevel)
        {
            var path = Path.Combine(root, name);
            known.Add(name);
            var type = tree.Resolve(path, diagnostics);
            if (type is null)
            {
                continue;
            }

            if (type == FileType.Regular || (type == FileType.Missing && FileTypes.Of(path) == FileType.SymbolicLink))
            {
                files.Add(new PlannedFile(path, kind)); // a link to nothing is reported by the reader (PL0110)
            }
            else if (required)
            {
                diagnostics.Add(DiagnosticCodes.MissingFile.At(SourceLocation.OfFile(path), name));
            }
        }

        foreach (var entry in Entries(root, known))
        {
            var name = Path.GetFileName(entry);
            var type = tree.Resolve(entry, diagnostics);
            if (type is null)
            {
                continue;
            }

            if (type != FileType.Directory)
            {
                if (IsYaml(name))
                {
                    diagnostics.Add(DiagnosticCodes.StrayFile.At(SourceLocation.OfFile(entry), "不认识的顶层文件 " + name));
                }

                continue;
            }

            ScanDepartment(entry, tree, files, diagnostics);
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    private static void ScanDepartment(string folder, ClosedTree tree, List<PlannedFile> files, DiagnosticBag diagnostics)
    {
        var department = Path.GetFileName(folder);
        foreach (var entry in Entries(folder, null))
        {
            var name = Path.GetFileName(entry);
            var type = tree.Resolve(entry, diagnostics);
            if (type is null)
            {
                continue;
            }

            if (type == FileType.Directory)
            {
                diagnostics.Add(DiagnosticCodes.StrayFile.At(SourceLocation.OfFile(entry), "部门文件夹中不应再有文件夹 " + name));
            }
            else if (name.EndsWith(".yaml", StringComparison.Ordinal))
            {
                files.Add(new PlannedFile(entry, ListFileKind.List, department, name[..^".yaml".Length]));
            }
            else if (IsYaml(name))
            {
                diagnostics.Add(DiagnosticCodes.StrayFile.At(SourceLocation.OfFile(entry), "清单文件的扩展名应为小写的 .yaml"));
            }
        }
    }

    /// <summary>The entries of a folder that are not ignored and not in <paramref name="skip"/>, by name (ordinal).</summary>
    private static IEnumerable<string> Entries(string folder, HashSet<string>? skip) =>
        Directory.EnumerateFileSystemEntries(folder)
            .Where(e => Path.GetFileName(e) is var n && !Ignored(n) && skip?.Contains(n) != true)
            .Order(StringComparer.Ordinal);

    private static bool Ignored(string name) => name.StartsWith('_') || name.StartsWith('.') || Reserved.Contains(name);

    private static bool IsYaml(string name) =>
        name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
