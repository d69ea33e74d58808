using PowerList.Model;

namespace PowerList.Writing;

/// <summary>
/// Writes a <see cref="ListSet"/> to a lists folder: site.yaml, categories.yaml, departments.yaml, laws.yaml and
/// one file per department and category, citations naming their law by title (docs/format.md "Citing a law"). Each file is written atomically and only when its bytes change; a
/// category file of a written department that no longer has entries is deleted.
/// </summary>
public static class ListsWriter
{
    /// <summary>Writes the files; returns the paths whose content changed.</summary>
    public static IReadOnlyList<string> Write(string root, ListSet lists, ISet<string>? onlyDepartments = null)
    {
        var written = new List<string>();
        void Put(string relative, string text)
        {
            var path = Path.Combine(root, relative);
            if (File.Exists(path) && File.ReadAllText(path) == text)
            {
                return;
            }

            AtomicFile.WriteText(path, text);
            written.Add(path);
        }

        Put("site.yaml", TopLevelYaml.Site(lists.Site));
        Put("categories.yaml", TopLevelYaml.Categories(lists.Categories));
        Put("departments.yaml", TopLevelYaml.Departments(lists.Departments));
        Put("laws.yaml", TopLevelYaml.Laws(lists.Laws));
        var names = Loading.LawNames.For(lists.Laws);
        foreach (var file in lists.Files)
        {
            if (onlyDepartments is not null && !onlyDepartments.Contains(file.Department))
            {
                continue;
            }

            Put(Path.Combine(file.Department, file.Category + ".yaml"), ListYaml.ListFile(file.Department, file.Category, file.Entries, names.CiteName));
        }

        // A department's category file that no longer has entries (they moved to another category) is removed.
        var departments = onlyDepartments ?? lists.Files.Select(f => f.Department).ToHashSet(StringComparer.Ordinal);
        foreach (var department in departments)
        {
            var folder = Path.Combine(root, department);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            var kept = lists.Files.Where(f => f.Department == department).Select(f => f.Category + ".yaml").ToHashSet(StringComparer.Ordinal);
            foreach (var stale in Directory.GetFiles(folder, "*.yaml").Where(f => !kept.Contains(Path.GetFileName(f))).Order(StringComparer.Ordinal))
            {
                File.Delete(stale);
                written.Add(stale);
            }
        }

        return written;
    }
}
