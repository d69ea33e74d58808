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

    private static readonly (string Name, ListFileKind Kind, bool Required)[] TopLevel =
    [
        (SiteFile, ListFileKind.Site, true),
        (CategoriesFile, ListFileKind.Categories, true),
        (DepartmentsFile, ListFileKind.Departments, true),
        (LawsFile, ListFileKind.Laws, true),
        (SynonymsFile, ListFileKind.Synonyms, false),
    ];

    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "releases", "releases.yaml" };

    /// <summary>The files to read, sorted by path (ordinal). Missing required files and stray files are reported.</summary>
    public static IReadOnlyList<PlannedFile> Scan(string root, DiagnosticBag diagnostics)
    {
        var files = new List<PlannedFile>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, kind, required) in TopLevel)
        {
            var path = Path.Combine(root, name);
            known.Add(name);
            if (File.Exists(path))
            {
                files.Add(new PlannedFile(path, kind));
            }
            else if (required)
            {
                diagnostics.Add(DiagnosticCodes.MissingFile.At(SourceLocation.OfFile(path), name));
            }
        }

        foreach (var file in Directory.EnumerateFiles(root))
        {
            var name = Path.GetFileName(file);
            if (!known.Contains(name) && !Ignored(name) && IsYaml(name))
            {
                diagnostics.Add(DiagnosticCodes.StrayFile.At(SourceLocation.OfFile(file), "不认识的顶层文件 " + name));
            }
        }

        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            var department = Path.GetFileName(folder);
            if (Ignored(department))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder))
            {
                var name = Path.GetFileName(file);
                if (Ignored(name))
                {
                    continue;
                }

                if (name.EndsWith(".yaml", StringComparison.Ordinal))
                {
                    files.Add(new PlannedFile(file, ListFileKind.List, department, name[..^".yaml".Length]));
                }
                else if (IsYaml(name))
                {
                    diagnostics.Add(DiagnosticCodes.StrayFile.At(SourceLocation.OfFile(file), "清单文件的扩展名应为小写的 .yaml"));
                }
            }

            foreach (var sub in Directory.EnumerateDirectories(folder))
            {
                if (!Ignored(Path.GetFileName(sub)))
                {
                    diagnostics.Add(DiagnosticCodes.StrayFile.At(SourceLocation.OfFile(sub), "部门文件夹中不应再有文件夹 " + Path.GetFileName(sub)));
                }
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    private static bool Ignored(string name) => name.StartsWith('_') || name.StartsWith('.') || Reserved.Contains(name);

    private static bool IsYaml(string name) =>
        name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
